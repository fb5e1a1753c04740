import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../packages/server/src/db/data-source.js';
import { createWorkspace, startServer, type ServerProcess, type Workspace } from '../../packages/server/src/ops/bench/server-process.js';
import { buildOrganization, buildUser } from '../../packages/server/src/test-support/factories.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './support/app.js';
import { startMockProvider, type MockProvider } from './support/mock-oidc-provider.js';
import { expectAccessible, screenshot } from './support/page-checks.js';

/*
 * The production login in Chromium: the built server in production mode (no demo key, no demo data) signs people in
 * through a local OpenID Connect provider (support/mock-oidc-provider.ts) with the authorization-code flow and PKCE.
 */

const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
/** The renewal tests' ID tokens last this many seconds; the API refuses one 5 s later (auth/oidc.ts's clock tolerance). */
const SHORT_TOKEN_LIFETIME = 10;
/** How long those tests wait for the API to refuse such a token: twice its lifetime and the tolerance. */
const EXPIRY_WAIT_MS = 2 * (SHORT_TOKEN_LIFETIME + 5) * 1000;
/** Their timeout: that wait, and the login before it and the pages after it (a duplicated tab's, too). */
const EXPIRY_TEST_TIMEOUT_MS = EXPIRY_WAIT_MS + 60_000;

