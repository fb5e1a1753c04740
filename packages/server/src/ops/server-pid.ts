import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/*
 * A running server notes its process id beside its SQLite file (`<file>.server.pid`), so that `pnpm db:restore`
 * can refuse to replace a database under a running server. It is not a lock: a file left by a killed server
 * names a process that no longer runs and is ignored, and the next start overwrites it.
 */

export function serverPidPath(databaseUrl: string): string | null {
  if (!databaseUrl.startsWith('sqlite:')) return null;
  const file = databaseUrl.slice('sqlite:'.length);
  return file === ':memory:' ? null : `${file}.server.pid`;
}

export function writeServerPid(path: string | null, pid = process.pid): void {
  if (path) writeFileSync(path, `${pid}\n`);
}

/** Removes the file if it still names this process. */
export function removeServerPid(path: string | null, pid = process.pid): void {
  if (path && existsSync(path) && readFileSync(path, 'utf8').trim() === String(pid)) rmSync(path, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // On Linux, make sure the process is a node process, not an unrelated one that got the number later.
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('node');
}

/** The process id of a server running on this SQLite database, or null. */
export function runningServerPid(path: string | null): number | null {
  if (!path || !existsSync(path)) return null;
  const pid = Number(readFileSync(path, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}
