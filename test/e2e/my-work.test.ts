import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, wcagViolations } from './support/axe.js';
import { startE2eApp, type E2eApp } from './support/app.js';

describe('"Mit arbejde" in Chromium', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('shows a caseworker the same overdue and upcoming deadlines as the API, overdue marked in words, exportable', async () => {
    const { data } = await app.api<{ deadlines: { overdue: boolean }[] }>('caseworker@hjoerring.demo', '{ deadlines(filter: { withinDays: 56 }) { overdue } }');
    const overdue = data!.deadlines.filter((d) => d.overdue).length;
    const upcoming = data!.deadlines.length - overdue;
    expect(overdue + upcoming).toBeGreaterThan(0);

    const { context, page } = await app.loginAs('caseworker@hjoerring.demo');
    await page.getByRole('heading', { level: 2, name: `Overskredne frister (${overdue})` }).waitFor();
    await page.getByRole('heading', { level: 2, name: `Kommende frister (${upcoming})` }).waitFor();
    expect(await page.locator('.work-overdue').count()).toBe(overdue);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportér CSV: Kommende frister' }).click();
    expect((await download).suggestedFilename()).toBe('frister-kommende.csv');
    expect(describeViolations(await wcagViolations(page))).toBe('');
    await context.close();
  });

  it('writes the dates in what is due as Danish (and English) readers do, while the API keeps the due dates ISO', async () => {
    const { data } = await app.api<{ deadlines: { dueDate: string; description: string }[] }>('caseworker@hjoerring.demo', '{ deadlines(filter: { withinDays: 56 }) { dueDate description } }');
    const deadlines = data!.deadlines;
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) expect(d.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const { context, page } = await app.loginAs('caseworker@hjoerring.demo');
    await page.getByRole('heading', { level: 2, name: /^Kommende frister/ }).waitFor();
    const shown = await page.locator('.data-table tbody td:nth-child(3)').allTextContents();
    expect([...shown].sort()).toEqual(deadlines.map((d) => d.description).sort());
    for (const text of shown) {
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).toMatch(/\b\d{1,2}\. (jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\.? \d{4}\b/);
    }

    // Switched on the page, without a reload: the texts the API wrote in Danish come again in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 2, name: /^Upcoming/ }).waitFor();
    const descriptions = page.locator('.data-table tbody td:nth-child(3)');
    const english = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b/;
    await expect.poll(async () => (await descriptions.allTextContents()).every((text) => english.test(text))).toBe(true);
    expect(await descriptions.count()).toBe(shown.length);

    await page.reload();
    await page.getByRole('heading', { level: 2, name: /^Upcoming/ }).waitFor();
    expect((await descriptions.allTextContents()).every((text) => english.test(text))).toBe(true);
    await context.close();
  });

  it('shows provider staff their deadlines and a manager only the way to the aggregates', async () => {
    const staff = await app.loginAs('staff@lindely.demo');
    await staff.page.getByRole('heading', { level: 2, name: /Kommende frister/ }).waitFor();
    await staff.context.close();

    const manager = await app.loginAs('leder@hjoerring.demo');
    await manager.page.getByText('Som leder ser du samlede tal').waitFor();
    expect(await manager.page.locator('table').count()).toBe(0);
    expect(describeViolations(await wcagViolations(manager.page))).toBe('');
    await manager.context.close();
  });
});
