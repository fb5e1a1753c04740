import { formatDate } from '../../packages/schema/src/domain/danish-time.js';
import type { Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../packages/server/src/db/data-source.js';
import { fromGlobalId } from '../../packages/server/src/graphql/global-id.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { activeContract, CASEWORKER } from './support/follow-up-case.js';
import { expectAccessible, screenshot } from './support/page-checks.js';

/*
 * Anonymisation of a citizen on the citizen page, as the authority's admin: a case closed years ago shows that it
 * may be anonymised, the button stays disabled until ANONYMISER is typed, and afterwards the page says so once, in
 * the focused success message (a later visit, in the status line), and shows the anonymised name; an open case and
 * a recently closed one offer no button; a userError from the API appears at the field; a caseworker never sees the
 * section nor asks for it. At 320 px nothing scrolls sideways.
 * E2E_SCREENSHOTS=<folder> photographs the section at 1280 and 320 px.
 */

const ADMIN = 'admin@hjoerring.demo';
const PHONE = { width: 320, height: 800 };
const ERASED_NAME = 'Anonymiseret borger';

interface Case {
  citizenId: string;
  name: string;
}

const section = (page: Page) => page.locator('section[aria-labelledby="erasure-heading"]');
const stateOf = (page: Page) => section(page).locator('[data-erasure-state]');
/** The text of an element, with the no-break spaces that keep dates on one line read as spaces. */
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replaceAll('\u00a0', ' ');
const eraseButton = (page: Page) => section(page).getByRole('button', { name: 'Anonymisér borgeren' });
const confirmation = (page: Page) => section(page).getByLabel('Bekræft anonymiseringen');
const citizenUrl = (id: string) => `/citizens/${encodeURIComponent(id)}`;

/** The names of the GraphQL operations a page sends. */
function recordOperations(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: Request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') sent.push((request.postDataJSON() as { operationName?: string } | null)?.operationName ?? '');
  });
  return sent;
}

/** Element screenshots of the section (the page is long), with E2E_SCREENSHOTS=<folder>. */
async function photographSection(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'pg' : 'sqlite';
  await section(page).screenshot({ path: `${folder}/${name}-${engine}-${page.viewportSize()?.width}.png` });
}

