import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSqliteFile, sqliteFileOf } from '../../packages/server/src/ops/backup.js';
import { createActiveCase, CREATE_CITIZEN, demoActors, randomCpr, RECORD_MEASUREMENT, type Actors, type Case } from '../../packages/server/src/ops/bench/cases.js';
import { createWorkspace, gql, startServer, type ServerProcess, type Workspace } from '../../packages/server/src/ops/bench/server-process.js';
import { serverPidPath } from '../../packages/server/src/ops/server-pid.js';

/*
 * kill -9 of the server in the middle of a write burst, then a plain restart: every write acknowledged before
 * the kill is there, SQLite's integrity check is ok (on a copy of the files as the kill left them), and the server
 * starts by itself on the database as it was left (write-ahead log, stale pid file and all).
 */

const WRITERS = 16;

interface Burst {
  citizens: string[];
  measurements: string[];
  failedAfterKill: number;
}

/** WRITERS loops writing as fast as the server answers, until their requests fail (the kill). */
function writeBurst(server: ServerProcess, actors: Actors, cases: Case[]): { burst: Burst; done: Promise<void> } {
  const burst: Burst = { citizens: [], measurements: [], failedAfterKill: 0 };
  const loop = async (writer: number) => {
    for (let n = 0; ; n++) {
      try {
        if (n % 2 === 0) {
          const reply = await gql(server.url, actors.caseworker, CREATE_CITIZEN, { i: { name: `Nedbrud ${writer}-${n}`, cpr: randomCpr() } });
          const id = reply.data?.createCitizen.citizen?.id as string | undefined;
          if (id) burst.citizens.push(id);
        } else {
          const c = cases[writer % cases.length];
          const reply = await gql(server.url, actors.staff, RECORD_MEASUREMENT, {
            i: { goalId: c.goalId, scale: 'ONE_TO_TEN', value: 1 + (n % 10), measuredAt: '2025-06-01', kind: 'FOLLOW_UP', comment: `nedbrud-${writer}-${n}` },
          });
          const id = reply.data?.recordMeasurement.measurement?.id as string | undefined;
          if (id) burst.measurements.push(id);
        }
      } catch {
        burst.failedAfterKill += 1;
        return;
      }
    }
  };
  return { burst, done: Promise.all(Array.from({ length: WRITERS }, (_, w) => loop(w))).then(() => undefined) };
}

async function missingNodes(server: ServerProcess, token: string, ids: string[]): Promise<number> {
  let missing = 0;
  for (let i = 0; i < ids.length; i += 100) {
    const { data } = await gql(server.url, token, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(i, i + 100) });
    missing += ((data?.nodes ?? ids.slice(i, i + 100).map(() => null)) as ({ id: string } | null)[]).filter((n) => n === null).length;
  }
  return missing;
}

describe.each(['sqlite', 'postgres'] as const)('kill -9 during a write burst (%s)', (engine) => {
  let workspace: Workspace;
  let server: ServerProcess;
  let restarted: ServerProcess | undefined;

  beforeAll(async () => {
    workspace = await createWorkspace(engine);
    server = await startServer(workspace);
  });
  afterAll(async () => {
    await server?.kill();
    await restarted?.kill();
    await workspace?.remove();
  });

  it('keeps every acknowledged write, passes the integrity check and restarts without help', async () => {
    const actors = await demoActors(server.url, workspace);
    const cases = await Promise.all(Array.from({ length: 4 }, () => createActiveCase(server.url, actors)));
    const { burst, done } = writeBurst(server, actors, cases);
    while (burst.citizens.length + burst.measurements.length < 400) await new Promise((r) => setTimeout(r, 20));
    expect(await server.kill()).toBe('SIGKILL');
    await done;
    const acknowledged = { citizens: burst.citizens.length, measurements: burst.measurements.length };
    expect(burst.failedAfterKill).toBe(WRITERS);

    const file = sqliteFileOf(workspace.databaseUrl);
    if (file) {
      // The files as the kill left them, checked on a copy so the restart below gets them untouched.
      expect(existsSync(`${file}-wal`)).toBe(true);
      expect(Number(readFileSync(serverPidPath(workspace.databaseUrl)!, 'utf8'))).toBe(server.pid);
      const copyDir = mkdtempSync(join(tmpdir(), 'treklang-crash-copy-'));
      try {
        for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${file}${suffix}`)) copyFileSync(`${file}${suffix}`, join(copyDir, `copy.db${suffix}`));
        const check = checkSqliteFile(join(copyDir, 'copy.db'));
        expect(check.integrity).toBe('ok');
      } finally {
        rmSync(copyDir, { recursive: true, force: true });
      }
    }

    restarted = await startServer(workspace);
    expect((await fetch(`${restarted.url}/readyz`)).status).toBe(200);
    expect(await missingNodes(restarted, actors.caseworker, burst.citizens)).toBe(0);
    expect(await missingNodes(restarted, actors.staff, burst.measurements)).toBe(0);
    if (file) expect(checkSqliteFile(file).integrity).toBe('ok');
    console.info(`crash (${engine}): ${acknowledged.citizens} citizens and ${acknowledged.measurements} measurements acknowledged before kill -9, all present after the restart`);
  });
});
