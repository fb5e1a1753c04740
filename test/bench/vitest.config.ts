import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// `pnpm bench:web`: measurements of the built web app in Chromium. They print numbers; they assert no timings.
const serverRequire = createRequire(new URL('../../packages/server/package.json', import.meta.url));

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: serverRequire.resolve('graphql') }] },
  test: {
    include: ['test/bench/**/*.measure.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
