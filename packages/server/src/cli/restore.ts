import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { restoreSqlite, RestoreRefused, sqliteFileOf } from '../ops/backup.js';
import { consoleOutput, describeDatabase, isMain, runCli, type CliOutput } from './cli-support.js';

const USAGE = 'Usage: pnpm db:restore <backup file>   e.g. pnpm db:restore data/backups/2026-05-01T10-20-30-123Z.db';

/**
 * `pnpm db:restore <file>`: replaces the SQLite database with a backup made by `pnpm db:backup`, then applies any
 * migrations the backup predates. Refuses while a server runs on the database. PostgreSQL: use pg_restore.
 */
export async function restoreCommand(args: string[], env: NodeJS.ProcessEnv = process.env, io: CliOutput = consoleOutput): Promise<number> {
  const config = loadConfig(env);
  const target = sqliteFileOf(config.databaseUrl);
  if (!target) {
    io.err(`pnpm db:restore restores a SQLite file; ${describeDatabase(config.databaseUrl)} is not one. For PostgreSQL use pg_restore.`);
    return 1;
  }
  const backup = args.find((arg) => !arg.startsWith('-'));
  if (!backup) {
    io.err(USAGE);
    return 1;
  }
  try {
    const { previous, check } = await restoreSqlite(backup, target);
    const db = await openDatabase(config.databaseUrl);
    await db.destroy();
    io.out(`Restored ${target} from ${backup} (${check.citizens} citizens, ${check.contracts} contracts, integrity ${check.integrity}).`);
    if (previous) io.out(`The database it replaced is kept as ${previous}.`);
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefused) {
      io.err(`Not restored: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (isMain(import.meta.url)) runCli(() => restoreCommand(process.argv.slice(2)));
