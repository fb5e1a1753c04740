import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupCommand } from '../cli/backup.js';
import type { CliOutput } from '../cli/cli-support.js';
import { restoreCommand } from '../cli/restore.js';
import { openDatabase } from '../db/data-source.js';
import { backupSqlite, checkSqliteFile, restoreSqlite, RestoreRefused } from './backup.js';
import { runningServerPid, serverPidPath } from './server-pid.js';

/* SQLite online backup and restore (the CLI around them is exercised against a running server in test/reliability). */

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'treklang-backup-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

async function migratedDatabase(dir: string): Promise<string> {
  const file = join(dir, 'treklang.db');
  const db = await openDatabase(`sqlite:${file}`);
  await db.destroy();
  return file;
}

describe('SQLite backup and restore', () => {
  it('backs up a database that another connection keeps writing to, into <timestamp>.db, and checks it', async () => {
    const dir = folder();
    const file = await migratedDatabase(dir);
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.exec("CREATE TABLE scratch (n INTEGER); INSERT INTO scratch VALUES (1)");
    const insert = writer.prepare('INSERT INTO scratch VALUES (?)');
    let n = 1;
    const timer = setInterval(() => insert.run(++n), 1);
    try {
      const { file: backup, check } = await backupSqlite(file, join(dir, 'backups'), new Date('2026-05-01T10:20:30.123Z'));
      expect(backup).toBe(join(dir, 'backups', '2026-05-01T10-20-30-123Z.db'));
      expect(check.integrity).toBe('ok');
      expect(check.migrations.length).toBeGreaterThan(0);
      const copy = new Database(backup, { readonly: true });
      expect((copy.prepare('SELECT COUNT(*) AS c FROM scratch').get() as { c: number }).c).toBeGreaterThan(0);
      copy.close();
    } finally {
      clearInterval(timer);
      writer.close();
    }
  });

  it('restores a backup over the database, keeps the replaced one and drops its write-ahead log', async () => {
    const dir = folder();
    const file = await migratedDatabase(dir);
    const { file: backup } = await backupSqlite(file, join(dir, 'backups'));
    // Writes after the backup, and a stale write-ahead log beside the file, as a killed server would leave it.
    const later = new Database(file);
    later.pragma('journal_mode = WAL');
    later.pragma('wal_autocheckpoint = 0');
    later.exec('CREATE TABLE written_after_backup (n INTEGER); INSERT INTO written_after_backup VALUES (1)');
    later.exec('CREATE TABLE only_in_the_wal (n INTEGER)');
    copyFileSync(`${file}-wal`, join(dir, 'stale-wal'));
    later.close();
    copyFileSync(join(dir, 'stale-wal'), `${file}-wal`);
    const { previous, check } = await restoreSqlite(backup, file);
    expect(check.integrity).toBe('ok');
    const restored = new Database(file, { readonly: true });
    expect(restored.prepare("SELECT name FROM sqlite_master WHERE name IN ('written_after_backup', 'only_in_the_wal')").all()).toEqual([]);
    expect(restored.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    restored.close();
    const kept = new Database(previous!, { readonly: true });
    expect(kept.prepare("SELECT name FROM sqlite_master WHERE name = 'written_after_backup'").get()).toEqual({ name: 'written_after_backup' });
    kept.close();
  });

  it('refuses to restore while a server process runs on the database, and ignores a pid file left by a dead one', async () => {
    const dir = folder();
    const file = await migratedDatabase(dir);
    const { file: backup } = await backupSqlite(file, join(dir, 'backups'));
    const pidFile = serverPidPath(`sqlite:${file}`)!;
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(pidFile, `${alive.pid}\n`);
      expect(runningServerPid(pidFile)).toBe(alive.pid);
      await expect(restoreSqlite(backup, file)).rejects.toThrow(RestoreRefused);
      await expect(restoreSqlite(backup, file)).rejects.toThrow(`process ${alive.pid}`);
    } finally {
      alive.kill('SIGKILL');
      await new Promise((resolve) => alive.once('exit', resolve));
    }
    expect(runningServerPid(pidFile)).toBeNull();
    await expect(restoreSqlite(backup, file)).resolves.toMatchObject({ check: { integrity: 'ok' } });
  });

  it('refuses a file that is not a Treklang database', async () => {
    const dir = folder();
    const file = await migratedDatabase(dir);
    const stranger = join(dir, 'stranger.db');
    new Database(stranger).exec('CREATE TABLE t (x)');
    await expect(restoreSqlite(stranger, file)).rejects.toThrow('not a Treklang database');
    await expect(restoreSqlite(join(dir, 'missing.db'), file)).rejects.toThrow('no backup');
  });

  it('the commands: backup prints the file, restore needs a file, and both point PostgreSQL users to pg_dump/pg_restore', async () => {
    const dir = folder();
    const file = await migratedDatabase(dir);
    const env = { DATABASE_URL: `sqlite:${file}`, TREKLANG_DATA_DIR: dir };
    const backup = capture();
    expect(await backupCommand([], env, backup)).toBe(0);
    expect(readdirSync(join(dir, 'backups'))).toEqual([backup.stdout[0].split('/').at(-1)]);
    const restore = capture();
    expect(await restoreCommand([backup.stdout[0]], env, restore)).toBe(0);
    expect(restore.stdout[0]).toContain('Restored');
    const usage = capture();
    expect(await restoreCommand([], env, usage)).toBe(1);
    expect(usage.stderr[0]).toContain('Usage');
    const pg = { DATABASE_URL: 'postgres://user:secret@127.0.0.1:5432/x', TREKLANG_DATA_DIR: dir };
    const pgBackup = capture();
    expect(await backupCommand([], pg, pgBackup)).toBe(1);
    expect(pgBackup.stderr.join('\n')).toContain('pg_dump');
    expect(pgBackup.stderr.join('\n')).not.toContain('secret');
    const pgRestore = capture();
    expect(await restoreCommand(['x.db'], pg, pgRestore)).toBe(1);
    expect(pgRestore.stderr.join('\n')).toContain('pg_restore');
    expect(checkSqliteFile(file).integrity).toBe('ok');
  });
});
