import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { runningServerPid, serverPidPath } from './server-pid.js';

/*
 * SQLite backup and restore. The backup uses SQLite's online backup API (better-sqlite3's `db.backup()`), a
 * consistent copy taken while the server keeps reading and writing; it is checked with `PRAGMA integrity_check`.
 * A restore replaces the database file only while no server runs on it, keeps the replaced database beside it,
 * and removes the old write-ahead log so none of it is replayed over the restored file.
 * PostgreSQL is backed up with pg_dump and restored with pg_restore (README).
 */

export function sqliteFileOf(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith('sqlite:')) return null;
  const file = databaseUrl.slice('sqlite:'.length);
  return file === ':memory:' ? null : file;
}

/** 2026-05-01T10-20-30-123Z: sortable, no characters file systems dislike. */
export function backupStamp(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export interface SqliteCheck {
  integrity: string;
  migrations: string[];
  citizens: number;
  contracts: number;
}

/** Opens a SQLite file read-only and reports `PRAGMA integrity_check`, the migrations applied and a few counts. */
export function checkSqliteFile(file: string): SqliteCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
    const hasTable = (name: string) => Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));
    const count = (table: string) => (hasTable(table) ? (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n : 0);
    const migrations = hasTable('migrations') ? (db.prepare('SELECT name FROM migrations ORDER BY timestamp').all() as { name: string }[]).map((m) => m.name) : [];
    return { integrity, migrations, citizens: count('citizen'), contracts: count('contract') };
  } finally {
    db.close();
  }
}

/** Online backup of a SQLite database file into `backupDir/<timestamp>.db`; returns the file and its check. */
export async function backupSqlite(dbFile: string, backupDir: string, now = new Date()): Promise<{ file: string; check: SqliteCheck }> {
  if (!existsSync(dbFile)) throw new Error(`There is no database at ${dbFile}.`);
  mkdirSync(backupDir, { recursive: true });
  const file = join(backupDir, `${backupStamp(now)}.db`);
  const source = new Database(dbFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(file);
  } finally {
    source.close();
  }
  // A backup is one self-contained file: out of WAL mode, so opening it never leaves -wal/-shm files beside it.
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const check = checkSqliteFile(file);
  if (check.integrity !== 'ok') throw new Error(`The backup ${file} failed its integrity check: ${check.integrity}`);
  return { file, check };
}

export class RestoreRefused extends Error {}

/**
 * Replaces the database at `dbFile` with the backup `backupFile`. Refuses while a server runs on the database
 * (see server-pid.ts) and when the backup is not a sound Treklang database. The replaced database, with its
 * write-ahead log folded in, is kept as `<file>.before-restore-<timestamp>`.
 */
export async function restoreSqlite(backupFile: string, dbFile: string, now = new Date()): Promise<{ previous: string | null; check: SqliteCheck }> {
  if (!existsSync(backupFile)) throw new RestoreRefused(`There is no backup at ${backupFile}.`);
  const check = checkSqliteFile(backupFile);
  if (check.integrity !== 'ok') throw new RestoreRefused(`${backupFile} failed its integrity check: ${check.integrity}`);
  if (check.migrations.length === 0) throw new RestoreRefused(`${backupFile} is not a Treklang database (it has no migrations table).`);
  const pid = runningServerPid(serverPidPath(`sqlite:${dbFile}`));
  if (pid) throw new RestoreRefused(`A Treklang server (process ${pid}) is running on ${dbFile}: stop it first, then restore.`);
  mkdirSync(dirname(dbFile), { recursive: true });
  let previous: string | null = null;
  if (existsSync(dbFile)) {
    previous = `${dbFile}.before-restore-${backupStamp(now)}`;
    const current = new Database(dbFile, { fileMustExist: true });
    try {
      await current.backup(previous);
    } finally {
      current.close();
    }
  }
  const incoming = join(dirname(dbFile), `.${basename(dbFile)}.restoring`);
  copyFileSync(backupFile, incoming);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${dbFile}${suffix}`, { force: true });
  renameSync(incoming, dbFile);
  return { previous, check: checkSqliteFile(dbFile) };
}
