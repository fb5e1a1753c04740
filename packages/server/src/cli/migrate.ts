import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { consoleOutput, describeDatabase, isMain, runCli, type CliOutput } from './cli-support.js';

/** `pnpm db:migrate`: applies pending migrations (the server also does on start) and lists those applied. */
export async function migrateCommand(env: NodeJS.ProcessEnv = process.env, io: CliOutput = consoleOutput): Promise<number> {
  const config = loadConfig(env);
  const db = await openDatabase(config.databaseUrl);
  try {
    const applied: { name: string }[] = await db.query('SELECT name FROM migrations ORDER BY timestamp');
    io.out(`Database ${describeDatabase(config.databaseUrl)} is up to date: ${applied.map((m) => m.name).join(', ')}.`);
    return 0;
  } finally {
    await db.destroy();
  }
}

if (isMain(import.meta.url)) runCli(() => migrateCommand());
