import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDemoToken } from '../../packages/server/src/auth/tokens.js';
import { fromGlobalId } from '../../packages/server/src/graphql/global-id.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { expectAccessible, screenshot } from './support/page-checks.js';

/*
 * The administrator's users page in Chromium: who is locked out after repeated failed logins, unlocking them (the
 * user gets in again at once), a new user with the form's own checks and the server's, and the page refused to
 * other roles. E2E_SCREENSHOTS=<folder> photographs it.
 */

const ADMIN = 'admin@hjoerring.demo';
const CASEWORKER = 'caseworker@hjoerring.demo';
const WRONG_KEY = new TextEncoder().encode('not-the-server-key-0123456789-abcdef');

describe('users in Chromium', () => {
  let app: E2eApp;
  const api = strictApi(() => app);
  let serial = 0;

  const post = (token: string) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ viewer { email } }' }) });

  /** A new caseworker, locked out by five tokens signed with a key the server does not know. */
  const lockedCaseworker = async () => {
    serial += 1;
    const name = `Låst Rådgiver ${serial}${Date.now() % 1000}`;
    const data = await api(ADMIN, 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id email } userErrors { message } } }', {
      i: { name, email: `laast.${serial}.${Date.now()}@hjoerring.demo`, role: 'CASEWORKER' },
    });
    const user = data.createUser.user as { id: string; email: string };
    const forged = await signDemoToken(fromGlobalId(user.id)!.id, WRONG_KEY);
    for (let i = 0; i < 5; i += 1) await post(forged);
    return { ...user, name };
  };
  const userCount = async () => (await api(ADMIN, '{ userAccounts(first: 1) { totalCount } }')).userAccounts.totalCount as number;

  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('shows who is locked out, filters to them, and unlocking lets the user in at once', async () => {
    const victim = await lockedCaseworker();
    expect((await app.api(victim.email, '{ viewer { email } }')).status).toBe(429);

    const { context, page } = await app.loginAs(ADMIN);
    await page.goto('/');
    await page.getByRole('link', { name: 'Brugere' }).click();
    await page.waitForURL('**/users', { waitUntil: 'commit' });
    const row = page.locator('.data-table tbody tr', { hasText: victim.name });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Låst ude til \d{1,2}\. \p{L}+\.? \d{4} kl\. \d{2}\.\d{2}/u);
    expect(await page.locator('.data-table tbody tr', { hasText: 'Mette Søndergaard' }).textContent()).toContain('Kan logge ind');
    await expectAccessible(page);
    await screenshot(page, 'users');

    await page.getByLabel('Kun brugere, der er låst ude').check();
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL('**/users?locked=1', { waitUntil: 'commit' });
    await expect.poll(() => page.locator('.data-table caption').textContent()).toBe('Brugere, der er låst ude');
    await expect.poll(() => page.locator('.data-table tbody tr').allTextContents()).toEqual([expect.stringContaining(victim.name)]);

    await page.getByRole('button', { name: `Lås op: ${victim.name}` }).click();
    const message = page.locator('.alert-success');
    await expect.poll(() => message.textContent()).toBe(`${victim.name} er låst op og kan logge ind igen.`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('alert-success'))).toBe(true);
    await expect.poll(() => page.locator('.data-table tbody').textContent()).toBe('Ingen rækker.');
    expect((await app.api(victim.email, '{ viewer { email } }')).status).toBe(200);

    await page.getByLabel('Kun brugere, der er låst ude').uncheck();
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await expect.poll(() => page.locator('.data-table tbody tr', { hasText: victim.name }).textContent()).toContain('Kan logge ind');
    expect(await page.getByRole('link', { name: `Se log for ${victim.name}` }).getAttribute('href')).toBe(`/audit-log?user=${encodeURIComponent(victim.id)}`);

    // Back and forward bring the filter form along with the list.
    await page.goBack();
    await page.waitForURL('**/users?locked=1', { waitUntil: 'commit' });
    await expect.poll(() => page.getByLabel('Kun brugere, der er låst ude').isChecked()).toBe(true);
    await expect.poll(() => page.locator('.data-table caption').textContent()).toBe('Brugere, der er låst ude');
    await page.goForward();
    await expect.poll(() => page.getByLabel('Kun brugere, der er låst ude').isChecked()).toBe(false);
    await context.close();
  });

  it('creates a user: the form names missing fields and a taken e-mail, and creates nothing until all is right', async () => {
    const before = await userCount();
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto('/users');
    await page.locator('.data-table tbody tr').first().waitFor();
    const submit = page.getByRole('button', { name: 'Opret bruger' });

    await submit.click();
    await expect.poll(() => page.locator('#new-user-name-error').textContent()).toContain('Skriv brugerens navn.');
    expect(await page.locator('#new-user-email-error').textContent()).toContain('Skriv en gyldig e-mailadresse');
    expect(await page.locator('#new-user-role-error').textContent()).toContain('Vælg en rolle.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-user-name');
    expect(await page.locator('#new-user-role option').allTextContents()).toEqual(['Vælg rolle', 'Rådgiver', 'Leder (samlede tal)', 'Administrator', 'Integration']);
    await expectAccessible(page);

    await page.getByLabel('Navn', { exact: true }).fill('Anne Testsen');
    await page.getByLabel('E-mail', { exact: true }).fill(CASEWORKER.toUpperCase());
    await page.getByLabel('Rolle', { exact: true }).last().selectOption('CASEWORKER');
    await submit.click();
    await expect.poll(() => page.locator('#new-user-email-error').textContent()).toContain('Der findes allerede en bruger med denne e-mailadresse.');
    expect(await userCount()).toBe(before);

    const email = `anne.testsen.${Date.now()}@hjoerring.demo`;
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await submit.click();
    await expect.poll(() => page.locator('.alert-success').textContent()).toBe('Anne Testsen er oprettet.');
    await expect.poll(() => page.locator('#new-user-name').inputValue()).toBe('');
    expect(await userCount()).toBe(before + 1);
    await expect.poll(() => page.locator('.load-more').textContent()).toContain(String(before + 1));
    expect((await app.api(email, '{ viewer { role } }')).data).toEqual({ viewer: { role: 'CASEWORKER' } });
    await screenshot(page, 'users-created');
    await context.close();
  });

  it('exports the rows shown without the column of buttons', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto('/users');
    await page.locator('.data-table tbody tr').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér CSV: Organisationens brugere' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('brugere.csv');
    const text = await readFile(await file.path(), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0].split(';')).toEqual(['Navn', 'E-mail', 'Rolle', 'Login']);
    expect(lines.length - 1).toBe(await page.locator('.data-table tbody tr').count());
    expect(text).toContain('admin@hjoerring.demo');
    await context.close();
  });

  it('fits a phone screen without scrolling sideways', async () => {
    const { context, page } = await app.loginAs(ADMIN, { viewport: { width: 320, height: 800 } });
    await page.goto('/users');
    await page.locator('.data-table tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'users-phone');
    await context.close();
  });

  it('is refused to a caseworker, with the reason in words, and not in their menu', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto('/users');
    await expect.poll(() => page.locator('.alert-warning').textContent()).toBe('Ingen adgangKun organisationens administratorer kan se brugerne og låse dem op.');
    expect(await page.getByRole('button', { name: 'Prøv igen' }).count()).toBe(0);
    expect(await page.locator('nav.app-nav').textContent()).not.toContain('Brugere');
    expect(await page.locator('#new-user-name').count()).toBe(0);
    await context.close();
  });
});
