import type { Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { expectAccessible } from './support/page-checks.js';

/*
 * "Vis flere" when the next page does not come: the request for a second page (a non-null `after`) fails at the
 * network level on the citizen list and the audit log. The rows already shown stay, a localized error is shown next
 * to the button (in English too), nothing is thrown into the page, and the button tries again. A page asked for
 * before the search changed is never appended to the new search's list, and a double click asks for one page.
 */

const CASEWORKER = 'caseworker@hjoerring.demo';
const ADMIN = 'admin@hjoerring.demo';
const NETWORK_DA = 'Kunne ikke hente flere. Der kunne ikke skabes forbindelse til serveren. Prøv igen om lidt.';
const NETWORK_EN = 'Could not load more. The server could not be reached. Please try again in a moment.';

let cprSerial = 0;
/** A CPR number no demo citizen has (7th digit 3; the demo data uses 4 or 9). */
const freshCpr = () => `${String(1 + (cprSerial % 28)).padStart(2, '0')}0${1 + Math.floor(cprSerial++ / 28)}73-3${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;

/** A GraphQL request for a page after the first one (fetchMore sends the cursor as `after`). */
function isNextPage(request: Request): boolean {
  if (request.method() !== 'POST') return false;
  const body: unknown = request.postDataJSON();
  if (typeof body !== 'object' || body === null || !('variables' in body)) return false;
  const variables = body.variables;
  return typeof variables === 'object' && variables !== null && 'after' in variables && variables.after != null;
}

/** From now on every next-page request fails at the network level; returns the undo. */
async function failNextPages(page: Page): Promise<() => Promise<void>> {
  const handler = (route: Route) => (isNextPage(route.request()) ? route.abort('failed') : route.fallback());
  await page.route('**/graphql', handler);
  return () => page.unroute('**/graphql', handler);
}

/** Uncaught errors and unhandled rejections in the page, from now on. */
function watchUncaught(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Uncaught')) seen.push(`console: ${message.text()}`);
  });
  return seen;
}

const citizenRows = (page: Page) => page.locator('.data-table tbody tr');
const citizenNames = (page: Page) => page.locator('.data-table tbody tr td:first-child').allTextContents();
const shownText = (page: Page) => page.locator('.load-more p').textContent();
const moreButton = (page: Page) => page.getByRole('button', { name: 'Vis flere' });
const loadMoreAlerts = (page: Page) => page.locator('.load-more').getByRole('alert').allTextContents();

describe('"Vis flere" when the next page fails or comes too late, in Chromium', () => {
  let app: E2eApp;
  const api = strictApi(() => app);
  const createCitizens = async (name: string, count: number) => {
    for (let i = 1; i <= count; i++) {
      const data = await api(CASEWORKER, 'mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { userErrors { message } } }', {
        input: { name: `${name} ${String(i).padStart(2, '0')}`, cpr: freshCpr() },
      });
      expect(data.createCitizen.userErrors).toEqual([]);
    }
  };
  const searchCitizens = async (page: Page, text: string) => {
    await page.getByLabel('Søg på navn eller CPR-nummer').fill(text);
    await page.getByLabel('Søg på navn eller CPR-nummer').press('Enter');
    await expect.poll(() => page.locator('.data-table caption').textContent()).toBe(`Borgere, der matcher "${text}"`);
  };

  beforeAll(async () => {
    app = await startE2eApp();
    await createCitizens('Sidefejl Borgesen', 21);
    await createCitizens('Forsinket Pagesen', 21);
  }, 120_000);
  afterAll(() => app?.close());

  it('keeps the citizens shown and says so when the next page fails, then loads it on the next try', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    const uncaught = watchUncaught(page);
    await page.goto('/citizens?q=Sidefejl');
    await page.locator('.load-more').waitFor();
    expect(await shownText(page)).toBe('Viser 20 af 21');

    const restore = await failNextPages(page);
    const failed = page.waitForEvent('requestfailed', (request) => isNextPage(request));
    await moreButton(page).click();
    await failed;
    await expect.poll(() => loadMoreAlerts(page), { timeout: 5_000 }).toEqual([NETWORK_DA]);
    expect(await page.locator('.load-more').getByRole('alert').isVisible()).toBe(true);
    // Said once, beside the button: the failed page does not also become the list's error at the top.
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await citizenRows(page).count()).toBe(20);
    expect(await shownText(page)).toBe('Viser 20 af 21');
    expect(await moreButton(page).isEnabled()).toBe(true);
    expect(uncaught).toEqual([]);
    await expectAccessible(page);

    await restore();
    await moreButton(page).click();
    await expect.poll(() => citizenRows(page).count()).toBe(21);
    expect(await shownText(page)).toBe('Viser 21 af 21');
    expect(await loadMoreAlerts(page)).toEqual([]);
    expect(new Set(await citizenNames(page)).size).toBe(21);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('keeps the audit log entries shown, says so in Danish and English, and loads the rest on the next try', async () => {
    const { citizens } = await api<{ citizens: { edges: { node: { id: string } }[] } }>(CASEWORKER, '{ citizens(first: 1) { edges { node { id } } } }');
    for (let i = 0; i < 51; i++) await api(CASEWORKER, 'query LoadMoreE2eBulk($id: ID!) { citizen(id: $id) { id } }', { id: citizens.edges[0].node.id });
    const { context, page } = await app.loginAs(ADMIN);
    const uncaught = watchUncaught(page);
    await page.goto('/audit-log?operation=LoadMoreE2eBulk');
    await page.locator('.load-more').waitFor();
    expect(await shownText(page)).toBe('Viser 50 af 51');

    const restore = await failNextPages(page);
    const failed = page.waitForEvent('requestfailed', (request) => isNextPage(request));
    await moreButton(page).click();
    await failed;
    await expect.poll(() => loadMoreAlerts(page), { timeout: 5_000 }).toEqual([NETWORK_DA]);
    expect(await page.locator('tr.audit-row').count()).toBe(50);
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(uncaught).toEqual([]);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => loadMoreAlerts(page)).toEqual([NETWORK_EN]);
    expect(await page.locator('tr.audit-row').count()).toBe(50);
    await expectAccessible(page);

    await restore();
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => page.locator('tr.audit-row').count()).toBe(51);
    expect(await shownText(page)).toBe('Showing 51 of 51');
    expect(await loadMoreAlerts(page)).toEqual([]);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('never appends a page asked for before the search changed to the new search', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    const uncaught = watchUncaught(page);
    await page.goto('/citizens?q=Sidefejl');
    await page.locator('.load-more').waitFor();

    // The second page of "Sidefejl" is held back until the list shows "Forsinket".
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    const hold = async (route: Route) => {
      if (!isNextPage(route.request())) return route.fallback();
      held++;
      await gate;
      await route.continue();
    };
    await page.route('**/graphql', hold);
    await moreButton(page).click();
    await expect.poll(() => held).toBe(1);

    await searchCitizens(page, 'Forsinket');
    await expect.poll(() => shownText(page)).toBe('Viser 20 af 21');
    const late = page.waitForEvent('requestfinished', (request) => isNextPage(request));
    release();
    await late;
    await page.waitForTimeout(500);
    const names = await citizenNames(page);
    expect(names).toHaveLength(20);
    expect(names.every((name) => name.startsWith('Forsinket Pagesen'))).toBe(true);
    expect(await shownText(page)).toBe('Viser 20 af 21');

    await page.unroute('**/graphql', hold);
    await moreButton(page).click();
    await expect.poll(() => citizenRows(page).count()).toBe(21);
    const all = await citizenNames(page);
    expect(new Set(all).size).toBe(21);
    expect(all.every((name) => name.startsWith('Forsinket Pagesen'))).toBe(true);
    expect(await shownText(page)).toBe('Viser 21 af 21');
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('asks for one page when "Vis flere" is clicked twice at once', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto('/citizens?q=Sidefejl');
    await page.locator('.load-more').waitFor();
    let nextPages = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && isNextPage(request)) nextPages++;
    });
    await moreButton(page).evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await expect.poll(() => citizenRows(page).count()).toBe(21);
    await page.waitForTimeout(500);
    expect(await citizenRows(page).count()).toBe(21);
    expect(new Set(await citizenNames(page)).size).toBe(21);
    expect(await shownText(page)).toBe('Viser 21 af 21');
    expect(nextPages).toBe(1);
    await context.close();
  });
});
