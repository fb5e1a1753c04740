import { readFileSync } from 'node:fs';
import type { Download, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoToken } from '../../packages/server/src/ops/bench/server-process.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { expectAccessible, screenshot } from './support/page-checks.js';

/*
 * The citizen's right of access (GDPR art. 15) on the citizen page: the caseworker reads a citizen through the API
 * (one read with a stated purpose, more to fill two pages), then finds those reads in the page's access log, fetched
 * only when opened, 20 at a time; downloads the log as CSV and JSON and all the citizen's data, with busy buttons and
 * a failed download shown in words. Provider staff never see the section nor send its queries. At 320 px nothing
 * scrolls sideways. E2E_SCREENSHOTS=<folder> photographs the page.
 */

const CASEWORKER = 'caseworker@hjoerring.demo';
const ADMIN = 'admin@hjoerring.demo';
const STAFF = 'staff@lindely.demo';
const PHONE = { width: 320, height: 800 };
const STATED_PURPOSE = 'opfølgning på handleplan';
const INSIGHT_PURPOSE = 'besvarelse af indsigtsanmodning';
const BULK_READS = 24;

/** Today in Denmark as YYYY-MM-DD. */
const danishToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** A CPR number no demo citizen has (7th digit 3; the demo data uses 4 or 9). */
const freshCpr = () => `1${Math.floor(Math.random() * 9) + 1}0${Math.floor(Math.random() * 9) + 1}85-3${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;

/** The GraphQL requests a page sends, by operation name, with their purpose header. */
function recordOperations(page: Page): { name: string; purpose: string | undefined }[] {
  const sent: { name: string; purpose: string | undefined }[] = [];
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
    sent.push({ name: body?.operationName ?? body?.query ?? '', purpose: request.headers()['x-treklang-purpose'] });
  });
  return sent;
}

const section = (page: Page) => page.locator('section[aria-labelledby="insight-heading"]');
const logRows = (page: Page) => section(page).locator('.insight-table tbody tr');
const citizenUrl = (id: string) => `/citizens/${encodeURIComponent(id)}`;

async function readDownload(page: Page, button: string): Promise<{ name: string; text: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe("the citizen's right of access in Chromium", () => {
  let app: E2eApp;
  const api = strictApi(() => app);
  let citizen: { id: string; name: string; cpr: string };
  let authorityName: string;

  /** A read of the citizen as the caseworker, with the purpose stated in the header the way a client states it. */
  const readWithPurpose = async (operation: string, purpose: string) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await demoToken(app.workspace, CASEWORKER)}`, 'x-treklang-purpose': encodeURIComponent(purpose) },
      body: JSON.stringify({ query: `query ${operation}($id: ID!) { citizen(id: $id) { id name } }`, variables: { id: citizen.id } }),
    });
    const body = (await response.json()) as { data?: { citizen: { name: string } | null }; errors?: unknown[] };
    expect(body.errors ?? []).toEqual([]);
    expect(body.data?.citizen?.name).toBe(citizen.name);
  };

  beforeAll(async () => {
    app = await startE2eApp();
    const name = `Ingrid Indsigt ${Math.floor(Math.random() * 1e6)}`;
    const cpr = freshCpr();
    const created = await api(CASEWORKER, 'mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { citizen { id } userErrors { message } } }', { input: { name, cpr } });
    expect(created.createCitizen.userErrors).toEqual([]);
    citizen = { id: created.createCitizen.citizen.id, name, cpr };
    authorityName = (await api(CASEWORKER, '{ viewer { organization { name } } }')).viewer.organization.name;
    for (let i = 0; i < BULK_READS; i++) await api(CASEWORKER, 'query InsightE2eBulk($id: ID!) { citizen(id: $id) { id } }', { id: citizen.id });
    await readWithPurpose('InsightE2eRead', STATED_PURPOSE);
  }, 180_000);
  afterAll(() => app?.close());

  it('shows who has read the citizen, fetched only when opened, 20 at a time', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    const sent = recordOperations(page);
    await page.goto(citizenUrl(citizen.id));
    await page.locator('h1', { hasText: citizen.name }).waitFor();
    await section(page).getByRole('heading', { level: 2, name: 'Borgerens indsigt (GDPR)' }).waitFor();
    expect(await section(page).getByRole('heading', { level: 3, name: 'Hvem har set borgerens oplysninger' }).count()).toBe(1);
    // Closed, the log is neither shown nor asked for.
    expect(await section(page).locator('.insight-table').count()).toBe(0);
    expect(sent.map((s) => s.name)).toContain('CitizenPage');
    expect(sent.map((s) => s.name)).not.toContain('CitizenInsightLog');

    await section(page).getByText('Vis log', { exact: true }).click();
    await logRows(page).first().waitFor();
    const logRequests = sent.filter((s) => s.name === 'CitizenInsightLog');
    expect(logRequests).toHaveLength(1);
    expect(logRequests[0].purpose).toBe(encodeURIComponent(INSIGHT_PURPOSE));
    expect(await section(page).locator('summary').textContent()).toBe('Skjul log');
    expect(await section(page).locator('.insight-table caption').textContent()).toBe('Adgange til borgerens oplysninger, nyeste først');
    expect(await section(page).locator('.insight-table thead th').allTextContents()).toEqual(['Tidspunkt', 'Hvem', 'Handling', 'Oplysninger', 'Formål', 'Operation']);

    // The read with a stated purpose, in words.
    const known = section(page).locator('tr[data-operation="InsightE2eRead"]');
    expect(await known.count()).toBe(1);
    expect(await known.locator('.insight-who').textContent()).toBe(`${authorityName}, Rådgiver`);
    expect(await known.locator('.insight-action').textContent()).toBe('Læst');
    expect(await known.locator('.insight-purpose').textContent()).toBe(STATED_PURPOSE);
    expect(await known.locator('.insight-kinds').textContent()).toBe('Stamoplysninger');
    expect(await known.locator('.insight-operation').textContent()).toBe('InsightE2eRead');
    expect(await known.locator('.insight-time').textContent()).toMatch(/^\d{1,2}\. [a-zæøå]+\.? \d{4} kl\. \d{2}\.\d{2}$/);
    const bulk = section(page).locator('tr[data-operation="InsightE2eBulk"]').first();
    expect(await bulk.locator('.insight-purpose').textContent()).toBe('sagsbehandling');

    // 20 of all (the creation, the reads above and the page's own reads), newest first; "Vis flere" adds the rest.
    const countText = (await section(page).locator('.insight-count').textContent()) ?? '';
    const total = Number(countText.match(/^(\d+) registrerede adgange$/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(BULK_READS + 2);
    expect(total).toBeLessThanOrEqual(40);
    expect(await logRows(page).count()).toBe(20);
    expect(await section(page).locator('.load-more p').textContent()).toBe(`Viser 20 af ${total}`);
    expect(await section(page).locator('tr[data-operation="createCitizen"]').count()).toBe(0);
    await section(page).getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => logRows(page).count()).toBe(total);
    expect(await section(page).locator('.load-more p').textContent()).toBe(`Viser ${total} af ${total}`);
    expect(await section(page).getByRole('button', { name: 'Vis flere' }).count()).toBe(0);
    expect(await section(page).locator('tr[data-operation="InsightE2eBulk"]').count()).toBe(BULK_READS);
    const created = section(page).locator('tr[data-operation="createCitizen"]');
    expect(await created.locator('.insight-action').textContent()).toBe('Oprettet eller ændret');
    const times = await logRows(page).locator('time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
    expect(times).toEqual([...times].sort().reverse());
    expect(await logRows(page).last().getAttribute('data-operation')).toBe('createCitizen');

    await expectAccessible(page);
    await screenshot(page, 'citizen-insight-log');
    // Closing and opening again shows the same rows without reading the log anew (one read, one more page).
    expect(sent.filter((s) => s.name === 'CitizenInsightLog')).toHaveLength(2);
    await section(page).locator('summary').click();
    await expect.poll(() => section(page).locator('summary').textContent()).toBe('Vis log');
    await section(page).locator('summary').click();
    await expect.poll(() => section(page).locator('summary').textContent()).toBe('Skjul log');
    expect(await logRows(page).count()).toBe(total);
    expect(sent.filter((s) => s.name === 'CitizenInsightLog')).toHaveLength(2);
    await context.close();
  });

  it('downloads the log as CSV and JSON and all the citizen\'s data, each named by the API', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    const sent = recordOperations(page);
    await page.goto(citizenUrl(citizen.id));
    await section(page).waitFor();

    const csv = await readDownload(page, 'Hent log som CSV');
    expect(csv.name).toMatch(new RegExp(`^adgangslog-[\\w-]+-${danishToday()}\\.csv$`));
    // Saved byte for byte as the API sends it: what Danish spreadsheets open (byte-order mark, semicolons).
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const lines = csv.text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('tidspunkt (dansk tid);handling;organisation;rolle;operation;formål;søgekriterier;datatyper');
    const knownLine = lines.find((line) => line.includes(';InsightE2eRead;'));
    expect(knownLine).toContain(`;Læst;${authorityName};Rådgiver;InsightE2eRead;${STATED_PURPOSE};`);
    expect(lines.filter((line) => line.includes(';InsightE2eBulk;'))).toHaveLength(BULK_READS);
    expect(await section(page).locator('.insight-status').textContent()).toBe(`Filen ${csv.name} er hentet.`);

    const json = await readDownload(page, 'Hent log som JSON');
    expect(json.name).toMatch(new RegExp(`^adgangslog-[\\w-]+-${danishToday()}\\.json$`));
    const log = JSON.parse(json.text) as { format: string; entries: { operation: string | null; purpose: string | null; action: string; organizationName: string; userRole: string }[] };
    expect(log.format).toBe('treklang-citizen-access-log');
    expect(log.entries.find((e) => e.operation === 'InsightE2eRead')).toMatchObject({ action: 'READ', organizationName: authorityName, userRole: 'CASEWORKER', purpose: STATED_PURPOSE });
    // The CSV download is itself in the log, with the purpose the section states.
    expect(log.entries.find((e) => e.operation === 'CitizenInsightLogExport')?.purpose).toBe(INSIGHT_PURPOSE);

    const data = await readDownload(page, 'Hent alle borgerens oplysninger (JSON)');
    expect(data.name).toMatch(new RegExp(`^borgerdata-[\\w-]+-${danishToday()}\\.json$`));
    const exported = JSON.parse(data.text) as { format: string; citizen: { name: string; cpr: string } };
    expect(exported.format).toBe('treklang-citizen-export');
    expect(exported.citizen.name).toBe(citizen.name);
    expect(exported.citizen.cpr.replace('-', '')).toBe(citizen.cpr.replace('-', ''));

    const names = sent.map((s) => s.name);
    expect(names.filter((n) => n === 'CitizenInsightLogExport')).toHaveLength(2);
    expect(names.filter((n) => n === 'CitizenInsightDataExport')).toHaveLength(1);
    // Downloading does not open or read the log.
    expect(names).not.toContain('CitizenInsightLog');
    await context.close();
  });

  it('keeps a button busy while its download runs and says so in words when it fails, then succeeds on retry', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(citizenUrl(citizen.id));
    await section(page).waitFor();
    const button = page.getByRole('button', { name: 'Hent alle borgerens oplysninger (JSON)', exact: true });

    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName === 'CitizenInsightDataExport') await held;
      await route.continue();
    });
    const download = page.waitForEvent('download');
    await button.click();
    await expect.poll(() => button.isDisabled()).toBe(true);
    expect(await button.getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('button', { name: 'Hent log som CSV', exact: true }).isDisabled()).toBe(false);
    expect(await section(page).locator('.insight-status').textContent()).toBe('Hent alle borgerens oplysninger (JSON): henter …');
    release();
    await download;
    await expect.poll(() => button.isDisabled()).toBe(false);
    expect(await button.getAttribute('aria-busy')).toBe('false');
    await page.unrouteAll();

    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'CitizenInsightLogExport') return route.continue();
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data: null, errors: [{ message: 'Databasen svarer ikke.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
    });
    await page.getByRole('button', { name: 'Hent log som JSON', exact: true }).click();
    const alert = section(page).locator('[data-download-error="logJson"] [role="alert"]');
    await alert.waitFor();
    expect(await alert.locator('.alert-text').textContent()).toBe('Hent log som JSON mislykkedes: Databasen svarer ikke.');
    expect(await page.getByRole('button', { name: 'Hent log som JSON', exact: true }).isDisabled()).toBe(false);
    await expectAccessible(page);
    await screenshot(page, 'citizen-insight-error');

    // No answer at all (connection lost): the same words as every other failed request, not the browser's.
    await page.unrouteAll();
    await page.route('**/graphql', (route) => (route.request().postDataJSON()?.operationName === 'CitizenInsightLogExport' ? route.abort('connectionrefused') : route.continue()));
    await page.getByRole('button', { name: 'Hent log som JSON', exact: true }).click();
    await expect
      .poll(() => alert.locator('.alert-text').textContent())
      .toBe('Hent log som JSON mislykkedes: Der kunne ikke skabes forbindelse til serveren. Prøv igen om lidt.');

    await page.unrouteAll();
    const retry = await readDownload(page, 'Hent log som JSON');
    expect(retry.name).toMatch(/^adgangslog-.*\.json$/);
    expect(await section(page).locator('[data-download-error]').count()).toBe(0);
    await context.close();
  });

  it('shows the section to the authority admin, and never to provider staff', async () => {
    const admin = await app.loginAs(ADMIN);
    await admin.page.goto(citizenUrl(citizen.id));
    await section(admin.page).getByRole('heading', { name: 'Borgerens indsigt (GDPR)' }).waitFor();
    await admin.context.close();

    type Ids = { citizens: { edges: { node: { id: string; name: string } }[] } };
    const staffSees = await api<Ids>(STAFF, '{ citizens(first: 100) { edges { node { id name } } } }');
    const seen = staffSees.citizens.edges.map((e) => e.node).find((node) => node.name);
    expect(seen).toBeDefined();
    const { context, page } = await app.loginAs(STAFF);
    const sent = recordOperations(page);
    await page.goto(citizenUrl(seen!.id));
    await page.locator('h1', { hasText: seen!.name }).waitFor();
    await page.locator('#consents-heading').waitFor();
    await page.waitForLoadState('networkidle');
    expect(sent.map((s) => s.name)).toContain('CitizenPage');
    expect(await section(page).count()).toBe(0);
    expect(await page.getByText('Borgerens indsigt (GDPR)').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Hent log som CSV' }).count()).toBe(0);
    expect(sent.map((s) => s.name).filter((n) => n.startsWith('CitizenInsight'))).toEqual([]);
    await context.close();
  });

  it('never scrolls sideways at 320 px, with the log open, in Danish and English', async () => {
    const { context, page } = await app.loginAs(CASEWORKER, { viewport: PHONE });
    await page.goto(citizenUrl(citizen.id));
    await section(page).waitFor();
    await section(page).getByText('Vis log', { exact: true }).click();
    await logRows(page).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const buttons = await section(page).locator('.insight-downloads button').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().right));
    expect(buttons).toHaveLength(3);
    for (const right of buttons) expect(right).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await screenshot(page, 'citizen-insight-phone');

    // In English too: the texts are longer, the page still fits.
    await page.getByRole('button', { name: 'English' }).click();
    await section(page).getByRole('heading', { level: 2, name: "The citizen's right of access (GDPR)" }).waitFor();
    await logRows(page).first().waitFor();
    expect(await section(page).locator('.insight-table thead th').allTextContents()).toEqual(['Time', 'Who', 'Action', 'Data', 'Purpose', 'Operation']);
    expect(await logRows(page).first().locator('.insight-who').textContent()).toBe(`${authorityName}, Caseworker`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await context.close();
  });
});
