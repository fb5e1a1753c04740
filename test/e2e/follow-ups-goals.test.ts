import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { activeContract, CASEWORKER, day } from './support/follow-up-case.js';
import { expectAccessible, screenshot } from './support/page-checks.js';

/*
 * Completing a follow-up meeting that changes the goals, in the browser: the caseworker changes goal 2 and adds a
 * new goal with the contract page's fields and SMART hints. On a contract with three goals the new one is refused
 * (GOAL_LIMIT at the new goal); someone else then saves goal 2 (VERSION_CONFLICT at goal 2); what was typed stays
 * through both, and once goal 3 is discontinued and the form is sent again, contract version 2 holds the changed
 * and the new goal while version 1 keeps the old wording.
 */

async function checkPage(page: Page, name: string) {
  const viewport = page.viewportSize();
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 1000 });
    await expectAccessible(page);
  }
  if (viewport) await page.setViewportSize(viewport);
  await screenshot(page, name);
}

const CHANGED_TITLE = 'Jeg sover igennem fem nætter om ugen';
const THEIR_TITLE = 'Jeg sover igennem seks nætter om ugen';
const NEW_TITLE = 'Jeg holder fast i min døgnrytme';

describe('goals changed and added at a follow-up meeting in Chromium', () => {
  let app: E2eApp;
  const api = strictApi(() => app);

  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('changes goal 2 and adds a goal: a 4th goal is refused, a conflict keeps the text, version 2 holds them', { timeout: 180_000 }, async () => {
    const contract = await activeContract(api);
    const [goal1, goal2, goal3] = [...contract.goals].sort((a, b) => a.priority - b.priority);
    const scheduled = await api(CASEWORKER, 'mutation($i: ScheduleFollowUpInput!) { scheduleFollowUp(input: $i) { meeting { id } userErrors { message } } }', {
      i: { contractId: contract.id, kind: 'REGULAR', scheduledAt: `${day(20)}T09:00:00.000Z` },
    });
    expect(scheduled.scheduleFollowUp.userErrors).toEqual([]);
    const meetingId = scheduled.scheduleFollowUp.meeting.id;
    const meetingState = async () => (await api(CASEWORKER, 'query($id: ID!) { node(id: $id) { ... on FollowUpMeeting { heldAt version } } }', { id: meetingId })).node;

    const { page, context } = await app.loginAs(CASEWORKER);
    await page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    await page.locator('#complete-heading').waitFor();
    await page.locator('#complete-minutes').fill('Målet om søvn gøres mere konkret; et mål om døgnrytme lægges til.');
    await page.locator('#decision-CHANGE').check();

    // Goal 2 is changed with the contract page's fields, opened by keyboard; the SMART check follows the typing.
    await page.locator('#changed-goal-1-toggle').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('changed-goal-1-title');
    expect(await page.locator('#changed-goal-1-title').inputValue()).toBe(goal2!.title);
    await page.locator('#changed-goal-1-title').fill(CHANGED_TITLE);
    expect(await page.locator('.goal-change .smart-hints').getAttribute('class')).toContain('smart-complete');

    // A new goal, with the same SMART hints: they name what is missing until it is all there.
    await page.getByRole('button', { name: 'Tilføj et nyt indsatsmål' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('added-goal-0-theme');
    expect(await page.locator('.new-goals .form-hint').first().textContent()).toContain('3 af højst 3');
    await page.locator('#added-goal-0-theme').selectOption('MENTAL_FUNCTIONS');
    await page.locator('#added-goal-0-type').selectOption('MAINTAIN');
    await page.locator('#added-goal-0-title').fill(NEW_TITLE);
    expect(await page.locator('.new-goal .smart-hints').getAttribute('class')).toContain('smart-missing');
    await page.locator('#added-goal-0-criterion').fill('Står op før kl. 9 fem dage om ugen');
    await page.locator('#added-goal-0-deadline').fill(day(200));
    expect(await page.locator('.new-goal .smart-hints').getAttribute('class')).toContain('smart-complete');

    // The contract has three goals: the server refuses the fourth, at the new goal, and nothing is saved.
    await page.getByRole('button', { name: 'Afslut mødet' }).click();
    const limit = page.locator('#added-goal-0-error');
    await limit.waitFor();
    expect(await limit.textContent()).toContain('En kontrakt kan højst have 3 indsatsmål');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('added-goal-0-theme');
    expect(await page.locator('[data-new-goal="0"]').getAttribute('aria-describedby')).toBe('added-goal-0-error');
    expect(await page.locator('#added-goal-0-title').inputValue()).toBe(NEW_TITLE);
    expect(await page.locator('#changed-goal-1-title').inputValue()).toBe(CHANGED_TITLE);
    expect((await meetingState()).heldAt).toBeNull();
    await checkPage(page, 'follow-up-complete-goal-limit');

    // Meanwhile a colleague saves goal 2 on the contract page.
    const read = async () => (await api(CASEWORKER, 'query($id: ID!) { contract(id: $id) { documentVersion goals { id version title status } versions { number snapshot } } }', { id: contract.id })).contract;
    const before = await read();
    const theirs = await api(CASEWORKER, 'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { userErrors { code } } }', {
      i: { id: goal2!.id, expectedVersion: before.goals.find((g: any) => g.id === goal2!.id).version, title: THEIR_TITLE },
    });
    expect(theirs.updateGoal.userErrors).toEqual([]);

    // Goal 3 is discontinued, which makes room for the new goal; sending again meets the colleague's change.
    await page.locator('#outcome-2-status').selectOption('DISCONTINUED');
    await page.locator('#outcome-2-comment').fill('Borgeren ønsker ikke længere at arbejde med målet.');
    await page.getByRole('button', { name: 'Afslut mødet' }).click();
    const conflict = page.locator('.goal-change [data-code="VERSION_CONFLICT"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(THEIR_TITLE);
    expect(await page.locator('#changed-goal-1-title').inputValue()).toBe(CHANGED_TITLE);
    expect(await page.locator('#added-goal-0-title').inputValue()).toBe(NEW_TITLE);
    expect(await page.locator('#complete-minutes').inputValue()).toContain('døgnrytme lægges til');
    expect(await page.locator('#outcome-2-status').inputValue()).toBe('DISCONTINUED');
    expect(await page.locator('#added-goal-0-error').count()).toBe(0);
    expect(await meetingState()).toMatchObject({ heldAt: null, version: 1 });
    expect((await read()).goals.map((g: any) => g.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
    await checkPage(page, 'follow-up-complete-conflict');

    // Having seen the colleague's wording, the caseworker keeps theirs and completes the meeting.
    await page.getByRole('button', { name: 'Afslut mødet' }).click();
    await page.locator('.alert-success', { hasText: 'Kontrakten er nu i version 2' }).waitFor();
    const after = page.locator('.goal-statuses');
    await after.waitFor();
    expect(await after.textContent()).toContain(CHANGED_TITLE);
    expect(await after.textContent()).toContain(NEW_TITLE);
    await checkPage(page, 'follow-up-meeting-held-with-goals');

    const stored = await read();
    expect(stored.documentVersion).toBe(2);
    const [v1, v2] = stored.versions;
    const titles = (v: any) => v.snapshot.goals.map((g: any) => [g.title, g.status]);
    expect(titles(v1)).toEqual([
      [goal1!.title, 'ACTIVE'],
      [goal2!.title, 'ACTIVE'],
      [goal3!.title, 'ACTIVE'],
    ]);
    expect(titles(v2)).toEqual(
      expect.arrayContaining([
        [goal1!.title, 'ACTIVE'],
        [CHANGED_TITLE, 'ACTIVE'],
        [goal3!.title, 'DISCONTINUED'],
        [NEW_TITLE, 'ACTIVE'],
      ]),
    );
    expect(v2.snapshot.goals).toHaveLength(4);

    // The contract page and its print view (the document for the citizen) are version 2 with the new goals.
    await page.goto(`/contracts/${encodeURIComponent(contract.id)}`);
    await page.locator('#goals-heading').waitFor();
    const goalList = page.locator('.goal-list');
    expect(await goalList.textContent()).toContain(CHANGED_TITLE);
    expect(await goalList.textContent()).toContain(NEW_TITLE);
    await page.goto(`/contracts/${encodeURIComponent(contract.id)}/print`);
    await page.locator('.contract-document h1').waitFor();
    expect(await page.locator('.contract-document h1').textContent()).toContain('version 2');
    // Not named `document`: that would shadow the DOM global in the page.evaluate callbacks above for the type checker.
    const printed = await page.locator('.contract-document').textContent();
    expect(printed).toContain(CHANGED_TITLE);
    expect(printed).toContain(NEW_TITLE);
    expect(printed).not.toContain(goal3!.title); // discontinued goals leave the document
    await checkPage(page, 'contract-version-2-print');
    await context.close();
  });
});
