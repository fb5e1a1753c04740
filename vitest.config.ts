import { defineConfig } from 'vitest/config';

const database = process.env.TREKLANG_TEST_DB ?? 'sqlite';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { TREKLANG_TEST_DB: database },
  },
});
