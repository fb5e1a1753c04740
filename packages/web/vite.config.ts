import { defineConfig } from 'vite';

// React without a plugin: esbuild compiles JSX with the automatic runtime. Built into dist/, which the
// server serves at / on its own port (there is no separate dev server in this issue).
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
