import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../packages/server/src/db/data-source.js';
import { fromGlobalId } from '../../packages/server/src/graphql/global-id.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { activeContract, CASEWORKER } from './support/follow-up-case.js';
import { expectAccessible, screenshot } from './support/page-checks.js';

/*
 * The administrator's list of citizens due for anonymisation: reached from the menu, it lists the authority's closed
 * cases past the retention period (not an open case, a recently closed one or one measured today), each linking to
 * the citizen page where the anonymisation is done; 50 at a time with "Vis flere"; exported as CSV; empty once all
 * are anonymised.
 * A caseworker neither sees the menu item nor the list. At 320 px nothing scrolls sideways, in Danish and English.
 * E2E_SCREENSHOTS=<folder> photographs the page at 1280 and 320 px.
 */

const ADMIN = 'admin@hjoerring.demo';
const PHONE = { width: 320, height: 800 };
const BULK = 51;
const LONG_AGO = '2017-01-01T09:00:00.000Z';

interface Case {
  citizenId: string;
  name: string;
}

/** A page of `citizensDueForErasure`, as `dueIds` asks for it. */
interface DuePage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { citizen: { id: string } } }[];
}

const table = (page: Page) => page.locator('.data-table table');
const rows = (page: Page) => table(page).locator('tbody tr');
const rowOf = (page: Page, name: string) => rows(page).filter({ has: page.getByRole('link', { name, exact: true }) });
const cellsOf = async (page: Page, name: string) => (await rowOf(page, name).locator('td').allTextContents()).map((text) => text.replaceAll('\u00a0', ' '));

