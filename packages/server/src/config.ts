import { resolve } from 'node:path';

export type Mode = 'demo' | 'production';

export interface Config {
  port: number;
  databaseUrl: string;
  mode: Mode;
  /** Folder for the SQLite file and the demo signing key. */
  dataDir: string;
  /** Built web app to serve at /, when present (TREKLANG_WEB_DIST, default packages/web/dist). */
  webDist: string;
}

const repoRoot = resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.TREKLANG_MODE ?? 'demo';
  if (mode !== 'demo' && mode !== 'production') {
    throw new Error(`TREKLANG_MODE must be "demo" or "production", not "${mode}"`);
  }
  const dataDir = resolve(repoRoot, env.TREKLANG_DATA_DIR ?? 'data');
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL ?? `sqlite:${resolve(dataDir, 'treklang.db')}`,
    mode,
    dataDir,
    webDist: resolve(repoRoot, env.TREKLANG_WEB_DIST ?? 'packages/web/dist'),
  };
}

export { repoRoot };
