import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const WEB_DIST = resolve(import.meta.dirname, '../..', process.env.TREKLANG_WEB_DIST ?? 'packages/web/dist');

export interface InitialBundle {
  files: { path: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

/**
 * The JavaScript a browser must download before the first page renders: the entry script of index.html and every
 * chunk it preloads (Vite's modulepreload links) — lazy route chunks are not counted. Gzip level 9, as a server would.
 */
export function initialJavaScript(dist = WEB_DIST): InitialBundle {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const paths = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) paths.add(match[1]);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) paths.add(match[1]);
  const files = [...paths].map((path) => {
    const content = readFileSync(join(dist, path.replace(/^\//, '')));
    return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
