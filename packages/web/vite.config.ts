import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// React without a plugin: esbuild compiles JSX with the automatic runtime. Built into dist/, which the
// server serves at / on its own port. `pnpm --filter @treklang/web dev` proxies the API to a running server.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  // dkfds exports only its script; its CSS, fonts and icons are reached through the package folder.
  resolve: { alias: { 'dkfds/dist/': fileURLToPath(new URL('./node_modules/dkfds/dist/', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 700 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/auth': 'http://127.0.0.1:4000' } },
});
