import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const database = process.env.TREKLANG_TEST_DB ?? 'sqlite';
// type-graphql is CommonJS and loads graphql's CJS build; make every import resolve to that one copy.
const serverRequire = createRequire(new URL('./packages/server/package.json', import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: serverRequire.resolve('graphql') }] },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every reuse of a cached SQL statement is checked against a fresh build (graphql/statement-cache.ts).
    env: { TREKLANG_TEST_DB: database, TREKLANG_VERIFY_STATEMENT_CACHE: '1' },
  },
});