describe('anonymising a citizen in Chromium', () => {
  let app: E2eApp;
  const api = strictApi(() => app);
  let old: Case;
  let raced: Case;
  let open: Case;
  let recent: Case;

  const newCase = async (): Promise<Case & { contractId: string; goalIds: string[] }> => {
    const contract = await activeContract(api);
    const { contract: read } = await api(CASEWORKER, 'query($id: ID!) { contract(id: $id) { citizen { id name } } }', { id: contract.id });
    return { citizenId: read.citizen.id, name: read.citizen.name, contractId: contract.id, goalIds: contract.goals.map((g) => g.id) };
  };

  /** Ends the contract on `endedOn`; with `since`, everything else about the case happened then too. */
  const closeCase = async (made: Awaited<ReturnType<typeof newCase>>, endedOn: string, since?: string): Promise<Case> => {
    const db = await openDatabase(app.workspace.databaseUrl);
    const row = (globalId: string) => fromGlobalId(globalId)!.id;
    try {
      await db.query(`UPDATE contract SET status = 'ENDED', end_date = '${endedOn}' WHERE id = '${row(made.contractId)}'`);
      if (since) {
        await db.query(`UPDATE contract SET created_at = '${since}', start_date = '${since.slice(0, 10)}' WHERE id = '${row(made.contractId)}'`);
        await db.query(`UPDATE citizen SET created_at = '${since}' WHERE id = '${row(made.citizenId)}'`);
        await db.query(`UPDATE consent SET given_at = '${since}', created_at = '${since}' WHERE citizen_id = '${row(made.citizenId)}'`);
        for (const goalId of made.goalIds) await db.query(`UPDATE measurement SET created_at = '${since}' WHERE goal_id = '${row(goalId)}'`);
      }
    } finally {
      await db.destroy();
    }
    return { citizenId: made.citizenId, name: made.name };
  };

  const statusOf = async (citizenId: string) =>
    (await api(ADMIN, 'query($id: ID!) { citizenErasure(citizenId: $id) { lastActivityOn erasableFrom caseOpen erased erasable } }', { id: citizenId })).citizenErasure;

  beforeAll(async () => {
    app = await startE2eApp();
    old = await closeCase(await newCase(), '2018-06-30', '2017-01-01T09:00:00.000Z');
    raced = await closeCase(await newCase(), '2018-06-30', '2017-01-01T09:00:00.000Z');
    recent = await closeCase(await newCase(), '2026-01-15');
    const made = await newCase();
    open = { citizenId: made.citizenId, name: made.name };
    expect(await statusOf(old.citizenId)).toMatchObject({ lastActivityOn: '2018-06-30', erasable: true });
    expect(await statusOf(recent.citizenId)).toMatchObject({ caseOpen: false, erasable: false });
  }, 180_000);
  afterAll(() => app?.close());

  it('anonymises an old closed case once ANONYMISER is typed, then says so and shows the anonymised name', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto(citizenUrl(old.citizenId));
    await page.locator('h1', { hasText: old.name }).waitFor();
    await section(page).getByRole('heading', { level: 2, name: 'Anonymisering' }).waitFor();
    expect(await section(page).locator('.erasure-lead').textContent()).toMatch(/navn, CPR-nummer, kontaktoplysninger og alle fritekster.*kan ikke fortrydes og bliver logget/);
    await stateOf(page).waitFor();
    expect(await stateOf(page).getAttribute('data-erasure-state')).toBe('erasable');
    expect(await textOf(stateOf(page))).toBe('Sagen er afsluttet og var sidst aktiv 30. jun. 2018. Opbevaringsperioden er udløbet, så borgeren kan anonymiseres nu.');

    // The button stays disabled until the word is typed exactly.
    expect(await eraseButton(page).isDisabled()).toBe(true);
    await confirmation(page).fill('anonymiser');
    expect(await eraseButton(page).isDisabled()).toBe(true);
    await confirmation(page).fill('ANONYMISER');
    expect(await eraseButton(page).isDisabled()).toBe(false);
    await expectAccessible(page);
    await photographSection(page, 'citizen-erasure-confirm');
    await screenshot(page, 'citizen-erasure-page', 8);

    // Whether the status line "anonymised" ever appears beside the success message, even for a moment.
    await page.evaluate(() => {
      const flags = window as unknown as { erasedLineSeen?: boolean };
      new MutationObserver(() => {
        if (document.querySelector('[data-erasure-state="erased"]')) flags.erasedLineSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await eraseButton(page).click();
    const message = section(page).locator('.alert-success');
    await message.waitFor();
    expect(await message.textContent()).toBe('Borgeren er anonymiseret. Navn, CPR-nummer, kontaktoplysninger og fritekster er overskrevet.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('alert-success'))).toBe(true);
    await page.locator('h1', { hasText: ERASED_NAME }).waitFor();
    // The message says it once: no status line repeats it.
    expect(await stateOf(page).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { erasedLineSeen?: boolean }).erasedLineSeen ?? false)).toBe(false);
    expect((await section(page).textContent())?.match(/anonymiseret/g)).toHaveLength(1);
    expect(await eraseButton(page).count()).toBe(0);
    expect(await page.getByText(old.name).count()).toBe(0);
    expect(await statusOf(old.citizenId)).toMatchObject({ erased: true, erasable: false });
    await expectAccessible(page);
    await photographSection(page, 'citizen-erasure-done');

    // Back on the page later, the status line says it, and no message.
    await page.reload();
    await page.locator('h1', { hasText: ERASED_NAME }).waitFor();
    await stateOf(page).waitFor();
    expect(await stateOf(page).getAttribute('data-erasure-state')).toBe('erased');
    expect(await stateOf(page).textContent()).toBe('Borgerens oplysninger er anonymiseret.');
    expect(await section(page).locator('.alert-success').count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('shows a userError from the API at the field: the citizen was anonymised meanwhile', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto(citizenUrl(raced.citizenId));
    await eraseButton(page).waitFor();
    const erasedMeanwhile = await api(ADMIN, 'mutation($i: EraseCitizenInput!) { eraseCitizen(input: $i) { userErrors { code } } }', { i: { citizenId: raced.citizenId, confirmation: 'ANONYMISER' } });
    expect(erasedMeanwhile.eraseCitizen.userErrors).toEqual([]);
    await confirmation(page).fill('ANONYMISER');
    await eraseButton(page).click();
    const error = section(page).locator('#erasure-confirmation-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Fejl: Borgerens data er allerede anonymiseret.');
    expect(await confirmation(page).getAttribute('aria-invalid')).toBe('true');
    expect(await confirmation(page).getAttribute('aria-describedby')).toContain('erasure-confirmation-error');
    expect(await section(page).locator('.alert-success').count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('offers no button for an open case, nor for a recently closed one before its date', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto(citizenUrl(open.citizenId));
    await stateOf(page).waitFor();
    expect(await stateOf(page).getAttribute('data-erasure-state')).toBe('open');
    expect(await stateOf(page).textContent()).toMatch(/^Sagen er ikke afsluttet/);
    expect(await eraseButton(page).count()).toBe(0);
    expect(await confirmation(page).count()).toBe(0);
    await expectAccessible(page);
    await photographSection(page, 'citizen-erasure-open');

    const { erasableFrom, lastActivityOn } = await statusOf(recent.citizenId);
    await page.goto(citizenUrl(recent.citizenId));
    await page.locator('h1', { hasText: recent.name }).waitFor();
    await stateOf(page).waitFor();
    expect(await stateOf(page).getAttribute('data-erasure-state')).toBe('waiting');
    expect(await textOf(stateOf(page))).toBe(
      `Sagen er afsluttet og var sidst aktiv ${formatDate(lastActivityOn, 'da')}. Opbevaringsperioden er ikke udløbet: borgeren kan anonymiseres fra ${formatDate(erasableFrom, 'da')}.`,
    );
    expect(await eraseButton(page).count()).toBe(0);
    await context.close();
  });

  it('never shows the section to a caseworker, nor asks the API for it', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    const sent = recordOperations(page);
    await page.goto(citizenUrl(open.citizenId));
    await page.locator('h1', { hasText: open.name }).waitFor();
    await page.locator('#insight-heading').waitFor();
    await page.waitForLoadState('networkidle');
    expect(sent).toContain('CitizenPage');
    expect(sent).not.toContain('CitizenErasureStatus');
    expect(await section(page).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Anonymisering' }).count()).toBe(0);
    await context.close();
  });

  it('fits 320 px without scrolling sideways, in Danish and English', async () => {
    const { context, page } = await app.loginAs(ADMIN, { viewport: PHONE });
    await page.goto(citizenUrl(recent.citizenId));
    await stateOf(page).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await photographSection(page, 'citizen-erasure-waiting');

    const fresh = await closeCase(await newCase(), '2018-06-30', '2017-01-01T09:00:00.000Z');
    await page.goto(citizenUrl(fresh.citizenId));
    await confirmation(page).fill('ANONYMISER');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const button = await eraseButton(page).boundingBox();
    expect(button!.x + button!.width).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await photographSection(page, 'citizen-erasure-confirm');

    await page.getByRole('button', { name: 'English' }).click();
    await section(page).getByRole('heading', { level: 2, name: 'Anonymisation' }).waitFor();
    expect(await section(page).getByRole('button', { name: 'Anonymise the citizen' }).isDisabled()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await photographSection(page, 'citizen-erasure-english');
    await context.close();
  });
});
