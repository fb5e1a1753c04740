import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { Locale } from '@treklang/schema';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { altairExpress } from 'altair-express-middleware';
import { authenticate } from './auth/authenticate.js';
import { engineOf } from './db/data-source.js';
import type { Context } from './graphql/context.js';
import { Loaders } from './graphql/loaders.js';
import { treklangSchema } from './graphql/build-schema.js';

export interface AppOptions {
  db: DataSource;
  databaseUrl: string;
  signingKey: Uint8Array;
  webDist?: string;
}

function localeOf(acceptLanguage: string | undefined): Locale {
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'da';
}

/** The whole HTTP surface on one port: /graphql, the explorer, health checks and the web app. */
export async function createApp(options: AppOptions): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const { db, signingKey } = options;
  const engine = engineOf(options.databaseUrl);
  const apollo = new ApolloServer<Context>({
    schema: await treklangSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
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
  app.use('/explorer', altairExpress({ endpointURL: '/graphql', initialSettings: { language: 'en-US' }, disableAccount: true } as never));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        db,
        engine,
        viewer: await authenticate(db, req.headers.authorization, signingKey),
        loaders: new Loaders(db),
        locale: localeOf(req.headers['accept-language']),
      }),
    }),
  );
  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    const webDist = options.webDist;
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|explorer|healthz|readyz).*/, (_req, res) => res.sendFile(join(webDist, 'index.html')));
  }
  return { app, apollo };
}
