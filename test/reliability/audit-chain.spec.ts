import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CITIZEN, demoActors, randomCpr, type Actors } from '../../packages/server/src/ops/bench/cases.js';
import { createWorkspace, DIST_DIR, gql, startServer, type ServerProcess, type Workspace } from '../../packages/server/src/ops/bench/server-process.js';

/*
 * The audit log stays one linear hash chain when several processes append at once: three server processes over
 * one PostgreSQL database, or (SQLite being one server per file) the server plus a second process appending
 * AUTH_FAILURE entries to the same file. `pnpm audit:verify` (dist/cli/audit-verify.js) then finds it intact.
 */

const run = promisify(execFile);
const REQUESTS = 60;
const APPENDER = `
  const { openDatabase } = await import(${JSON.stringify(join(DIST_DIR, 'db/data-source.js'))});
  const { recordAuthFailure } = await import(${JSON.stringify(join(DIST_DIR, 'modules/audit/audit-auth-failure.js'))});
  const db = await openDatabase(process.env.DATABASE_URL);
  await Promise.all(Array.from({ length: 40 }, (_, i) => recordAuthFailure(db, { reason: 'BAD_CREDENTIALS', subject: 'probe' + i, ip: '10.0.0.' + i })));
  await db.destroy();
`;

async function verify(workspace: Workspace): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(process.execPath, [join(DIST_DIR, 'cli/audit-verify.js')], { env: workspace.env });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

describe.each([
  ['postgres', 3],
  ['sqlite', 1],
] as const)('audit chain across processes (%s, %i server processes)', (engine, processes) => {
  let workspace: Workspace;
  let servers: ServerProcess[] = [];
  let actors: Actors;

  beforeAll(async () => {
    workspace = await createWorkspace(engine);
    servers = await Promise.all(Array.from({ length: processes }, () => startServer(workspace)));
    actors = await demoActors(servers[0].url, workspace);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await workspace?.remove();
  });

  it(`keeps one chain under ${REQUESTS} parallel writes spread over the processes plus a second appender`, async () => {
    const before = await verify(workspace);
    expect(before.code).toBe(0);
    const [replies] = await Promise.all([
      Promise.all(Array.from({ length: REQUESTS }, (_, i) => gql(servers[i % servers.length].url, actors.caseworker, CREATE_CITIZEN, { i: { name: `Kæde ${i}`, cpr: randomCpr() } }))),
      run(process.execPath, ['--input-type=module', '-e', APPENDER], { env: workspace.env }),
    ]);
    expect(replies.every((r) => r.status === 200 && !r.errors)).toBe(true);
    const after = await verify(workspace);
    expect(after.code, after.output).toBe(0);
    const count = (text: string) => Number(/intact: (\d+) entries/.exec(text)?.[1]);
    expect(count(after.output) - count(before.output)).toBe(REQUESTS + 40);
  });
});
