import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDemoKey } from './auth/demo-key.js';
import { createApp } from './app.js';
import { describeDatabase } from './cli/cli-support.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/data-source.js';
import { seedDemoDataIfEmpty } from './seed/demo-seed.js';

const log = (level: 'info' | 'error', msg: string, fields: Record<string, unknown> = {}): void => {
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields });
  if (level === 'error') console.error(line);
  else console.log(line);
};

const config = loadConfig();
if (config.mode === 'production') {
  log('error', 'Production mode needs OIDC settings, which this build does not have yet; refusing to start with the demo key.');
  process.exit(1);
}
const db = await openDatabase(config.databaseUrl);
const seeded = await seedDemoDataIfEmpty(db);
const { app } = await createApp({ db, databaseUrl: config.databaseUrl, signingKey: loadDemoKey(config.dataDir), webDist: config.webDist });
const server = app.listen(config.port);

server.on('error', (error: NodeJS.ErrnoException) => {
  const hint = error.code === 'EADDRINUSE' ? ` Port ${config.port} is in use: stop the other process or start with another port, e.g. PORT=4001 pnpm start.` : '';
  log('error', `Treklang could not listen on port ${config.port}.${hint}`, { code: error.code });
  void db.destroy().finally(() => process.exit(1));
});

server.on('listening', () => {
  const url = `http://localhost:${config.port}`;
  const webBuilt = existsSync(join(config.webDist, 'index.html'));
  log('info', 'Treklang is running', { url, graphql: `${url}/graphql`, explorer: `${url}/explorer`, database: describeDatabase(config.databaseUrl), mode: config.mode, demoDataLoaded: seeded });
  console.log(
    [
      '',
      `  Treklang kører / is running: ${url}`,
      '',
      `  Web             ${url}/${webBuilt ? '' : '   (not built: run pnpm build)'}`,
      `  GraphQL API     ${url}/graphql   (Authorization: Bearer <token>)`,
      `  Explorer        ${url}/explorer`,
      `  Database        ${describeDatabase(config.databaseUrl)}${seeded ? '   (demo data loaded just now)' : ''}`,
      '',
      '  Get a token for a demo user (list in README.md), in another terminal:',
      '    pnpm -s token caseworker@hjoerring.demo',
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
});

function shutdown(signal: string): void {
  log('info', 'shutting down', { signal });
  server.close(() => {
    void db.destroy().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
