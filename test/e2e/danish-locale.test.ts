import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/app.js';

/*
 * Danish time and Danish dates whatever the computer is set to: a caseworker whose laptop runs on UTC sees a
 * meeting and the autosave clock in Danish time, and a native date field in the (Danish) browser takes the day
 * first, dd.mm.åååå.
 */

const CASEWORKER = 'caseworker@hjoerring.demo';

/** HH.MM of an instant in a time zone, as the Danish pages write it. */
const clockIn = (timeZone: string, instant: Date | string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant)).replace(':', '.');

describe('Danish time and dates in the browser', () => {
  let app: E2eApp;
  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('shows meetings and the autosave clock in Danish time in a browser set to UTC', async () => {
    const reply = await app.api(CASEWORKER, '{ contracts(first: 20, filter: { status: [ACTIVE] }) { edges { node { id citizen { id } followUpMeetings { id scheduledAt } } } } }');
    const contract = reply.data!.contracts.edges.map((e: any) => e.node).find((c: any) => c.followUpMeetings.length > 0);
    const meeting = contract.followUpMeetings[0] as { id: string; scheduledAt: string };
    const danish = clockIn('Europe/Copenhagen', meeting.scheduledAt);
    const utc = clockIn('UTC', meeting.scheduledAt);
    expect(danish).not.toBe(utc);

    const { context, page } = await app.loginAs(CASEWORKER, { timezoneId: 'UTC' });
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('UTC');

    await page.goto(`/meetings/${encodeURIComponent(meeting.id)}`);
    const title = page.locator('main h1');
    // The heading keeps the date and the clock together with no-break spaces.
    const titleText = async () => (await title.textContent())?.replace(/\s/g, ' ');
    await expect.poll(titleText).toContain(`kl. ${danish}`);
    expect(await titleText()).not.toContain(`kl. ${utc}`);

    // The contract's list of meetings says the same.
    await page.goto(`/contracts/${encodeURIComponent(contract.id)}`);
    const link = page.locator(`a[href="/meetings/${encodeURIComponent(meeting.id)}"]`).first();
    await expect.poll(() => link.textContent()).toContain(`kl. ${danish}`);

    // "Gemt kl. 14:03" is the Danish clock too.
    const form = await app.api(CASEWORKER, 'mutation($i: SaveFormResponseInput!) { saveFormResponse(input: $i) { formResponse { id } } }', {
      i: { templateKey: 'complexity-checklist', subjectId: contract.citizen.id, answers: {} },
    });
    await page.goto(`/forms/${encodeURIComponent(form.data!.saveFormResponse.formResponse.id)}`);
    await page.locator('[data-form-ready="true"]').waitFor();
    const before = clockIn('Europe/Copenhagen', new Date()).replace('.', ':');
    await page.locator('input[name="referredBy"]').fill('Jobcentret');
    const status = page.locator('[data-autosave] [role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/Gemt kl\. \d\d:\d\d/);
    const after = clockIn('Europe/Copenhagen', new Date()).replace('.', ':');
    const shown = /Gemt kl\. (\d\d:\d\d)/.exec((await status.textContent()) ?? '')![1];
    expect([before, after]).toContain(shown);
    await context.close();
  });

  it('takes a typed date day first (dd.mm.åååå), as a Danish browser does', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto('/progression');
    const from = page.locator('#progression-from');
    await from.focus();
    await page.keyboard.type('23112026');
    // mm/dd/yyyy would have read 23 as a month: without chromium-l10n Chromium cannot run in Danish.
    expect(await from.inputValue(), 'the date field is not Danish (apt-get install chromium-l10n)').toBe('2026-11-23');
    await context.close();
  });
});
