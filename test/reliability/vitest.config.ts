import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { TimingFirstSequencer } from './timing-first-sequencer.js';

/*
 * `pnpm test:reliability`: tests that start the built server (packages/server/dist/main.js) as separate
 * processes: two servers over one PostgreSQL, concurrent edits across processes, kill -9 in a write burst,
 * graceful shutdown, backup and restore through the CLI, the load test and the GraphQL-overhead measurement.
 * One file at a time, so that timings are not disturbed by other tests, and the timing file first
 * (timing-first-sequencer.ts). Needs `pnpm build` first (the script does it) and PostgreSQL on 127.0.0.1:5432
 * (as for `pnpm test:postgres`).
 */
const serverRequire = createRequire(new URL('../../packages/server/package.json', import.meta.url));

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  resolve: { alias: [{ find: /^graphql$/, replacement: serverRequire.resolve('graphql') }] },
  test: {
    include: ['test/reliability/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { sequencer: TimingFirstSequencer },
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
