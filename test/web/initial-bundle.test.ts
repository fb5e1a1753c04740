import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialJavaScript, WEB_DIST } from './initial-bundle.js';

// A size budget, not a timing: the built app's initial JavaScript stays within 250 KB gzipped (issue 6).
const BUDGET_BYTES = 250 * 1024;

describe('the web app build', () => {
  it('loads at most 250 KB of gzipped JavaScript before the first page (lazy pages excluded)', () => {
    expect(existsSync(join(WEB_DIST, 'index.html')), 'packages/web/dist is missing: pnpm test builds it first').toBe(true);
    const bundle = initialJavaScript();
    expect(bundle.files.length).toBeGreaterThan(0);
    console.log(`initial JS: ${bundle.files.map((f) => `${f.path} ${(f.gzipBytes / 1024).toFixed(1)} KB gz`).join(', ')}; total ${(bundle.gzipBytes / 1024).toFixed(1)} KB gz`);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