describe(`the production login through OpenID Connect in Chromium (${engine})`, () => {
  let workspace: Workspace;
  let provider: MockProvider;
  let server: ServerProcess;
  let browser: Browser;
  let user: { email: string; name: string };

  beforeAll(async () => {
    workspace = await createWorkspace(engine);
    const db = await openDatabase(workspace.databaseUrl);
    try {
      const caseworker = await buildUser(db, await buildOrganization(db, 'AUTHORITY', 'Testrup Kommune'), 'CASEWORKER');
      user = { email: caseworker.email, name: caseworker.name };
    } finally {
      await db.destroy();
    }
    provider = await startMockProvider();
    const { TREKLANG_DEMO_KEY: _demoKey, ...production } = workspace.env;
    server = await startServer({ ...workspace, env: { ...production, TREKLANG_MODE: 'production' } }, { TREKLANG_OIDC_ISSUER: provider.issuer, TREKLANG_OIDC_AUDIENCE: provider.clientId });
    provider.registerApp(server.url);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    expect(await server?.stop()).toBe(0);
    await provider?.close();
    await workspace?.remove();
  });

  /** A fresh tab as the configured user, on the login page the app sent it to. */
  async function atLogin(path = '/'): Promise<{ context: BrowserContext; page: Page }> {
    provider.user = { email: user.email };
    provider.deny = false;
    provider.hold = false;
    provider.idTokenLifetime = 300;
    const context = await browser.newContext({ baseURL: server.url, locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(path);
    await page.waitForURL('**/login', { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Log ind', exact: true }).waitFor();
    return { context, page };
  }

  const loginButton = (page: Page) => page.getByRole('button', { name: 'Log ind', exact: true });
  const storedSession = (page: Page) =>
    page.evaluate(() => JSON.parse(window.sessionStorage.getItem('treklang.session') ?? 'null') as { token: string; refreshToken?: string; expiresAt: number } | null);
  const storedToken = async (page: Page) => (await storedSession(page))?.token ?? null;
  /** What the API answers this bearer token (200, or 401 once it has expired). */
  const apiStatus = async (token: string) =>
    (await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ viewer { id } }' }) })).status;
  /** Every address the tab shows, also those the app moves to without loading a page (a redirect to /login). */
  const pathsOf = (page: Page): string[] => {
    const paths: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) paths.push(new URL(frame.url()).pathname);
    });
    return paths;
  };
  /** Until the API refuses the token: it has expired, beyond the server's clock tolerance. */
  const untilRefused = (token: string) => expect.poll(() => apiStatus(token), { timeout: EXPIRY_WAIT_MS, interval: 1000 }).toBe(401);
  const refreshGrants = () => provider.requests.token.filter((r) => r.params.get('grant_type') === 'refresh_token');
  /** Logs in with ID tokens that last `lifetime` seconds; the login's own ID token and refresh token. */
  async function loginWithShortTokens(path: string, lifetime: number): Promise<{ context: BrowserContext; page: Page; paths: string[]; first: { token: string; refreshToken?: string } }> {
    const { context, page } = await atLogin(path);
    provider.idTokenLifetime = lifetime;
    const paths = pathsOf(page);
    await loginButton(page).click();
    await page.waitForURL((url) => url.pathname === path, { waitUntil: 'commit' });
    await page.locator('.app-viewer').waitFor();
    return { context, page, paths, first: (await storedSession(page))! };
  }

  it('logs in at the provider with PKCE and lands on Mit arbejde as that user, where GraphQL answers; the login page passes axe', async () => {
    const { context, page } = await atLogin();
    expect(await page.locator('h1').textContent()).toBe('Log ind');
    expect(await page.locator('button[data-email]').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'oidc-login');
    const tokenRequests = provider.requests.token.length;

    await loginButton(page).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/', { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Mit arbejde' }).waitFor();
    expect(await page.locator('.app-viewer').textContent()).toContain(user.name);

    const asked = provider.requests.authorize.at(-1)!;
    expect(asked.get('client_id')).toBe(provider.clientId);
    expect(asked.get('redirect_uri')).toBe(`${server.url}/login/callback`);
    expect(asked.get('code_challenge_method')).toBe('S256');
    expect(asked.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(asked.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(asked.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(asked.get('state')).not.toBe(asked.get('nonce'));
    expect(asked.get('scope')).toBe('openid email profile');
    expect(provider.requests.token.slice(tokenRequests).map((r) => [r.status, r.params.has('client_secret')])).toEqual([[200, false]]);
    expect(await page.evaluate(() => window.sessionStorage.getItem('treklang.oidc-login'))).toBeNull();

    const token = await storedToken(page);
    const viewer = await page.evaluate(async (bearer) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query: '{ viewer { email role organization { name } } }' }) });
      return { status: response.status, body: await response.json() };
    }, token);
    expect(viewer).toEqual({ status: 200, body: { data: { viewer: { email: user.email, role: 'CASEWORKER', organization: { name: 'Testrup Kommune' } } } } });
    await context.close();
  });

  it('logs out at the provider too, with the ID token as hint, and comes back to the login page', async () => {
    const { context, page } = await atLogin();
    await loginButton(page).click();
    await page.getByRole('heading', { level: 1, name: 'Mit arbejde' }).waitFor();
    const { token, refreshToken } = (await storedSession(page))!;
    expect(refreshToken).toBeTruthy();
    const logouts = provider.requests.endSession.length;

    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL((url) => url.pathname === '/login' && provider.requests.endSession.length > logouts, { waitUntil: 'commit' });
    await loginButton(page).waitFor();
    expect(Object.fromEntries(provider.requests.endSession.at(-1)!)).toEqual({ id_token_hint: token, client_id: provider.clientId, post_logout_redirect_uri: `${server.url}/login` });
    // The ID token and the refresh token are gone from the tab.
    expect(await page.evaluate(() => window.sessionStorage.getItem('treklang.session'))).toBeNull();
    await context.close();
  });

  it('shows a refusal at the provider (access_denied) in Danish, and logs in when tried again', async () => {
    const { context, page } = await atLogin();
    provider.deny = true;
    await loginButton(page).click();
    await page.locator('[data-login-error="denied"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login/callback');
    expect(await page.locator('h1').textContent()).toBe('Login mislykkedes');
    expect(await page.getByRole('alert').textContent()).toContain('Login blev afbrudt');
    expect(await storedToken(page)).toBeNull();
    await expectAccessible(page);
    await screenshot(page, 'oidc-login-denied');

    provider.deny = false;
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mit arbejde' }).waitFor();
    await context.close();
  });

  it('refuses an answer whose state was altered, without redeeming its code', async () => {
    const { context, page } = await atLogin();
    provider.hold = true;
    await loginButton(page).click();
    const back = new URL((await page.locator('#continue').getAttribute('href'))!);
    expect(back.searchParams.get('code')).toBeTruthy();
    back.searchParams.set('state', `${back.searchParams.get('state')!.slice(0, -1)}x`);
    const tokenRequests = provider.requests.token.length;

    await page.goto(back.href);
    await page.locator('[data-login-error="state"]').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Login blev afvist af sikkerhedshensyn');
    expect(provider.requests.token.length).toBe(tokenRequests);
    expect(await storedToken(page)).toBeNull();
    await context.close();
  });

  it('shows the token endpoint refusing a wrong code verifier', async () => {
    const { context, page } = await atLogin();
    provider.hold = true;
    await loginButton(page).click();
    const back = (await page.locator('#continue').getAttribute('href'))!;
    // Back in the app's tab, someone else's verifier replaces this login's.
    await page.goto('/accessibility');
    await page.evaluate(() => {
      const pending = JSON.parse(window.sessionStorage.getItem('treklang.oidc-login')!);
      window.sessionStorage.setItem('treklang.oidc-login', JSON.stringify({ ...pending, codeVerifier: 'w'.repeat(43) }));
    });

    await page.goto(back);
    await page.locator('[data-login-error="token"]').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('invalid_grant: PKCE verification failed.');
    expect(provider.requests.token.at(-1)).toMatchObject({ status: 400, error: 'invalid_grant' });
    expect(await storedToken(page)).toBeNull();
    await context.close();
  });

  it('tells a person the provider knows but Treklang does not that no user matches', async () => {
    const { context, page } = await atLogin();
    provider.user = { email: 'stranger@test.example' };
    await loginButton(page).click();
    await page.locator('[data-login-error="rejected"]').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Din bruger findes ikke i Treklang');
    expect(await storedToken(page)).toBeNull();
    await context.close();
  });

  it('keeps the user logged in across the ID token\'s expiry: the refresh token renews it, without a visit to the login page', { timeout: EXPIRY_TEST_TIMEOUT_MS }, async () => {
    const { context, page, paths, first } = await loginWithShortTokens('/citizens', SHORT_TOKEN_LIFETIME);
    expect(first.refreshToken).toBeTruthy();
    await untilRefused(first.token);

    // The app goes on: a page whose data the API sends only to a logged-in user.
    await page.getByRole('link', { name: 'Mit arbejde' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kommende frister (0)' }).waitFor();
    expect(await page.locator('.app-viewer').textContent()).toContain(user.name);
    expect(paths).toContain('/');
    expect(paths).not.toContain('/login');
    const renewed = (await storedSession(page))!;
    expect(renewed.token).not.toBe(first.token);
    expect(renewed.refreshToken).not.toBe(first.refreshToken);
    expect(await apiStatus(renewed.token)).toBe(200);
    // Renewed as a public client: its client ID and the refresh token, no secret.
    const grant = refreshGrants().find((r) => r.params.get('refresh_token') === first.refreshToken)!;
    expect(grant.status).toBe(200);
    expect(Object.fromEntries(grant.params)).toEqual({ grant_type: 'refresh_token', refresh_token: first.refreshToken, client_id: provider.clientId });
    await context.close();
  });

  it('keeps a duplicated tab logged in too: the tabs share the refresh token, one renews with it and the other takes that renewal', { timeout: EXPIRY_TEST_TIMEOUT_MS }, async () => {
    const grants = refreshGrants().length;
    const { context, page, paths, first } = await loginWithShortTokens('/citizens', SHORT_TOKEN_LIFETIME);
    // "Duplicate tab": a second tab of the same browser that starts with a copy of the first one's sessionStorage.
    const copied = await page.evaluate(() => window.sessionStorage.getItem('treklang.session')!);
    const duplicate = await context.newPage();
    await duplicate.addInitScript((session) => {
      if (!window.sessionStorage.getItem('treklang.session')) window.sessionStorage.setItem('treklang.session', session);
    }, copied);
    const duplicatePaths = pathsOf(duplicate);
    await duplicate.goto('/citizens');
    await duplicate.locator('.app-viewer').waitFor();
    expect((await storedSession(duplicate))?.refreshToken).toBe(first.refreshToken);
    await untilRefused(first.token);

    for (const [tab, tabPaths] of [[page, paths], [duplicate, duplicatePaths]] as const) {
      await tab.getByRole('link', { name: 'Mit arbejde' }).click();
      const upcoming = tab.getByRole('heading', { level: 2, name: 'Kommende frister (0)' });
      await upcoming.or(loginButton(tab)).waitFor();
      expect(tabPaths).not.toContain('/login');
      expect(await tab.locator('.app-viewer').textContent()).toContain(user.name);
      const renewed = (await storedSession(tab))!;
      expect(renewed.token).not.toBe(first.token);
      expect(await apiStatus(renewed.token)).toBe(200);
    }
    // The shared refresh token went to the provider once; so did every one after it, and none was refused.
    expect(refreshGrants().filter((r) => r.params.get('refresh_token') === first.refreshToken).map((r) => r.status)).toEqual([200]);
    const since = refreshGrants().slice(grants);
    expect(since.filter((r) => r.status !== 200).map((r) => r.error)).toEqual([]);
    expect(new Set(since.map((r) => r.params.get('refresh_token'))).size).toBe(since.length);
    await context.close();
  });

  it('sends the user to the login page when the provider has revoked the refresh token, and back to the page afterwards', { timeout: EXPIRY_TEST_TIMEOUT_MS }, async () => {
    const { context, page, paths, first } = await loginWithShortTokens('/citizens', SHORT_TOKEN_LIFETIME);
    provider.revokeRefreshTokens();
    await untilRefused(first.token);

    await page.getByRole('link', { name: 'Mit arbejde' }).click();
    await page.waitForURL('**/login', { waitUntil: 'commit' });
    await page.getByText('Din session er udløbet').waitFor();
    expect(paths).toContain('/login');
    expect(refreshGrants().find((r) => r.params.get('refresh_token') === first.refreshToken)).toMatchObject({ status: 400, error: 'invalid_grant' });
    expect(await page.evaluate(() => window.sessionStorage.getItem('treklang.session'))).toBeNull();

    provider.idTokenLifetime = 300;
    await loginButton(page).click();
    await page.waitForURL((url) => url.pathname === '/', { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Mit arbejde' }).waitFor();
    await context.close();
  });

  it('renews an ID token that expired while the tab was away (a reload), with the refresh token', async () => {
    const { context, page } = await atLogin('/citizens');
    const paths = pathsOf(page);
    await loginButton(page).click();
    await page.waitForURL((url) => url.pathname === '/citizens', { waitUntil: 'commit' });
    await page.locator('.app-viewer').waitFor();
    const expired = await provider.testIssuer.sign({ sub: `sub-${user.email}`, email: user.email, email_verified: true }, { expiresIn: -60 });
    await page.evaluate((token) => {
      const stored = JSON.parse(window.sessionStorage.getItem('treklang.session')!);
      window.sessionStorage.setItem('treklang.session', JSON.stringify({ ...stored, token, expiresAt: Date.now() - 1000, renewAt: Date.now() - 2000 }));
    }, expired);
    const grants = refreshGrants().length;

    await page.reload();
    await page.waitForURL('**/citizens', { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Borgere' }).waitFor();
    await page.locator('.app-viewer').waitFor();
    expect(paths).not.toContain('/login');
    expect(refreshGrants().slice(grants).map((r) => r.status)).toEqual([200]);
    expect(await apiStatus((await storedToken(page))!)).toBe(200);
    await context.close();
  });

  it('sends the user to the login when the API refuses the expired token and there is no refresh token, and back to the page afterwards', async () => {
    const { context, page } = await atLogin('/citizens');
    await loginButton(page).click();
    await page.waitForURL((url) => url.pathname === '/citizens', { waitUntil: 'commit' });
    await page.locator('.app-viewer').waitFor();
    const expired = await provider.testIssuer.sign({ email: user.email, email_verified: true }, { expiresIn: -60 });
    // As with a provider that gives no refresh token.
    await page.evaluate((token) => {
      const { refreshToken: _refreshToken, ...stored } = JSON.parse(window.sessionStorage.getItem('treklang.session')!);
      window.sessionStorage.setItem('treklang.session', JSON.stringify({ ...stored, token }));
    }, expired);

    await page.reload();
    await page.waitForURL('**/login', { waitUntil: 'commit' });
    await page.getByText('Din session er udløbet').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'oidc-login-expired');
    await loginButton(page).click();
    await page.waitForURL((url) => url.pathname === '/citizens', { waitUntil: 'commit' });
    await page.locator('.app-viewer').waitFor();
    expect(await storedToken(page)).not.toBe(expired);
    await context.close();
  });
});
