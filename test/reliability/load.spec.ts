import { describe, expect, it } from 'vitest';
import { loadTable, runLoad } from '../../packages/server/src/ops/bench/load.js';

/*
 * The load test (ops/bench/load.ts) as a test: 100 clients of mixed reads and writes against the built server,
 * on each engine. CI runs 15 s per engine (LOAD_SECONDS); `pnpm bench:load` runs the full 60 s for
 * docs/benchmarks.md. Zero errors, and every acknowledged write is found afterwards.
 */

const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const seconds = Number(process.env.LOAD_SECONDS ?? 15);

describe.each(['sqlite', 'postgres'] as const)('load: %s', (engine) => {
  it(`${connections} clients for ${seconds} s: no errors, every acknowledged write present`, async () => {
    const result = await runLoad({ engine, connections, seconds });
    console.info(`${loadTable([result])}\n${JSON.stringify(result.errors)}`);
    expect(result.errors).toMatchObject({ total: 0 });
    expect(result.requests).toBeGreaterThan(connections * 4);
    for (const kind of ['list', 'citizen', 'formDraft', 'measurement'] as const) expect(result.byKind[kind]).toBeGreaterThan(0);
    for (const writes of [result.writes.formDrafts, result.writes.measurements]) {
      expect(writes.missing).toBe(0);
      expect(writes.acknowledged).toBeGreaterThan(0);
      expect(writes.found).toBeGreaterThanOrEqual(writes.acknowledged);
      // At most one write per client can have been in flight when the run stopped.
      expect(writes.found - writes.acknowledged).toBeLessThanOrEqual(connections);
    }
    expect(result.serverExit).toBe(0);
  });
});
