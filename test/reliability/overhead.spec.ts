import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../packages/server/src/ops/bench/server-process.js';
import { OVERHEAD_STEPS, overheadTable, runOverheadStep, type OverheadResult } from '../../packages/server/src/ops/bench/overhead.js';

/*
 * The GraphQL-overhead measurement (ops/bench/overhead.ts) in short rounds: the stock setup and the server as
 * shipped, each timed against the bare handler in the same run. The bare handler, the ORM handler and GraphQL
 * must answer the same JSON (checked before timing), with no errors, and the shipped execution must beat stock.
 * `pnpm bench:overhead` runs every step with longer rounds for docs/benchmarks.md.
 */

describe('GraphQL overhead against a bare handler doing the same SQL', () => {
  it('answers identically and the tuned execution has less overhead than stock Apollo + type-graphql', async () => {
    const options = { engine: 'sqlite', seconds: Number(process.env.OVERHEAD_SECONDS ?? 3), rounds: Number(process.env.OVERHEAD_ROUNDS ?? 2), connections: 10, distDir: DIST_DIR };
    const results: OverheadResult[] = [];
    for (const step of [OVERHEAD_STEPS[0], OVERHEAD_STEPS.at(-1)!]) results.push(await runOverheadStep(step, options));
    console.info(overheadTable(results));
    for (const r of results) expect(r.graphql.errors + r.bare.errors + r.orm.errors).toBe(0);
    const [stock, tuned] = results;
    // Ratios, not raw throughput: each is measured within one process against its own bare handler.
    expect(tuned.ratio).toBeLessThan(stock.ratio);
  });
});
