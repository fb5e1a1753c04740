import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './app.js';
import { DEMO_USERS } from './demo-users.js';

/** Just enough of a browser window for the first render (effects do not run on the server). */
function fakeWindow(storedLanguage: string | null): void {
  Object.assign(globalThis, {
    window: { localStorage: { getItem: () => storedLanguage, setItem: () => undefined }, location: { origin: 'http://localhost:4000' } },
  });
}

describe('the start page', () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('is in Danish by default, links to the explorer and the API, and lists every demo user', () => {
    fakeWindow(null);
    const html = renderToString(createElement(App));
    expect(html).toContain('Treklang samler borger, myndighed og leverandør');
    expect(html).toContain('href="/explorer"');
    expect(html).toContain('href="/graphql"');
    expect(html).toContain('>English</button>');
    expect(html).toContain('curl -s http://localhost:4000/graphql');
    for (const user of DEMO_USERS) expect(html).toContain(user.email);
    expect(html).toContain('Rådgiver (myndighed)');
  });

  it('speaks English when that was chosen before', () => {
    fakeWindow('en');
    const html = renderToString(createElement(App));
    expect(html).toContain('Treklang brings the citizen, the authority and the provider together');
    expect(html).toContain('>Dansk</button>');
    expect(html).toContain('Provider manager');
  });
});
