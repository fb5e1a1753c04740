import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The demo signing key: TREKLANG_DEMO_KEY if set, else a random key kept in the data folder so that
 * `pnpm token` and the running server agree. Never used in production mode.
 */
export function loadDemoKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Uint8Array {
  if (env.TREKLANG_DEMO_KEY) return new TextEncoder().encode(env.TREKLANG_DEMO_KEY);
  const path = join(dataDir, 'demo-signing.key');
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return new TextEncoder().encode(readFileSync(path, 'utf8').trim());
}
