import { ApolloServer } from '@apollo/server';
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { altairExpress } from 'altair-express-middleware';
import { AccessTrail } from './auth/access-trail.js';
import { authenticate } from './auth/authenticate.js';
import { demoLoginRouter } from './auth/demo-login.js';
import { DEFAULT_OIDC_SCOPE, loginConfigRouter, oidcLoginConfig, type LoginConfig, type OidcClientSettings } from './auth/login-config.js';
import type { OidcVerifier } from './auth/oidc.js';
import { rateLimit } from './auth/rate-limit.js';
import { auditedContext } from './modules/audit/audit-origin.js';
import { auditPlugin } from './modules/audit/audit-plugin.js';
import { engineOf } from './db/data-source.js';
import type { Context } from './graphql/context.js';
import { Loaders } from './graphql/loaders.js';
import { releaseRequestCaches } from './graphql/release-request-caches.js';
import { finalErrorHandler, formatErrors } from './graphql/error-masking.js';
import { graphqlEndpoint } from './graphql/http-endpoint.js';
import { limitParseOptions, limitRules } from './graphql/limits.js';
import { pageCostLimit } from './graphql/limits-page-variables.js';
import { introspectionGate } from './graphql/limits-introspection.js';
import type { Mode } from './config.js';
import { treklangSchema } from './graphql/build-schema.js';
import { executionOptions, TUNED, type ExecutionTuning } from './ops/graphql-execution.js';
import { silentLogger, type Logger } from './ops/logger.js';
import { openReadConnection, routeReads } from './ops/read-connection.js';
import { gateMiddleware } from './ops/request-gate.js';
import { attachLogRecord, graphqlLogging, graphqlLogRecord, recordViewer, requestLogging } from './ops/request-log.js';
import { Drain } from './ops/shutdown.js';
import { localeOf } from './common/request-locale.js';
import { clientAddressOf } from './ops/client-address.js';
import { requestListener } from './request-listener.js';

export interface AppOptions {
  db: DataSource;
  databaseUrl: string;
  /** Demo tokens' signing key; null in production mode, where only OpenID Connect tokens and API tokens count. */
  signingKey: Uint8Array | null;
  /** Production login (auth/oidc.ts). */
  oidc?: OidcVerifier | null;
  /** How the web app logs in at the provider (GET /auth/config); default: the audience as client ID. */
  oidcClient?: OidcClientSettings | null;
  /** Requests per minute per bearer token (auth/rate-limit.ts); none when absent or 0. */
  rateLimitPerMinute?: number;
  webDist?: string;
  /** Demo mode: POST /auth/demo-login hands out demo tokens to the web app's user picker. */
  demoLogin?: boolean;
  /** How GraphQL executes (ops/graphql-execution.ts); every step on unless a benchmark switches one off. */
  execution?: ExecutionTuning;
  /** Where request logs go (ops/logger.ts); none by default, main.ts logs JSON lines to stdout. */
  logger?: Logger;
  /** Production masks unexpected errors and opens introspection to ADMIN and INTEGRATOR only; demo (the default) does neither. */
  mode?: Mode;
  /** Reverse proxies in front of the server whose X-Forwarded-For gives the client's address (ops/client-address.ts); 0 by default. */
  trustedProxies?: number;
}

/** What GET /auth/config tells the web app; none in production mode without a provider (which main.ts refuses). */
function webLoginConfig(options: AppOptions): LoginConfig | null {
  if (options.mode !== 'production') return { mode: 'demo' };
  if (!options.oidc) return null;
  return oidcLoginConfig(options.oidc.settings.issuer, options.oidcClient ?? { clientId: options.oidc.settings.audience, scope: DEFAULT_OIDC_SCOPE });
}

export interface App {
  /** Not yet listening: call server.listen(port). */
  server: Server;
  apollo: ApolloServer<Context>;
  drain: Drain;
}

/** The whole HTTP surface on one port: /graphql (graphql/http-endpoint.ts), and on Express the explorer, health checks, /auth and the web app. */
export async function createApp(options: AppOptions): Promise<App> {
  const { db, signingKey } = options;
  const logger = options.logger ?? silentLogger;
  const production = options.mode === 'production';
  const engine = engineOf(options.databaseUrl);
  // SQLite: reads outside transactions on a second, read-only connection (ops/read-connection.ts).
  const reader = await openReadConnection(db);
  const readDb = reader ? routeReads(db, reader) : db;
  const execution = executionOptions<Context>(await treklangSchema(), options.execution ?? TUNED);
  const apollo = new ApolloServer<Context>({
    ...execution,
    plugins: [
      ...execution.plugins!,
      graphqlLogging(logger),
      releaseRequestCaches(),
      auditPlugin(db, logger),
      introspectionGate(!production),
      pageCostLimit(),
      { serverWillStart: async () => ({ serverWillStop: async () => void (await reader?.destroy()) }) },
    ],
    // Introspection is decided per viewer by introspectionGate (graphql/limits-introspection.ts).
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrors({ mask: production, logger }),
    // Depth, cost, aliases, directives and tokens (graphql/limits.ts); one operation per request.
    validationRules: limitRules(),
    parseOptions: limitParseOptions(),
    allowBatchedHttpRequests: false,
    // main.ts shuts down gracefully (ops/shutdown.ts); Apollo's own handler would stop it mid-request and re-raise the signal.
    stopOnTerminationSignals: false,
    // Every request carries `Authorization: Bearer`, a header that makes browsers send a CORS preflight,
    // so it counts as proof against cross-site request forgery; GET queries from scripts then work too.
    csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      const pending = await db.showMigrations();
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrations pending' : 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  const throttle = rateLimit(options.rateLimitPerMinute ?? 0);
  const loginConfig = webLoginConfig(options);
  if (loginConfig) app.use('/auth', gateMiddleware(throttle), loginConfigRouter(loginConfig));
  if (options.demoLogin && signingKey) app.use('/auth', gateMiddleware(throttle), demoLoginRouter(db, signingKey));
  app.use(
    '/explorer',
    altairExpress({
      endpointURL: '/graphql',
      initialSettings: { language: 'en-US' },
      disableAccount: true,
      initialHeaders: { Authorization: 'Bearer <paste the output of: pnpm -s token caseworker@hjoerring.demo>' },
      initialQuery: '{\n  viewer { name role organization { name } }\n  contracts(first: 5) {\n    totalCount\n    edges { node { status serviceType citizen { name } goals { title change } } }\n  }\n}\n',
    } as never),
  );
  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    const webDist = options.webDist;
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|explorer|healthz|readyz|auth).*/, (_req, res) => res.sendFile(join(webDist, 'index.html')));
  }
  app.use(finalErrorHandler({ mask: production, logger }));
  const graphql = graphqlEndpoint({
    apollo,
    throttle,
    errors: { mask: production, logger },
    context: auditedContext(db, logger, async ({ req, trace }) => {
      const record = graphqlLogRecord(trace);
      const locale = localeOf(req.headers['accept-language']);
      const viewer = await authenticate(readDb, req.headers.authorization, { signingKey, oidc: options.oidc, locale, logger, source: clientAddressOf(req) });
      recordViewer(record, viewer);
      return attachLogRecord({ db: readDb, engine, viewer, loaders: new Loaders(readDb), locale, access: new AccessTrail() }, record);
    }),
  });
  const drain = new Drain();
  const server = createServer(requestListener({ logRequest: requestLogging(logger), drain, graphql, rest: app, trustedProxies: options.trustedProxies ?? 0 }));
  return { server, apollo, drain };
}