describe('the list of citizens due for anonymisation in Chromium', () => {
  let app: E2eApp;
  const api = strictApi(() => app);
  let old: Case;
  let older: Case;
  let open: Case;
  let recent: Case;
  let measuredToday: Case;

  const sql = async (...statements: string[]) => {
    const db = await openDatabase(app.workspace.databaseUrl);
    try {
      for (const statement of statements) await db.query(statement);
    } finally {
      await db.destroy();
    }
  };
  const row = (globalId: string) => fromGlobalId(globalId)!.id;

  /** An active case; with `endedOn`, its contract ended then, and with `since` everything else happened then. */
  const newCase = async (endedOn?: string, since?: string): Promise<Case> => {
    const contract = await activeContract(api);
    const { contract: read } = await api(CASEWORKER, 'query($id: ID!) { contract(id: $id) { citizen { id name } goals { id } } }', { id: contract.id });
    const citizen = row(read.citizen.id);
    if (endedOn) await sql(`UPDATE contract SET status = 'ENDED', end_date = '${endedOn}' WHERE id = '${row(contract.id)}'`);
    if (since) {
      await sql(
        `UPDATE contract SET created_at = '${since}', start_date = '${since.slice(0, 10)}' WHERE id = '${row(contract.id)}'`,
        `UPDATE citizen SET created_at = '${since}' WHERE id = '${citizen}'`,
        `UPDATE consent SET given_at = '${since}', created_at = '${since}' WHERE citizen_id = '${citizen}'`,
        ...read.goals.map((goal: { id: string }) => `UPDATE measurement SET created_at = '${since}' WHERE goal_id = '${row(goal.id)}'`),
      );
    }
    return { citizenId: read.citizen.id, name: read.citizen.name };
  };

  const dueIds = async (): Promise<string[]> => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      // Annotated: `after` flows from `page` into the next request, which tsc cannot infer around (TS7022).
      const { citizensDueForErasure: page }: { citizensDueForErasure: DuePage } = await api(ADMIN, 'query($after: String) { citizensDueForErasure(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { citizen { id } } } } }', { after });
      ids.push(...page.edges.map((edge) => edge.node.citizen.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return ids;
  };

  /** Element screenshots of the page's content at the page's width, with E2E_SCREENSHOTS=<folder>. */
  const photograph = async (page: Page, name: string) => {
    const folder = process.env.E2E_SCREENSHOTS;
    if (!folder) return;
    const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'pg' : 'sqlite';
    // A phone is photographed as its screen shows the page (a full 320 px page is too long to read).
    await page.screenshot({ path: `${folder}/${name}-${engine}-${page.viewportSize()?.width}.png`, fullPage: (page.viewportSize()?.width ?? 0) > PHONE.width });
  };

  beforeAll(async () => {
    app = await startE2eApp();
    old = await newCase('2018-06-30', LONG_AGO);
    older = await newCase('2017-11-30', LONG_AGO);
    open = await newCase(undefined, LONG_AGO);
    recent = await newCase('2026-01-15');
    // Closed long ago but measured today: only the shared erasure rule, not the server's SQL pre-filter, sees that.
    measuredToday = await newCase('2018-06-30', LONG_AGO);
    await sql(`UPDATE measurement SET created_at = '${new Date().toISOString()}' WHERE goal_id IN (SELECT id FROM goal WHERE contract_id IN (SELECT id FROM contract WHERE citizen_id = '${row(measuredToday.citizenId)}'))`);
    // Citizens without a case, created long ago (after the two old cases, so those come first in the list).
    for (let i = 0; i < BULK; i += 1) {
      const cpr = `${String(1 + (i % 28)).padStart(2, '0')}0376-3${String(100 + i).padStart(3, '0')}`;
      await api(CASEWORKER, 'mutation($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } } }', { i: { name: `Gammel Borger ${String(i).padStart(2, '0')}`, cpr } });
    }
    await sql(`UPDATE citizen SET created_at = '2018-02-01T09:00:00.000Z' WHERE name LIKE 'Gammel Borger %'`);
  }, 180_000);
  afterAll(() => app?.close());

  it('lists the closed cases past the retention period from the menu, with their dates, and no open or recent case', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await page.locator('nav.app-nav').getByRole('link', { name: 'Anonymisering' }).click();
    await page.locator('h1', { hasText: 'Anonymisering' }).waitFor();
    expect(await page.locator('main p').first().textContent()).toMatch(/sag er afsluttet.*opbevaringsperiode/);
    await table(page).waitFor();
    expect(await table(page).locator('caption').textContent()).toBe('Borgere, der kan anonymiseres');
    expect(await table(page).locator('thead th').allTextContents()).toEqual(['Borger', 'Sidst aktiv', 'Kan anonymiseres fra']);
    expect(await cellsOf(page, old.name)).toEqual([old.name, '30. jun. 2018', '30. jun. 2023']);
    expect(await cellsOf(page, older.name)).toEqual([older.name, '30. nov. 2017', '30. nov. 2022']);
    for (const notDue of [open, recent, measuredToday]) {
      expect(await rowOf(page, notDue.name).count(), notDue.name).toBe(0);
      expect(await page.getByText(notDue.name).count(), notDue.name).toBe(0);
    }
    await expectAccessible(page);
    await screenshot(page, 'anonymisation-page', 3);
    await photograph(page, 'anonymisation-page');
    await context.close();
  });

  it('shows 50 at a time and the rest with "Vis flere", oldest citizen first', async () => {
    const total = (await dueIds()).length;
    expect(total).toBeGreaterThan(50);
    const { context, page } = await app.loginAs(ADMIN);
    // The count goes through every candidate and comes in its own request: the list must not wait for it.
    let releaseCount = () => {};
    const countHeld = new Promise<void>((resolve) => (releaseCount = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('CitizensDueForErasureCount')) await countHeld;
      await route.continue();
    });
    await page.goto('/anonymisation');
    await table(page).waitFor();
    expect(await rows(page).count()).toBe(50);
    expect(await page.locator('.load-more p').textContent()).toBe('Viser 50');
    releaseCount();
    await expect.poll(() => page.locator('.load-more p').textContent()).toBe(`Viser 50 af ${total}`);
    const firstTwo = await rows(page).locator('td:first-child').allTextContents();
    expect(firstTwo.slice(0, 2)).toEqual(expect.arrayContaining([old.name, older.name]));
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => rows(page).count()).toBe(total);
    await expect.poll(() => page.locator('.load-more p').textContent()).toBe(`Viser ${total} af ${total}`);
    expect(await page.getByRole('button', { name: 'Vis flere' }).count()).toBe(0);
    const names = await rows(page).locator('td:first-child').allTextContents();
    expect(new Set(names).size).toBe(total);
    expect(names.filter((name) => name.startsWith('Gammel Borger '))).toHaveLength(BULK);
    await expectAccessible(page);
    await context.close();
  });

  it('exports the rows shown as CSV', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto('/anonymisation');
    await table(page).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér CSV: Borgere, der kan anonymiseres' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('borgere-til-anonymisering.csv');
    const lines = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Borger;Sidst aktiv;Kan anonymiseres fra');
    expect(lines).toContain(`${old.name};2018-06-30;2023-06-30`);
    expect(lines).toHaveLength(51);
    await context.close();
  });

  it("opens the citizen's page from the list, where the citizen can be anonymised, and the list no longer names them after", async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto('/anonymisation');
    await rowOf(page, older.name).getByRole('link').click();
    await page.waitForURL((url) => url.pathname === `/citizens/${encodeURIComponent(older.citizenId)}` || url.pathname === `/citizens/${older.citizenId}`);
    await page.locator('h1', { hasText: older.name }).waitFor();
    const state = page.locator('section[aria-labelledby="erasure-heading"] [data-erasure-state]');
    await state.waitFor();
    expect(await state.getAttribute('data-erasure-state')).toBe('erasable');
    const erased = await api(ADMIN, 'mutation($i: EraseCitizenInput!) { eraseCitizen(input: $i) { userErrors { code } } }', { i: { citizenId: older.citizenId, confirmation: 'ANONYMISER' } });
    expect(erased.eraseCitizen.userErrors).toEqual([]);
    await page.locator('nav.app-nav').getByRole('link', { name: 'Anonymisering' }).click();
    await rowOf(page, old.name).waitFor();
    // The list shown from the cache is refreshed from the server at once.
    await expect.poll(() => rowOf(page, older.name).count()).toBe(0);
    expect(await page.getByText('Anonymiseret borger').count()).toBe(0);
    await context.close();
  });

  it('fits 320 px without scrolling sideways, in Danish and English', async () => {
    const { context, page } = await app.loginAs(ADMIN, { viewport: PHONE });
    await page.goto('/anonymisation');
    await table(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await photograph(page, 'anonymisation-page');

    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('h1', { hasText: 'Anonymisation' }).waitFor();
    expect(await table(page).locator('caption').textContent()).toBe('Citizens who can be anonymised');
    expect(await table(page).locator('thead th').allTextContents()).toEqual(['Citizen', 'Last active', 'Can be anonymised from']);
    expect((await cellsOf(page, old.name)).slice(1)).toEqual(['30 Jun 2018', '30 Jun 2023']);
    expect(await page.locator('.load-more button').textContent()).toBe('Show more');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await photograph(page, 'anonymisation-english');
    await context.close();
  });

  it('refuses a caseworker: no menu item, and the page says why', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    expect(await page.locator('nav.app-nav').textContent()).not.toContain('Anonymisering');
    await page.goto('/anonymisation');
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Kun en administrator i en kommune kan se, hvilke af kommunens borgere der skal anonymiseres.');
    expect(await page.locator('h1').textContent()).toBe('Anonymisering');
    expect(await table(page).count()).toBe(0);
    expect(await page.getByText(old.name).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('says so when no citizen is due, once every listed citizen is anonymised', async () => {
    for (const citizenId of await dueIds()) {
      const erased = await api(ADMIN, 'mutation($i: EraseCitizenInput!) { eraseCitizen(input: $i) { userErrors { code } } }', { i: { citizenId, confirmation: 'ANONYMISER' } });
      expect(erased.eraseCitizen.userErrors).toEqual([]);
    }
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto('/anonymisation');
    const empty = page.locator('[data-anonymisation-empty]');
    await empty.waitFor();
    expect(await empty.textContent()).toBe('Ingen borgere skal anonymiseres lige nu: ingen afsluttede sager har passeret opbevaringsperioden.');
    expect(await table(page).count()).toBe(0);
    await expectAccessible(page);
    await photograph(page, 'anonymisation-empty');
    await context.close();
  });
});
