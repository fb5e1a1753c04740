import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/page-checks.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';

/*
 * The progression dashboard in the browser on the demo data: a manager sees aggregates with small groups shown as
 * "færre end 5" and never a citizen's name or CPR number; tables export to CSV; filters live in the address and a
 * bad date range is explained; the page prints as a document; a caseworker sees the late deadlines behind the
 * shares and a citizen's outcome star. Every page visited passes axe; E2E_SCREENSHOTS=<folder> photographs the
 * pages at 1280 and 768 px and in print.
 */

const MANAGER = 'leder@hjoerring.demo';
const CASEWORKER = 'caseworker@hjoerring.demo';
const PROVIDER_STAFF = 'staff@lindely.demo';
const SUPPRESSED = 'færre end 5';
const CPR = /\b\d{6}-?\d{4}\b/;

const daDecimal = (value: number, signed = false) => {
  const rounded = (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');
  return signed && value >= 0.05 ? `+${rounded}` : rounded;
};


/** Rows of a DataTable found by its caption, as the cells' text. */
async function tableRows(page: Page, caption: string | RegExp): Promise<string[][]> {
  const table = page.locator('.data-table table', { has: page.locator('caption', { hasText: caption }) });
  await table.locator('tbody tr').first().waitFor();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
}

interface ThemeGroup {
  lifeThemeKey: string;
  lifeTheme: { name: string };
  suppressed: boolean;
  citizens: number | null;
  goals: number | null;
  goalsMeasured: number | null;
  improved: number | null;
  unchanged: number | null;
  declined: number | null;
}

describe('the progression dashboard in Chromium', () => {
  let app: E2eApp;

  const api = strictApi(() => app);
  const byTheme = async (email: string) =>
    (
      await api<{ progression: { total: { citizens: number; goalsMeasured: number; meanChange: number; suppressed: boolean }; groups: ThemeGroup[] } }>(
        email,
        '{ progression(groupBy: [LIFE_THEME]) { total { citizens goalsMeasured meanChange suppressed } groups { lifeThemeKey lifeTheme { name } suppressed citizens goals goalsMeasured improved unchanged declined } } }',
      )
    ).progression;

  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('shows a manager the aggregates, small groups as "færre end 5", and no citizen names or CPR numbers', async () => {
    const report = await byTheme(MANAGER);
    const shown = report.groups.filter((g) => !g.suppressed && (g.goalsMeasured ?? 0) > 0);
    const hidden = report.groups.filter((g) => g.suppressed);
    expect(shown.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    expect(report.total.suppressed).toBe(false);

    const { context, page } = await app.loginAs(MANAGER);
    await page.getByRole('link', { name: 'Progression', exact: true }).click();
    await page.locator('h1', { hasText: 'Progression og rettidighed' }).waitFor();

    const rows = await tableRows(page, 'Forbedret, uændret og forværret pr. livstema');
    for (const group of shown) {
      const row = rows.find((cells) => cells[0] === group.lifeTheme.name);
      expect(row, group.lifeTheme.name).toEqual([group.lifeTheme.name, String(group.citizens), String(group.goals), String(group.goalsMeasured), String(group.improved), String(group.unchanged), String(group.declined), expect.stringMatching(/%$/)]);
    }
    for (const group of hidden) expect(rows.find((cells) => cells[0] === group.lifeTheme.name)?.[1]).toBe(SUPPRESSED);
    expect(rows.at(-1)?.slice(0, 2)).toEqual(['I alt', String(report.total.citizens)]);

    // The overview: every provider × theme cell in the demo data is small; the totals per theme and overall are not.
    const matrix = await tableRows(page, /Gennemsnitlig ændring pr\. leverandør og livstema/);
    expect(matrix.flat().filter((cell) => cell === SUPPRESSED).length).toBeGreaterThan(0);
    expect(matrix.at(-1)?.[0]).toBe('Alle');
    expect(matrix.at(-1)?.at(-1)).toContain(daDecimal(report.total.meanChange, true));
    await page.locator('#distribution .recharts-surface').waitFor();
    await page.locator('#trend .recharts-surface').waitFor();
    expect(await page.locator('#distribution [role="img"]').getAttribute('aria-labelledby')).toBe('distribution-caption');
    expect(await page.locator('.share-card').count()).toBe(3);
    expect(await page.locator('.late-lists').count()).toBe(0);

    // Aggregates only: not one citizen's name or CPR number, no link to a citizen or a contract.
    const citizens = await api<{ citizens: { edges: { node: { name: string; cpr: string } }[] } }>(CASEWORKER, '{ citizens(first: 100) { edges { node { name cpr } } } }');
    expect(citizens.citizens.edges.length).toBeGreaterThan(5);
    // textContent: visible text and what only screen readers get.
    const text = await page.evaluate(() => document.body.textContent ?? '');
    for (const { node } of citizens.citizens.edges) {
      expect(text).not.toContain(node.name);
      expect(text).not.toContain(node.cpr);
    }
    expect(text).not.toMatch(CPR);
    expect(await page.locator('a[href^="/citizens/"], a[href^="/contracts/"], a[href^="/meetings/"]').count()).toBe(0);

    await expectAccessible(page);
    await screenshot(page, 'progression-manager', 8);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('h1', { hasText: 'Progression and timeliness' }).waitFor();
    expect((await tableRows(page, 'Improved, unchanged and declined per life theme')).flat()).toContain('fewer than 5');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
    await context.close();
  });

  it('exports a table to a CSV file with the rows the table shows', async () => {
    const { context, page } = await app.loginAs(MANAGER);
    await page.goto('/progression');
    const rows = await tableRows(page, 'Forbedret, uændret og forværret pr. livstema');
    const button = page.getByRole('button', { name: 'Eksportér CSV: Forbedret, uændret og forværret pr. livstema' });
    const download = page.waitForEvent('download');
    await button.focus();
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe('forbedret-uaendret-forvaerret.csv');
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
    expect(lines[0]).toEqual(['Livstema', 'Borgere', 'Mål', 'Målte mål', 'Forbedret', 'Uændret', 'Forværret', 'Andel forbedret']);
    // Counts as in the table; a hidden group says so in its first number column and leaves the others empty.
    const expected = rows.map((cells) => (cells[1] === SUPPRESSED ? [cells[0], SUPPRESSED, '', '', '', '', ''] : cells.slice(0, 7)));
    expect(lines.slice(1).map((cells) => cells.slice(0, 7))).toEqual(expected);
    expect(lines.slice(1).filter((cells) => cells[1] === SUPPRESSED).every((cells) => cells[7] === '')).toBe(true);

    // The overview's export carries the hidden cells as words, never as numbers.
    const matrixDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Eksportér CSV: Gennemsnitlig ændring pr\. leverandør/ }).click();
    const matrixCsv = readFileSync((await (await matrixDownload).path())!, 'utf8');
    expect(matrixCsv).toContain(SUPPRESSED);
    expect(matrixCsv.split('\r\n')[0]).toMatch(/^\uFEFFLeverandør;Fysiske funktioner;/);
    await context.close();
  });

  it('applies filters through the address and explains a bad date range without changing anything', async () => {
    const report = await byTheme(MANAGER);
    const theme = report.groups.filter((g) => !g.suppressed).sort((a, b) => (b.citizens ?? 0) - (a.citizens ?? 0))[0];
    const { context, page } = await app.loginAs(MANAGER);
    await page.goto('/progression');
    await tableRows(page, 'Forbedret, uændret og forværret pr. livstema');

    await page.locator('summary', { hasText: 'Livstemaer' }).click();
    await page.getByLabel(theme.lifeTheme.name, { exact: true }).check();
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.waitForURL(`**/progression?theme=${theme.lifeThemeKey}`, { waitUntil: 'commit' });
    await expect.poll(async () => (await tableRows(page, 'Forbedret, uændret og forværret pr. livstema')).map((cells) => cells[0])).toEqual([theme.lifeTheme.name, 'I alt']);
    expect(await page.locator('.filter-summary').textContent()).toContain(`Livstemaer: ${theme.lifeTheme.name}`);

    await page.getByLabel('Fordelt på').first().selectOption('PROVIDER');
    await page.waitForURL((url) => url.searchParams.get('by') === 'PROVIDER', { waitUntil: 'commit' });
    await page.locator('caption', { hasText: 'Forbedret, uændret og forværret pr. leverandør' }).waitFor();

    const before = page.url();
    await page.getByLabel('Fra dato').fill('2026-06-01');
    await page.getByLabel('Til dato').fill('2026-01-01');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page.locator('.form-error-message', { hasText: 'Til-datoen skal være samme dag som eller efter fra-datoen.' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('progression-to');
    expect(page.url()).toBe(before);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Nulstil' }).click();
    await page.waitForURL((url) => !url.searchParams.has('theme'), { waitUntil: 'commit' });
    await context.close();
  });

  it('prints as a document: no controls, charts and tables within the page width', async () => {
    const { context, page } = await app.loginAs(MANAGER);
    await page.goto('/progression');
    await page.locator('#trend .recharts-surface').waitFor();
    await page.locator('#distribution .recharts-surface').waitFor();
    await page.emulateMedia({ media: 'print' });
    // An A4 page less its margins is about 700 CSS pixels wide.
    await page.setViewportSize({ width: 700, height: 1000 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
    expect(await page.locator('.progression-filters').isVisible()).toBe(false);
    expect(await page.locator('.data-table-actions').first().isVisible()).toBe(false);
    expect(await page.locator('.app-nav').isVisible()).toBe(false);
    expect(await page.locator('.filter-summary').isVisible()).toBe(true);
    const overflowing = await page.evaluate(() => [...document.querySelectorAll('table, figure, svg.recharts-surface')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.outerHTML.slice(0, 80)));
    expect(overflowing).toEqual([]);
    expect(await page.locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(2);
    if (process.env.E2E_SCREENSHOTS) {
      const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'pg' : 'sqlite';
      await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/progression-print-${engine}.png`, fullPage: true });
    }
    const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('lists the late deadlines behind the shares for a caseworker, with links to meetings and contracts', async () => {
    const late = await api<{ timeliness: { lateStatusNotes: { totalCount: number }; lateSubGoalApprovals: { totalCount: number }; lateMeetings: { totalCount: number } } }>(
      CASEWORKER,
      '{ timeliness(groupBy: []) { lateStatusNotes(first: 1) { totalCount } lateSubGoalApprovals(first: 1) { totalCount } lateMeetings(first: 1) { totalCount } } }',
    );
    expect(late.timeliness.lateStatusNotes.totalCount).toBeGreaterThan(0);
    expect(late.timeliness.lateSubGoalApprovals.totalCount).toBeGreaterThan(0);
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto('/progression');
    await page.locator('h4', { hasText: `Statusnotater, der kom for sent eller mangler (${late.timeliness.lateStatusNotes.totalCount})` }).waitFor();
    await page.locator('h4', { hasText: `Kontrakter uden godkendte delmål inden for 3 måneder (${late.timeliness.lateSubGoalApprovals.totalCount})` }).waitFor();
    await page.locator('h4', { hasText: `Opfølgningsmøder, der ikke blev holdt til tiden (${late.timeliness.lateMeetings.totalCount})` }).waitFor();
    // Each list is fetched when opened (keyboard: the summary is a button).
    expect(await page.locator('#late-status-notes table').count()).toBe(0);
    await page.locator('#late-status-notes summary').focus();
    await page.keyboard.press('Enter');
    const notes = page.locator('#late-status-notes tbody tr');
    await notes.first().waitFor();
    expect(await notes.count()).toBe(Math.min(25, late.timeliness.lateStatusNotes.totalCount));
    expect(await notes.first().locator('a[href^="/meetings/"]').count()).toBe(1);
    expect(await notes.first().locator('a[href^="/contracts/"]').count()).toBe(1);
    await page.locator('#late-sub-goal-approvals summary').click();
    await page.locator('#late-sub-goal-approvals tbody tr').first().waitFor();
    expect(await page.locator('#late-sub-goal-approvals tbody tr').count()).toBe(Math.min(25, late.timeliness.lateSubGoalApprovals.totalCount));
    await expectAccessible(page);
    await screenshot(page, 'progression-caseworker', 8);
    await context.close();
  });

  it('shows provider staff their own cases, rows per authority', async () => {
    const { context, page } = await app.loginAs(PROVIDER_STAFF);
    await page.goto('/progression');
    await page.locator('caption', { hasText: /Gennemsnitlig ændring pr\. myndighed og livstema/ }).waitFor();
    await page.locator('caption', { hasText: 'Rettidighed pr. myndighed' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it("draws a citizen's outcome star (baseline against latest per life theme) for the caseworker", async () => {
    interface GoalNode {
      status: string;
      lifeTheme: { key: string; name: string } | null;
      baseline: { value: number } | null;
      latest: { value: number } | null;
    }
    const data = await api<{ citizens: { edges: { node: { id: string; contracts: { goals: GoalNode[] }[] } }[] } }>(
      CASEWORKER,
      '{ citizens(first: 30) { edges { node { id contracts { goals { status lifeTheme { key name } baseline { value } latest { value } } } } } } }',
    );
    // A citizen with a theme that holds exactly one goal, measured at start and since.
    const candidates = data.citizens.edges.map(({ node }) => {
      const goals = node.contracts.flatMap((c) => c.goals).filter((g) => g.status !== 'DISCONTINUED' && g.lifeTheme && g.baseline);
      const single = goals.find((g) => g.latest && goals.filter((o) => o.lifeTheme!.key === g.lifeTheme!.key).length === 1);
      return { id: node.id, themes: new Set(goals.map((g) => g.lifeTheme!.key)).size, single };
    });
    const citizen = candidates.filter((c) => c.single).sort((a, b) => b.themes - a.themes)[0];
    expect(citizen).toBeDefined();

    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(`/citizens/${encodeURIComponent(citizen.id)}`);
    await page.locator('.citizen-radar .recharts-surface').waitFor();
    await page.locator('.citizen-radar .recharts-radar-polygon').first().waitFor();
    const picture = page.locator('.citizen-radar [role="img"]');
    expect(await page.locator(`[id="${await picture.getAttribute('aria-labelledby')}"]`).textContent()).toMatch(/^Stjernediagram på Skala 1-10/);
    const rows = await tableRows(page, /Baseline og seneste opfølgning pr\. livstema/);
    expect(rows).toHaveLength(citizen.themes);
    const { single } = citizen;
    expect(rows.find((cells) => cells[0] === single!.lifeTheme!.name)).toEqual([
      single!.lifeTheme!.name,
      '1',
      daDecimal(single!.baseline!.value),
      daDecimal(single!.latest!.value),
      single!.latest!.value === single!.baseline!.value ? '0,0' : daDecimal(single!.latest!.value - single!.baseline!.value, true),
    ]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Eksportér CSV: Baseline og seneste opfølgning/ }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(citizen.themes + 1);
    await expectAccessible(page);
    await screenshot(page, 'progression-citizen-radar', 8);
    await context.close();
  });
});
