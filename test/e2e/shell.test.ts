import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, wcagViolations } from './support/axe.js';
import { startE2eApp, type E2eApp } from './support/app.js';

describe('the web app shell in Chromium', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('sends a visitor to the demo login, logs in as a caseworker and shows the menu, in Danish and English', async () => {
    const context = await app.browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL('**/login', { waitUntil: 'commit' });
    expect(await page.locator('h1').textContent()).toBe('Log ind');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.locator('button[data-email="caseworker@hjoerring.demo"]').click();
    await page.locator('.app-viewer').waitFor();
    expect(await page.locator('nav[aria-label="Hovedmenu"]').textContent()).toContain('Borgere');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.locator('nav[aria-label="Main menu"]').textContent()).toContain('Citizens');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });

  it('links the accessibility statement from the footer, and the login and statement pages pass axe (WCAG 2.1 A/AA)', async () => {
    const context = await app.browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await page.goto('/login');
    await page.locator('h1').waitFor();
    expect(describeViolations(await wcagViolations(page))).toBe('');
    await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
    await page.waitForURL('**/accessibility', { waitUntil: 'commit' });
    expect(await page.locator('h1').textContent()).toBe('Tilgængelighedserklæring');
    expect(describeViolations(await wcagViolations(page))).toBe('');
    await context.close();
  });

  it('ends the session on a rejected token and returns to the login', async () => {
    const { context, page } = await app.loginAs('staff@lindely.demo');
    await page.evaluate(() => {
      const stored = JSON.parse(window.sessionStorage.getItem('treklang.session')!);
      window.sessionStorage.setItem('treklang.session', JSON.stringify({ ...stored, token: 'tampered' }));
    });
    await page.reload();
    await page.waitForURL('**/login', { waitUntil: 'commit' });
    await context.close();
  });
});
