import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { expectAccessible } from './support/page-checks.js';

/*
 * The administrator's audit log in the browser: the caseworker reads citizens through the API, and the admin finds
 * those reads on /audit-log with the right user, role, operation and outcome, opens an entry's details, narrows the
 * log by dates, operation, ?user= and ?citizen= (all in the address), loads more, exports CSV and is stopped at the
 * field by a range that runs backwards. A caseworker is refused in words. Every state passes axe, and at 320 px the
 * page never scrolls sideways. E2E_SCREENSHOTS=<folder> photographs the page at 1280 and 320 px.
 */

const ADMIN = 'admin@hjoerring.demo';
const CASEWORKER = 'caseworker@hjoerring.demo';
const PHONE = { width: 320, height: 800 };

/** Today in Denmark as YYYY-MM-DD. */
const danishToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'pg' : 'sqlite';
  const viewport = page.viewportSize();
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${folder}/audit-${name}-${engine}-${width}.png`, fullPage: true });
  }
  if (viewport) await page.setViewportSize(viewport);
}

/** Opens the audit log (with a query string) and waits until the count of entries is shown. */
async function openLog(page: Page, query = ''): Promise<void> {
  await page.goto(`/audit-log${query}`);
  await page.locator('#audit-count').waitFor();
}

const rows = (page: Page) => page.locator('tr.audit-row');
const row = (page: Page, operation: string) => page.locator('tr.audit-row', { has: page.locator('td.audit-operation', { hasText: operation }) });

/** Counts the audit log requests the page sends from now on. */
function countAuditRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('AuditLogPage')) count++;
  });
  return () => count;
}

describe('the audit log in Chromium', () => {
  let app: E2eApp;
  const api = strictApi(() => app);
  let caseworker: { id: string; name: string };
  let citizens: { id: string; name: string }[];

  beforeAll(async () => {
    app = await startE2eApp();
    caseworker = (await api<{ viewer: { id: string; name: string } }>(CASEWORKER, '{ viewer { id name } }')).viewer;
    const found = await api<{ citizens: { edges: { node: { id: string; name: string } }[] } }>(CASEWORKER, '{ citizens(first: 2) { edges { node { id name } } } }');
    citizens = found.citizens.edges.map((e) => e.node);
    expect(citizens).toHaveLength(2);
    // Named operations, so the entries can be told apart from everything else the demo and the test do.
    await api(CASEWORKER, 'query AuditE2eRead($id: ID!) { citizen(id: $id) { id name } }', { id: citizens[0].id });
    await api(CASEWORKER, 'query AuditE2eOther($id: ID!) { citizen(id: $id) { id name } }', { id: citizens[1].id });
  }, 120_000);
  afterAll(() => app?.close());

  it("shows the caseworker's read of a citizen: time, user and role, operation, outcome, counts and details", async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await openLog(page);
    expect(await page.locator('h1').textContent()).toBe('Logning');
    expect(await page.locator('#audit-count').textContent()).toMatch(/^\d+ poster$/);
    expect(await page.locator('.audit-log-table caption').textContent()).toBe('Poster i loggen, nyeste først');

    const read = row(page, 'AuditE2eRead');
    await expect.poll(() => read.locator('td.audit-user').textContent()).toBe(`${caseworker.name}Rådgiver`);
    expect(await read.count()).toBe(1);
    expect(await read.locator('td.audit-operation').textContent()).toBe('Opslag AuditE2eReadFelter: citizen');
    expect(await read.locator('td').nth(4).textContent()).toBe('OK');
    expect(await read.locator('td.numeric').allTextContents()).toEqual(['1', '0', '0']);
    expect(await read.locator('td.audit-time').textContent()).toMatch(/^\d{1,2}\. [a-zæøå]+\.? \d{4} kl\. \d{2}\.\d{2}$/);
    // Newest first: the caseworker's later read lies above the earlier one.
    const operations = await rows(page).locator('td.audit-operation').allTextContents();
    expect(operations.findIndex((o) => o.includes('AuditE2eOther'))).toBeLessThan(operations.findIndex((o) => o.includes('AuditE2eRead')));

    const toggle = read.locator('button.audit-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await read.getByRole('button', { name: /^Vis detaljer for posten \d/ }).click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.textContent()).toMatch(/^Skjul detaljer for posten/);
    const details = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    await details.waitFor();
    const text = await details.textContent();
    expect(text).toContain(`Citizen ${citizens[0].id}`);
    expect(text).toContain(`Bruger-ID${caseworker.id}`);
    expect(text).toMatch(/Request-id\S+/);
    expect(text).not.toContain(citizens[1].id);
    await expectAccessible(page);
    await shoot(page, 'list');
    await toggle.click();
    await expect.poll(() => details.count()).toBe(0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('narrows by operation and dates in the address, with "to" including its whole day, and the back button', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await openLog(page);
    await page.getByLabel('Operation').fill('AuditE2eRead');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('operation') === 'AuditE2eRead', { waitUntil: 'commit' });
    await expect.poll(() => page.locator('#audit-count').textContent()).toBe('1 post');
    expect(await rows(page).locator('td.audit-operation').allTextContents()).toEqual(['Opslag AuditE2eReadFelter: citizen']);

    // Today to today: the whole of today is in.
    const today = danishToday();
    await page.getByLabel('Fra dato').fill(today);
    await page.getByLabel('Til dato').fill(today);
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('to') === today && url.searchParams.get('from') === today, { waitUntil: 'commit' });
    await expect.poll(() => page.locator('#audit-count').textContent()).toBe('1 post');
    expect(await page.getByLabel('Operation').inputValue()).toBe('AuditE2eRead');

    // A month long gone: nothing.
    await page.getByLabel('Fra dato').fill('2020-01-01');
    await page.getByLabel('Til dato').fill('2020-01-31');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.locator('.audit-empty', { hasText: 'Ingen poster' }).waitFor();
    expect(await page.locator('#audit-count').textContent()).toBe('0 poster');
    expect(await rows(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Eksportér CSV/ }).count()).toBe(0);
    await expectAccessible(page);

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('from') === today, { waitUntil: 'commit' });
    await expect.poll(() => page.locator('#audit-count').textContent()).toBe('1 post');
    expect(await page.getByLabel('Fra dato').inputValue()).toBe(today);

    await page.getByRole('button', { name: 'Nulstil' }).click();
    await page.waitForURL((url) => url.search === '', { waitUntil: 'commit' });
    await expect.poll(async () => Number((await page.locator('#audit-count').textContent())?.split(' ')[0])).toBeGreaterThan(1);
    await context.close();
  });

  it('refuses a range that runs backwards at the field and sends nothing, also from a bookmark', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await openLog(page, '?operation=AuditE2eRead');
    const sent = countAuditRequests(page);
    const before = page.url();
    await page.getByLabel('Fra dato').fill('2026-06-01');
    await page.getByLabel('Til dato').fill('2026-01-01');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    const message = page.locator('#audit-to-error');
    await message.waitFor();
    expect(await message.textContent()).toBe('Fejl: Til-datoen skal være samme dag som eller efter fra-datoen.');
    expect(await page.locator('#audit-to').getAttribute('aria-describedby')).toContain('audit-to-error');
    expect(await page.locator('#audit-to').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('audit-to');
    expect(page.url()).toBe(before);
    expect(sent()).toBe(0);
    await expectAccessible(page);
    await shoot(page, 'bad-range');

    await page.goto('/audit-log?from=2026-06-01&to=2026-01-01');
    await page.locator('#audit-to-error').waitFor();
    expect(await page.locator('#audit-count').count()).toBe(0);
    expect(sent()).toBe(0);
    await context.close();
  });

  it('shows only one citizen or one user from the address, says so, and lets the note be removed', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await openLog(page, `?citizen=${encodeURIComponent(citizens[0].id)}`);
    const note = page.locator('.audit-scope-note');
    expect(await note.locator('p').textContent()).toBe(`Viser kun poster, der vedrører borgeren med ID ${citizens[0].id}.`);
    await row(page, 'AuditE2eRead').waitFor();
    expect(await row(page, 'AuditE2eOther').count()).toBe(0);
    await expectAccessible(page);
    await shoot(page, 'citizen');
    await page.getByRole('button', { name: 'Vis poster om alle borgere' }).click();
    await page.waitForURL((url) => !url.searchParams.has('citizen'), { waitUntil: 'commit' });
    await row(page, 'AuditE2eOther').waitFor();
    expect(await note.count()).toBe(0);

    // From an entry's details to "what did this user do".
    const toggle = row(page, 'AuditE2eOther').getByRole('button', { name: /^Vis detaljer/ });
    await toggle.click();
    await page.getByRole('link', { name: 'Vis kun denne brugers poster' }).click();
    await page.waitForURL((url) => url.searchParams.get('user') === caseworker.id, { waitUntil: 'commit' });
    await expect.poll(() => note.locator('p').textContent()).toBe(`Viser kun poster for brugeren ${caseworker.name}.`);
    await expect.poll(async () => new Set(await rows(page).locator('td.audit-user').allTextContents())).toEqual(new Set([`${caseworker.name}Rådgiver`]));
    await context.close();
  });

  it("names a provider's staff member who read one of the authority's citizens, with the provider", async () => {
    type Ids = { citizens: { edges: { node: { id: string } }[] } };
    const staffSees = await api<Ids>('staff@lindely.demo', '{ citizens(first: 100) { edges { node { id } } } }');
    const authorityHas = new Set((await api<Ids>(CASEWORKER, '{ citizens(first: 100) { edges { node { id } } } }')).citizens.edges.map((e) => e.node.id));
    const citizenId = staffSees.citizens.edges.map((e) => e.node.id).find((id) => authorityHas.has(id))!;
    expect(citizenId).toBeDefined();
    await api('staff@lindely.demo', 'query AuditE2eStaffRead($id: ID!) { citizen(id: $id) { id } }', { id: citizenId });
    const { context, page } = await app.loginAs(ADMIN);
    await openLog(page, `?citizen=${encodeURIComponent(citizenId)}&operation=AuditE2eStaffRead`);
    await expect.poll(() => row(page, 'AuditE2eStaffRead').locator('td.audit-user').textContent()).toBe('Camilla KrogsgaardMedarbejder hos leverandør, Bostedet Lindely');
    await context.close();
  });

  it('loads 50 at a time with "Vis flere" and exports the entries loaded as CSV', async () => {
    for (let i = 0; i < 53; i++) await api(CASEWORKER, 'query AuditE2eBulk($id: ID!) { citizen(id: $id) { id } }', { id: citizens[i % 2].id });
    const { context, page } = await app.loginAs(ADMIN);
    await openLog(page, '?operation=AuditE2eBulk');
    expect(await page.locator('#audit-count').textContent()).toBe('53 poster');
    expect(await rows(page).count()).toBe(50);
    expect(await page.locator('.load-more p').textContent()).toBe('Viser 50 af 53');
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => rows(page).count()).toBe(53);
    expect(await page.locator('.load-more p').textContent()).toBe('Viser 53 af 53');
    expect(await page.getByRole('button', { name: 'Vis flere' }).count()).toBe(0);
    const sequences = await rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-sequence'))));
    expect(new Set(sequences).size).toBe(53);
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér CSV: de 53 viste poster' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`logning-${danishToday()}.csv`);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
    const header = lines[0];
    expect(header.slice(0, 3)).toEqual(['Tidspunkt (dansk tid)', 'Bruger', 'Bruger-ID']);
    expect(lines).toHaveLength(54);
    const column = (name: string) => lines.slice(1).map((cells) => cells[header.indexOf(name)]);
    expect(new Set(column('Operation'))).toEqual(new Set(['AuditE2eBulk']));
    expect(new Set(column('Bruger'))).toEqual(new Set([caseworker.name]));
    expect(new Set(column('Udfald'))).toEqual(new Set(['OK']));
    expect(column('Løbenummer').map(Number)).toEqual(sequences);
    expect(column('Læste objekter').filter((cell) => cell === `Citizen ${citizens[0].id}`)).toHaveLength(27);
    await context.close();
  });

  it('never scrolls sideways at 320 px, details open, and passes axe there', async () => {
    const { context, page } = await app.loginAs(ADMIN, { viewport: PHONE });
    await openLog(page, `?user=${encodeURIComponent(caseworker.id)}`);
    await rows(page).first().getByRole('button', { name: /^Vis detaljer/ }).click();
    await page.locator('.audit-details').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await shoot(page, 'phone');
    await context.close();
  });

  it('tells a caseworker in words that only the administrator may read the log', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto('/audit-log');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('.alert-heading').textContent()).toBe('Du har ikke adgang til logningen');
    expect(await alert.textContent()).toContain('Kun organisationens administrator');
    expect(await page.locator('.audit-log-table').count()).toBe(0);
    expect(await page.locator('#audit-count').count()).toBe(0);
    expect(await page.locator('.audit-filters').count()).toBe(0);
    await expectAccessible(page);
    await shoot(page, 'forbidden');
    await context.close();
  });
});
