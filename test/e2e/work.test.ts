import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/app.js';
import { describeViolations, wcagViolations } from './support/axe.js';

/*
 * "Mit arbejde" for the provider's staff: the deadlines in their citizens' cases as the API lists them, overdue
 * ones first and said in words, each leading to its meeting or contract, where the work is done (the status
 * note is written from the meeting). Axe at desktop and tablet width; E2E_SCREENSHOTS=<folder> photographs them.
 */

const STAFF = 'staff@lindely.demo';

interface Deadline {
  kind: string;
  dueDate: string;
  overdue: boolean;
  description: string;
  contract: { id: string; citizen: { name: string } | null } | null;
  meeting: { id: string; heldAt: string | null; statusNote: { id: string } | null } | null;
}

async function checkPage(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'pg' : 'sqlite';
  const viewport = page.viewportSize();
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 1000 });
    expect(describeViolations(await wcagViolations(page))).toBe('');
    if (folder) await page.screenshot({ path: `${folder}/${name}-${engine}-${width}.png`, fullPage: true });
  }
  if (viewport) await page.setViewportSize(viewport);
}

describe('"Mit arbejde" for provider staff in Chromium', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it("lists their citizens' deadlines as the API does, overdue first in words, each linked to where it is done", { timeout: 120_000 }, async () => {
    const reply = await app.api<{ deadlines: Deadline[] }>(
      STAFF,
      '{ deadlines(filter: { withinDays: 56 }) { kind dueDate overdue description contract { id citizen { name } } meeting { id heldAt statusNote { id } } } }',
    );
    expect(reply.errors ?? []).toEqual([]);
    const deadlines = reply.data!.deadlines;
    const overdue = deadlines.filter((d) => d.overdue);
    const upcoming = deadlines.filter((d) => !d.overdue);
    expect(deadlines.length).toBeGreaterThan(0);
    // The provider's staff see only their own provider's cases, e.g. the status notes they owe.
    expect(deadlines.some((d) => d.kind === 'STATUS_NOTE')).toBe(true);

    const { context, page } = await app.loginAs(STAFF);
    const overdueHeading = page.getByRole('heading', { level: 2, name: `Overskredne frister (${overdue.length})` });
    await overdueHeading.waitFor();
    await page.getByRole('heading', { level: 2, name: `Kommende frister (${upcoming.length})` }).waitFor();
    const headings = await page.locator('h2').allTextContents();
    expect(headings.findIndex((h) => h.startsWith('Overskredne'))).toBeLessThan(headings.findIndex((h) => h.startsWith('Kommende')));

    const tables = page.locator('.data-table table');
    const overdueRows = tables.nth(0).locator('tbody tr');
    const upcomingRows = tables.nth(1).locator('tbody tr');
    expect(await overdueRows.count()).toBe(Math.max(overdue.length, 1));
    expect(await upcomingRows.count()).toBe(Math.max(upcoming.length, 1));
    // Overdue in words, not only by colour: every overdue row says so, no upcoming row does.
    for (let i = 0; i < overdue.length; i++) expect(await overdueRows.nth(i).textContent()).toContain('Overskredet');
    for (let i = 0; i < upcoming.length; i++) expect(await upcomingRows.nth(i).textContent()).not.toContain('Overskredet');

    // The citizens are the staff's own, and every deadline links to its meeting (or its contract).
    const text = await page.locator('main').textContent();
    for (const name of new Set(deadlines.flatMap((d) => (d.contract?.citizen ? [d.contract.citizen.name] : [])))) expect(text).toContain(name);
    for (const d of deadlines) {
      const href = d.meeting ? `/meetings/${encodeURIComponent(d.meeting.id)}` : d.contract ? `/contracts/${encodeURIComponent(d.contract.id)}` : null;
      if (href) expect(await page.locator(`a[href="${href}"]`).count()).toBeGreaterThan(0);
    }
    await checkPage(page, 'work-staff');

    // A status note still owed opens the meeting with the button that starts writing it.
    const owed = deadlines.find((d) => d.kind === 'STATUS_NOTE' && d.meeting && !d.meeting.heldAt && !d.meeting.statusNote);
    expect(owed).toBeTruthy();
    await page.locator(`a[href="/meetings/${encodeURIComponent(owed!.meeting!.id)}"]`).first().click();
    await page.locator('#status-note-heading').waitFor();
    await page.locator('button[data-template-key="status-note"], a.button', { hasText: /Skriv statusnotat|Fortsæt statusnotatet/ }).first().waitFor();
    if (owed!.overdue) expect(await page.locator('#status-note-heading').locator('..').textContent()).toContain('Fristen er overskredet');
    await checkPage(page, 'work-staff-meeting');
    await context.close();
  });
});
