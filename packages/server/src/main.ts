import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadDemoKey } from './auth/demo-key.js';
import { createApp } from './app.js';
import { describeDatabase } from './cli/cli-support.js';
import { loadConfig, startupProblems, startupWarnings, type Config } from './config.js';
import { createOidcVerifier } from './auth/oidc.js';
import { openDatabase } from './db/data-source.js';
import { syncBuiltInTemplates } from './modules/forms/sync-built-in-templates.js';
import { seedDemoDataIfEmpty } from './seed/demo-seed.js';
import { createLogger, type LogFields } from './ops/logger.js';
import { removeServerPid, serverPidPath, writeServerPid } from './ops/server-pid.js';
import { gracefulShutdown } from './ops/shutdown.js';
import { withStartupLock } from './ops/startup-lock.js';

// Structured JSON lines (ops/logger.ts): one per request, with its request id and no personal data.
const logger = createLogger();
const log = (level: 'info' | 'error', msg: string, fields: LogFields = {}): void => logger[level](msg, fields);

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  log('error', `Treklang cannot start: ${(error as Error).message}`);
  process.exit(1);
}
// Production mode: OpenID Connect logins only, never the demo key (config.ts startupProblems).
const problems = startupProblems(config);
if (problems.length) {
  log('error', `Treklang refuses to start in ${config.mode} mode: ${problems.join(' ')}`, { problems });
  process.exit(1);
}
for (const warning of startupWarnings(config)) logger.warn(warning);
const demo = config.mode === 'demo';
// Migrations, built-in templates and demo data, one server at a time when several start together (ops/startup-lock.ts).
const { db, seeded } = await withStartupLock(config.databaseUrl, async () => {
  const opened = await openDatabase(config.databaseUrl);
  await syncBuiltInTemplates(opened);
  return { db: opened, seeded: demo ? await seedDemoDataIfEmpty(opened) : false };
});
const { server, apollo, drain } = await createApp({
  db,
  databaseUrl: config.databaseUrl,
  signingKey: demo ? loadDemoKey(config.dataDir) : null,
  oidc: config.oidc ? createOidcVerifier(config.oidc) : null,
  oidcClient: config.oidcClient,
  rateLimitPerMinute: config.rateLimitPerMinute,
  trustedProxies: config.trustedProxies,
  webDist: config.webDist,
  demoLogin: demo,
  mode: config.mode,
  logger,
});
const pidPath = serverPidPath(config.databaseUrl);
server.listen(config.port);

server.on('error', (error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` Port ${config.port} is in use: stop the other process or start with another port, e.g. PORT=4001 pnpm start.` : '';
  log('error', `Treklang could not listen on port ${config.port}.${hint}`, { code: error.code ?? null });
  void db.destroy().finally(() => process.exit(1));
});

server.on('listening', () => {
  // PORT=0 picks a free port: report the one bound.
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  const webBuilt = existsSync(join(config.webDist, 'index.html'));
  writeServerPid(pidPath);
  log('info', 'Treklang is running', { url, port, pid: process.pid, graphql: `${url}/graphql`, explorer: `${url}/explorer`, database: describeDatabase(config.databaseUrl), mode: config.mode, demoDataLoaded: seeded, rateLimitPerMinute: config.rateLimitPerMinute, trustedProxies: config.trustedProxies, oidcIssuer: config.oidc?.issuer ?? null });
  // The banner is for people at a terminal; log collectors get JSON lines only.
  if (process.stdout.isTTY) console.log(
    [
      '',
      `  Treklang kører / is running: ${url}`,
      '',
      `  Web             ${url}/${webBuilt ? '' : '   (not built: run pnpm build)'}`,
      `  GraphQL API     ${url}/graphql   (Authorization: Bearer <token>)`,
      `  Explorer        ${url}/explorer`,
      `  Database        ${describeDatabase(config.databaseUrl)}${seeded ? '   (demo data loaded just now)' : ''}`,
      '',
      ...(demo
        ? ['  Get a token for a demo user (list in README.md), in another terminal:', '    pnpm -s token caseworker@hjoerring.demo']
        : [`  Sign-in          OpenID Connect, issuer ${config.oidc?.issuer}`]),
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
});

// Graceful shutdown (ops/shutdown.ts): requests in flight finish, new ones are refused, then the database closes.
const shutdown = gracefulShutdown({
  server,
  drain,
  logger,
  timeoutMs: Number(process.env.TREKLANG_SHUTDOWN_TIMEOUT_MS ?? 10_000),
  close: async () => {
    await apollo.stop();
    await db.destroy();
    removeServerPid(pidPath);
  },
});
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
