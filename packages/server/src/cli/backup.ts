import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { backupSqlite, sqliteFileOf } from '../ops/backup.js';
import { consoleOutput, describeDatabase, isMain, runCli, type CliOutput } from './cli-support.js';

/**
 * `pnpm db:backup [folder]`: an online backup of the SQLite database (the server may keep running) into
 * `<data folder>/backups/<timestamp>.db`, checked with PRAGMA integrity_check. PostgreSQL: use pg_dump.
 */
export async function backupCommand(args: string[], env: NodeJS.ProcessEnv = process.env, io: CliOutput = consoleOutput): Promise<number> {
  const config = loadConfig(env);
  const file = sqliteFileOf(config.databaseUrl);
  if (!file) {
    io.err(`pnpm db:backup backs up a SQLite file; ${describeDatabase(config.databaseUrl)} is not one.`);
    io.err('For PostgreSQL use pg_dump, e.g.: pg_dump --format=custom --file=treklang.dump "$DATABASE_URL" (restore with pg_restore --clean --if-exists).');
    return 1;
  }
  const folder = args.find((arg) => !arg.startsWith('-')) ?? join(config.dataDir, 'backups');
  const { file: backup, check } = await backupSqlite(file, folder);
  io.out(backup);
  io.err(`Backed up ${file} (${check.citizens} citizens, ${check.contracts} contracts, integrity ${check.integrity}). Restore with: pnpm db:restore ${backup}`);
  return 0;
}

if (isMain(import.meta.url)) runCli(() => backupCommand(process.argv.slice(2)));
