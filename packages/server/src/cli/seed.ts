import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { DEMO_USERS } from '../seed/demo-organizations.js';
import { seedDemoData } from '../seed/demo-seed.js';
import { consoleOutput, describeDatabase, isMain, runCli, type CliOutput } from './cli-support.js';

/**
 * `pnpm db:seed`: loads the demo data on demand (the server does so by itself when the database is empty).
 * Idempotent: when the demo users are already there it says so and changes nothing. Demo mode only.
 */
export async function seedCommand(env: NodeJS.ProcessEnv = process.env, io: CliOutput = consoleOutput): Promise<number> {
  const config = loadConfig(env);
  if (config.mode === 'production') {
    io.err('pnpm db:seed works in demo mode only: it would put invented citizens in a production database.');
    return 1;
  }
  const db = await openDatabase(config.databaseUrl);
  try {
    const outcome = await seedDemoData(db);
    if (!outcome.seeded) {
      io.out(`The demo data is already in ${describeDatabase(config.databaseUrl)}; nothing was changed.`);
      return 0;
    }
    const counts = Object.entries(outcome.counts).map(([table, n]) => `${n} ${table}`).join(', ');
    io.out(`Loaded the demo data into ${describeDatabase(config.databaseUrl)}: ${counts}.`);
    io.out(`Demo users: ${DEMO_USERS.map((u) => u.email).join(', ')}. Get a token with: pnpm -s token caseworker@hjoerring.demo`);
    return 0;
  } finally {
    await db.destroy();
  }
}

if (isMain(import.meta.url)) runCli(() => seedCommand());
