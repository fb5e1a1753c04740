import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/** src and href values of the tags that load code, styles, fonts and images. */
function assetReferences(html: string): string[] {
  const tags = html.match(/<(script|link|img)\b[^>]*>/gi) ?? [];
  return tags.flatMap((tag) => [...tag.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((match) => match[1]));
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)].map((match) => match[1]).filter((url) => !url.startsWith('data:'));
}

const isRemote = (url: string) => /^(https?:)?\/\//i.test(url);

describe('GET /explorer', () => {
  let server: TestServer;
  let html: string;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    const response = await fetch(`${server.url}/explorer`);
    base = response.url;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    html = await response.text();
  });
  afterAll(() => server.close());

  it('serves the Altair GraphQL client pointed at /graphql, without a token in the page', () => {
    expect(html).toContain('AltairGraphQL.init');
    expect(html).toMatch(/endpointURL:\s*[`'"]\/graphql[`'"]/);
    expect(html).not.toMatch(/Bearer\s+ey/);
  });

  it('references no script, stylesheet or image on another host (no CDN)', () => {
    const references = assetReferences(html);
    expect(references.length).toBeGreaterThan(3);
    expect(references.filter(isRemote)).toEqual([]);
    expect(html).not.toMatch(/<(script|link)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });

  it('serves every script, stylesheet and image the page loads, and the fonts and images the stylesheet loads', async () => {
    const failed: string[] = [];
    const remote: string[] = [];
    for (const reference of assetReferences(html)) {
      const url = new URL(reference, base);
      const response = await fetch(url);
      if (response.status !== 200) failed.push(`${reference} -> ${response.status}`);
      if (url.pathname.endsWith('.css')) {
        const css = await response.text();
        for (const inner of cssUrls(css)) {
          if (isRemote(inner)) remote.push(inner);
          else {
            const asset = await fetch(new URL(inner, url));
            if (asset.status !== 200) failed.push(`${inner} (from ${reference}) -> ${asset.status}`);
            await asset.arrayBuffer();
          }
        }
      } else {
        await response.arrayBuffer();
      }
    }
    expect(failed).toEqual([]);
    expect(remote).toEqual([]);
  });

  it('serves the scripts as JavaScript from this server', async () => {
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((match) => match[1]);
    expect(scripts).toEqual(expect.arrayContaining(['main.js']));
    for (const script of scripts) {
      const response = await fetch(new URL(script, base));
      expect(new URL(response.url).origin).toBe(server.url);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      await response.arrayBuffer();
    }
  });
});
