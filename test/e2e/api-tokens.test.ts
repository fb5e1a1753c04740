import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../../packages/server/src/ops/bench/server-process.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { expectAccessible, screenshot } from './support/page-checks.js';

/*
 * The administrator's API tokens page in the browser: a token created through the form (two scopes), its secret
 * shown once and copied, then used against /graphql as a bearer token, its use shown in the list, revoked through the
 * inline confirmation and refused afterwards (401). Field errors stop an incomplete form before anything is created;
 * a caseworker gets a clear refusal. Every state passes axe and, at 320 px, never scrolls sideways.
 * E2E_SCREENSHOTS=<folder> photographs the page at 1280, 768 and 320 px.
 */

const ADMIN = 'admin@hjoerring.demo';
const CASEWORKER = 'caseworker@hjoerring.demo';
const PHONE = { width: 320, height: 800 };

interface TokenNode {
  id: string;
  name: string;
  scopes: string[];
  active: boolean;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const LIST = '{ apiTokens(first: 100) { totalCount edges { node { id name scopes active lastUsedAt revokedAt } } } }';
/** What the token may do with READ_CITIZENS: who it is and the citizens of the organisation's cases. */
const USE_QUERY = '{ viewer { name role } citizens(first: 3) { totalCount } }';

/** The page is wider than the screen (a table's own scroll box aside): what sticks out, or null. */
async function sidewaysScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const sticking = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && e.parentElement?.closest('.table--responsive-scroll') == null)
      .slice(0, 3)
      .map((e) => e.outerHTML.slice(0, 100));
    return `page is ${document.documentElement.scrollWidth} px wide at ${width} px: ${sticking.join(' | ')}`;
  });
}

/** With E2E_SCREENSHOTS: the page at phone width too (the shared helper takes 1280 and 768 px). */
async function phoneScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'pg' : 'sqlite';
  const viewport = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: `${folder}/${name}-${engine}-320.png`, fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let top = 0, part = 1; top < height && part <= 4; top += PHONE.height, part++) {
    await page.screenshot({ path: `${folder}/${name}-${engine}-320-part${part}.png`, fullPage: true, clip: { x: 0, y: top, width: PHONE.width, height: Math.min(PHONE.height, height - top) } });
  }
  if (viewport) await page.setViewportSize(viewport);
}

const activeClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('API tokens in Chromium', () => {
  let app: E2eApp;
  const api = strictApi(() => app);
  const tokens = async () => (await api<{ apiTokens: { totalCount: number; edges: { node: TokenNode }[] } }>(ADMIN, LIST)).apiTokens;

  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('creates a token with two scopes, shows its secret once, the secret works, the list shows its use, and revoking stops it', async () => {
    const adminName = (await api<{ viewer: { name: string } }>(ADMIN, '{ viewer { name } }')).viewer.name;
    const name = `ESDH: natlig udtræk ${Date.now()}`;
    const { context, page } = await app.loginAs(ADMIN);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await page.goto('/api-tokens');
    await page.locator('h1', { hasText: 'API-nøgler' }).waitFor();
    await page.getByRole('button', { name: 'Opret API-nøgle' }).click();

    const form = page.locator('form.api-token-form');
    // The form takes the focus at its first field; the expiry suggests 90 days ahead.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('token-name');
    const suggested = await form.getByLabel('Udløber').inputValue();
    const daysAhead = (Date.parse(`${suggested}T12:00:00Z`) - Date.now()) / 86_400_000;
    expect(daysAhead).toBeGreaterThan(89);
    expect(daysAhead).toBeLessThan(91);
    expect(await form.locator('#token-expires-hint').textContent()).toContain('højst gælde i 366 dage');
    // Each scope explains what it allows, tied to its checkbox.
    const citizens = form.getByRole('checkbox', { name: 'Læse borgere' });
    expect(await citizens.getAttribute('aria-describedby')).toBeTruthy();
    expect(await form.locator(`#${await citizens.getAttribute('aria-describedby')}`).textContent()).toContain('CPR-nummer');
    expect(await form.locator('fieldset legend').first().textContent()).toBe('Rettigheder');

    await form.getByLabel('Navn').fill(name);
    await citizens.check();
    await form.getByRole('checkbox', { name: 'Læse progressionsrapporter' }).check();
    const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Udløber').fill(expiresOn);
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Opret API-nøgle' }).click();

    // The secret, once, in a box that takes the focus; the form is gone.
    const box = page.locator('.api-token-secret-box');
    await box.waitFor();
    expect(await form.count()).toBe(0);
    await expect.poll(() => activeClass(page)).toContain('api-token-secret-box');
    expect(await box.textContent()).toContain('vises kun denne ene gang');
    expect(await box.textContent()).toContain(name);
    const secret = (await box.locator('.api-token-secret').textContent()) ?? '';
    expect(secret).toMatch(/^trk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    await box.getByRole('button', { name: 'Kopiér' }).click();
    await expect.poll(() => box.locator('[role="status"]').textContent()).toBe('Nøglen er kopieret.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await expectAccessible(page);

    // The list shows it with its scopes in words, never used yet.
    const row = page.locator('.api-tokens-table tbody tr').filter({ hasText: name });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('active');
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('Læse borgere');
    expect(rowText).toContain('Læse progressionsrapporter');
    expect(rowText).not.toContain('READ_');
    expect(rowText).toContain(`af ${adminName}`);
    expect(rowText).toContain('kl. 23.59');
    expect(await row.locator('.api-token-last-used').textContent()).toBe('aldrig');
    expect(await row.locator('.api-token-status').textContent()).toBe('Aktiv');
    const stored = (await tokens()).edges.map((e) => e.node).find((n) => n.name === name);
    expect(stored?.scopes.sort()).toEqual(['READ_CITIZENS', 'READ_PROGRESSION']);
    await screenshot(page, 'api-tokens-secret');
    await phoneScreenshot(page, 'api-tokens-secret');

    // The secret works as a bearer token, as the token's own integration account.
    const used = await gql<{ viewer: { name: string; role: string }; citizens: { totalCount: number } }>(app.url, secret, USE_QUERY);
    expect(used.status).toBe(200);
    expect(used.errors).toBeUndefined();
    expect(used.data?.viewer).toEqual({ name: `API-token: ${name}`, role: 'INTEGRATOR' });
    expect(used.data?.citizens.totalCount).toBeGreaterThan(0);

    // Shown again, the page has forgotten the secret, and the list says when it was last used.
    await page.reload();
    await row.waitFor();
    expect(await page.locator('.api-token-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    expect(await row.locator('.api-token-last-used').textContent()).not.toBe('aldrig');
    expect(await row.locator('.api-token-last-used').textContent()).toMatch(/\d{4} kl\. \d{2}\.\d{2}$/);

    // Revoke: the button turns into "Er du sikker?"; cancelling returns to the button.
    const revoke = row.getByRole('button', { name: `Tilbagekald API-nøglen "${name}"` });
    await revoke.click();
    expect(await row.textContent()).toContain('Er du sikker?');
    await expect.poll(() => activeText(page)).toBe('Ja, tilbagekald');
    await expectAccessible(page);
    await screenshot(page, 'api-tokens-confirm');
    await phoneScreenshot(page, 'api-tokens-confirm');
    await row.getByRole('button', { name: 'Annuller' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Tilbagekald API-nøglen "${name}"`);
    expect(await row.getAttribute('data-status')).toBe('active');
    expect((await gql(app.url, secret, USE_QUERY)).status).toBe(200);

    await revoke.click();
    await row.getByRole('button', { name: 'Ja, tilbagekald' }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('revoked');
    const status = (await row.locator('.api-token-status').textContent()) ?? '';
    expect(status).toContain('Tilbagekaldt');
    expect(status).toContain(`af ${adminName}`);
    expect(await row.getByRole('button').count()).toBe(0);
    // The confirmation's button is gone: the message saying what happened has the focus.
    await expect.poll(() => activeText(page)).toBe(`API-nøglen "${name}" er tilbagekaldt. Den virker ikke længere.`);
    await expectAccessible(page);
    await screenshot(page, 'api-tokens-revoked');

    const refused = await gql(app.url, secret, USE_QUERY);
    expect(refused.status).toBe(401);
    const after = (await tokens()).edges.map((e) => e.node).find((n) => n.name === name);
    expect(after?.active).toBe(false);
    expect(after?.revokedAt).not.toBeNull();
    await context.close();
  });

  it('shows the missing name and scope at their fields and creates nothing', async () => {
    const before = await tokens();
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto('/api-tokens');
    await page.getByRole('button', { name: 'Opret API-nøgle' }).click();
    const form = page.locator('form.api-token-form');
    await form.getByLabel('Udløber').fill('2020-01-01');
    await form.getByRole('button', { name: 'Opret API-nøgle' }).click();

    const nameError = form.locator('#token-name-error');
    await nameError.waitFor();
    expect(await nameError.textContent()).toBe('Fejl: Skriv, hvad nøglen skal bruges til.');
    expect(await form.getByLabel('Navn').getAttribute('aria-describedby')).toContain('token-name-error');
    expect(await form.getByLabel('Navn').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('#token-scopes-error').textContent()).toBe('Fejl: Vælg mindst én rettighed.');
    expect(await form.locator('fieldset.scope-checkboxes').getAttribute('aria-describedby')).toContain('token-scopes-error');
    expect(await form.locator('#token-expires-error').textContent()).toBe('Fejl: Udløbsdatoen skal ligge efter i dag.');
    // The focus goes to the first field in error.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('token-name');
    await expectAccessible(page);
    await screenshot(page, 'api-tokens-errors');
    await phoneScreenshot(page, 'api-tokens-errors');

    // A fixed field loses its error as it is fixed; the rest stay.
    await form.getByLabel('Navn').fill('Kun navn');
    await expect.poll(() => form.locator('#token-name-error').count()).toBe(0);
    await form.getByRole('button', { name: 'Opret API-nøgle' }).click();
    expect(await form.locator('#token-scopes-error').count()).toBe(1);
    expect(await page.locator('.api-token-secret-box').count()).toBe(0);

    const after = await tokens();
    expect(after.totalCount).toBe(before.totalCount);
    expect(after.edges.map((e) => e.node.name)).not.toContain('Kun navn');

    // Cancelling closes the form and returns to the button that opened it.
    await form.getByRole('button', { name: 'Annuller' }).click();
    await expect.poll(() => activeText(page)).toBe('Opret API-nøgle');
    await context.close();
  });

  it('lists tokens with their total and fits a 320 px screen without scrolling sideways', async () => {
    const expiresAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    await api(ADMIN, 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { userErrors { message } } }', {
      input: { name: 'Økonomisystem med et meget langt navn, der skal kunne brydes på en smal skærm', scopes: ['READ_CONTRACTS', 'WRITE_CONTRACTS', 'READ_AUDIT'], expiresAt },
    });
    const total = (await tokens()).totalCount;
    const shown = Math.min(total, 50);
    const { context, page } = await app.loginAs(ADMIN, { viewport: PHONE });
    await page.goto('/api-tokens');
    await page.locator('.api-tokens-table tbody tr').first().waitFor();
    expect(await page.locator('.load-more p').textContent()).toBe(`Viser ${shown} af ${total}`);
    expect(await page.locator('.api-tokens-table tbody tr').count()).toBe(shown);
    expect(await sidewaysScroll(page)).toBeNull();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Opret API-nøgle' }).click();
    await page.locator('form.api-token-form').getByRole('button', { name: 'Opret API-nøgle' }).click();
    await page.locator('#token-name-error').waitFor();
    await phoneScreenshot(page, 'api-tokens-phone-form');
    expect(await sidewaysScroll(page)).toBeNull();

    const form = page.locator('form.api-token-form');
    await form.getByLabel('Navn').fill('Telefonnøgle');
    await form.getByRole('checkbox', { name: 'Læse samtykker' }).check();
    await form.getByRole('button', { name: 'Opret API-nøgle' }).click();
    await page.locator('.api-token-secret-box').waitFor();
    expect(await sidewaysScroll(page)).toBeNull();
    await expectAccessible(page);
    await phoneScreenshot(page, 'api-tokens-phone');

    // English too.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('h1', { hasText: 'API tokens' }).waitFor();
    expect(await page.locator('.api-tokens-table caption').textContent()).toBe("The organisation's API tokens, oldest first");
    expect(await page.locator('.api-tokens-table').textContent()).toContain('Read the audit log');
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
    await context.close();
  });

  it('loads more than a page of 50 with "Vis flere", and a new token joins the end of the full list', async () => {
    const create = 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { userErrors { message } } }';
    const expiresAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    for (let i = (await tokens()).totalCount; i < 52; i++) {
      const data = await api(ADMIN, create, { input: { name: `Massenøgle ${String(i).padStart(2, '0')}`, scopes: ['READ_PROGRESSION'], expiresAt } });
      expect(data.createApiToken.userErrors).toEqual([]);
    }
    const total = (await tokens()).totalCount;
    expect(total).toBeGreaterThan(50);
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto('/api-tokens');
    await page.locator('.load-more').waitFor();
    expect(await page.locator('.load-more p').textContent()).toBe(`Viser 50 af ${total}`);
    expect(await page.locator('.api-tokens-table tbody tr').count()).toBe(50);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => page.locator('.api-tokens-table tbody tr').count()).toBe(total);
    expect(await page.locator('.load-more p').textContent()).toBe(`Viser ${total} af ${total}`);
    expect(await page.getByRole('button', { name: 'Vis flere' }).count()).toBe(0);
    const ids = await page.locator('.api-tokens-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-token-id')));
    expect(new Set(ids).size).toBe(total);

    await page.getByRole('button', { name: 'Opret API-nøgle' }).click();
    const form = page.locator('form.api-token-form');
    await form.getByLabel('Navn').fill('Den nyeste nøgle');
    await form.getByRole('checkbox', { name: 'Læse skemaer' }).check();
    await form.getByRole('button', { name: 'Opret API-nøgle' }).click();
    await page.locator('.api-token-secret-box').waitFor();
    await expect.poll(() => page.locator('.api-tokens-table tbody tr').count()).toBe(total + 1);
    expect(await page.locator('.api-tokens-table tbody tr').last().locator('th').textContent()).toBe('Den nyeste nøgle');
    expect(await page.locator('.load-more p').textContent()).toBe(`Viser ${total + 1} af ${total + 1}`);
    await context.close();
  });

  it('tells a caseworker that only administrators manage API tokens', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto('/api-tokens');
    const refusal = page.locator('main [role="alert"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Kun organisationens administratorer kan se, oprette og tilbagekalde API-nøgler.');
    expect(await page.locator('h1').textContent()).toBe('API-nøgler');
    expect(await page.getByRole('button', { name: 'Opret API-nøgle' }).count()).toBe(0);
    expect(await page.locator('.api-tokens-table').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'api-tokens-refused');
    await context.close();
  });
});
