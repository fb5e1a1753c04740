import { loadDemoKey } from './auth/demo-key.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/data-source.js';
import { seedDemoDataIfEmpty } from './seed/demo-seed.js';

const config = loadConfig();
if (config.mode === 'production') {
  console.error(JSON.stringify({ level: 'error', msg: 'Production mode needs OIDC settings, which this build does not have yet; refusing to start with the demo key.' }));
  process.exit(1);
}
const db = await openDatabase(config.databaseUrl);
const seeded = await seedDemoDataIfEmpty(db);
const { app } = await createApp({ db, databaseUrl: config.databaseUrl, signingKey: loadDemoKey(config.dataDir), webDist: config.webDist });
const server = app.listen(config.port, () => {
  console.log(JSON.stringify({ level: 'info', msg: 'Treklang is running', url: `http://localhost:${config.port}`, graphql: `/graphql`, explorer: '/explorer', demoDataLoaded: seeded }));
});

function shutdown(signal: string): void {
  console.log(JSON.stringify({ level: 'info', msg: 'shutting down', signal }));
  server.close(() => {
    void db.destroy().finally(() => process.exit(0));
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
