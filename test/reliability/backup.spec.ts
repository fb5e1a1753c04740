import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSqliteFile, sqliteFileOf } from '../../packages/server/src/ops/backup.js';
import { createCitizen, demoActors, type Actors } from '../../packages/server/src/ops/bench/cases.js';
import { createWorkspace, DIST_DIR, gql, startServer, type ServerProcess, type Workspace } from '../../packages/server/src/ops/bench/server-process.js';

/*
 * `pnpm db:backup` while the server runs and writes, `pnpm db:restore` refused while it runs, then restored after
 * it stopped: the restarted server serves exactly what the backup held.
 */

async function cli(workspace: Workspace, script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(DIST_DIR, 'cli', script), ...args], { env: workspace.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const COUNT = '{ citizens(first: 1) { totalCount } }';

describe('pnpm db:backup and pnpm db:restore (SQLite)', () => {
  let workspace: Workspace;
  let server: ServerProcess;
  let restarted: ServerProcess | undefined;
  let actors: Actors;

  beforeAll(async () => {
    workspace = await createWorkspace('sqlite');
    server = await startServer(workspace);
    actors = await demoActors(server.url, workspace);
  });
  afterAll(async () => {
    await server?.kill();
    await restarted?.kill();
    await workspace?.remove();
  });

  it('backs up online during writes and restores only a stopped server\'s database', async () => {
    const before = await createCitizen(server.url, actors, 'Før Backup');
    let writing = true;
    const writers = Promise.all(Array.from({ length: 4 }, async () => {
      while (writing) await createCitizen(server.url, actors, 'Under Backup');
    }));
    await new Promise((r) => setTimeout(r, 200));
    const backup = await cli(workspace, 'backup.js', []);
    writing = false;
    await writers;
    expect(backup.code).toBe(0);
    const file = backup.stdout.trim();
    expect(dirname(file)).toBe(join(workspace.dataDir, 'backups'));
    expect(file).toMatch(/\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.db$/);
    const held = checkSqliteFile(file);
    expect(held.integrity).toBe('ok');

    await createCitizen(server.url, actors, 'Efter Backup');
    const refused = await cli(workspace, 'restore.js', [file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`process ${server.pid}`);
    expect((await gql(server.url, actors.caseworker, '{ citizens(first: 1, search: "Efter Backup") { totalCount } }')).data?.citizens.totalCount).toBe(1);

    expect(await server.stop()).toBe(0);
    const restored = await cli(workspace, 'restore.js', [file]);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain('Restored');
    const database = sqliteFileOf(workspace.databaseUrl)!;
    const kept = readdirSync(dirname(database)).filter((f) => f.includes('.before-restore-'));
    expect(kept).toHaveLength(1);
    // The replaced database is kept whole: it still has what was written after the backup.
    expect(checkSqliteFile(join(dirname(database), kept[0])).citizens).toBeGreaterThan(held.citizens);

    restarted = await startServer(workspace);
    const count = await gql(restarted.url, actors.caseworker, COUNT);
    const all = await gql(restarted.url, actors.caseworker, '{ citizens(first: 1, search: "Efter Backup") { totalCount } }');
    expect(all.data?.citizens.totalCount).toBe(0);
    expect((await gql(restarted.url, actors.caseworker, 'query($id: ID!) { citizen(id: $id) { name } }', { id: before })).data?.citizen).toEqual({ name: 'Før Backup' });
    expect(checkSqliteFile(database).citizens).toBe(held.citizens);
    expect(count.data?.citizens.totalCount).toBeGreaterThan(0);
  });
});
