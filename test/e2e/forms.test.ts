import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/page-checks.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';

/*
 * The generic form renderer in the browser: a caseworker fills a citizen's complexity screening (Sorø Bilag 9):
 * a validation error appears and goes at the item, the recommendation updates live, a reload in the middle of
 * typing loses nothing, drafts are autosaved, a VERSION_CONFLICT shows the merge view (keep mine / use theirs,
 * the rest merged), submitting needs every required answer, and the print view renders. Every page passes axe;
 * E2E_SCREENSHOTS=<folder> photographs the form and print pages at 1280 and 768 px.
 */

const CASEWORKER = 'caseworker@hjoerring.demo';
const STAFF = 'staff@lindely.demo';

const RESPONSE = `query ($id: ID!) { formResponse(id: $id) { id version status answers derived } }`;
const SAVE = `mutation ($input: SaveFormResponseInput!) { saveFormResponse(input: $input) { formResponse { id version answers } userErrors { code message field } } }`;

let cprSerial = 0;
/** A CPR number no demo citizen has (7th digit 3; the demo data uses 4 or 9). */
const freshCpr = () => `${String(1 + (cprSerial % 28)).padStart(2, '0')}0${1 + Math.floor(cprSerial++ / 28)}68-3${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;


/** The id of a response, from /forms/<id>. */
const responseIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);

describe('the form renderer in Chromium', () => {
  let app: E2eApp;

  const api = strictApi(() => app);
  const stored = async (id: string, email = CASEWORKER) =>
    (await api(email, RESPONSE, { id })).formResponse as { version: number; status: string; answers: Record<string, any>; derived: Record<string, any> };
  const waitForStored = async (id: string, check: (answers: Record<string, any>) => boolean, email = CASEWORKER) => {
    for (let i = 0; i < 50; i++) {
      const response = await stored(id, email);
      if (check(response.answers)) return response;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the answers were never saved: ${JSON.stringify((await stored(id, email)).answers)}`);
  };

  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('fills, validates, autosaves, survives a reload, merges a conflict, submits and prints a complexity screening', { timeout: 180_000 }, async () => {
    const created = await api(CASEWORKER, 'mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { citizen { id } userErrors { message } } }', {
      input: { name: 'Formular Testesen', cpr: freshCpr() },
    });
    const citizenId = created.createCitizen.citizen.id as string;
    const { context, page } = await app.loginAs(CASEWORKER);

    // Started from the citizen's page (useStartForm), it opens at /forms/<id>.
    await page.goto(`/citizens/${encodeURIComponent(citizenId)}`);
    await page.locator('button[data-template-key="complexity-checklist"]').click();
    await page.waitForURL('**/forms/**', { waitUntil: 'commit' });
    await page.locator('[data-form-ready="true"]').waitFor();
    const id = responseIdOf(page);
    expect(await page.locator('h1').textContent()).toContain('Tjekliste');
    expect(await page.locator('.form-meta').textContent()).toContain('Formular Testesen');
    await expectAccessible(page);

    // A validation error appears at the item as you type, and goes again.
    const referredBy = page.locator('input[name="referredBy"]');
    await referredBy.fill('x'.repeat(201));
    const error = page.locator('#item-referredBy-error.form-error-message');
    await expect.poll(() => error.textContent()).toContain('200');
    expect(await referredBy.getAttribute('aria-invalid')).toBe('true');
    expect(await referredBy.getAttribute('aria-describedby')).toContain('item-referredBy-error');
    await expectAccessible(page);
    await referredBy.fill('Jobcentret, Anne Hansen');
    expect(await error.count()).toBe(0);
    expect(await referredBy.getAttribute('aria-invalid')).toBeNull();

    // The recommendation is computed live from the table (two statements apply).
    const recommendation = page.locator('[data-derived="complexityRecommendation"] .form-derived-result');
    expect(await recommendation.textContent()).toContain('ingen samarbejdsmøder');
    await page.locator('#item-statements-s1-applies').check();
    expect(await recommendation.textContent()).toContain('ingen samarbejdsmøder');
    await page.locator('#item-statements-s3-applies').check();
    expect(await recommendation.textContent()).toContain('tilbyd samarbejdsmøder');

    // Autosaved (debounced), with the status line saying so.
    const status = page.locator('[data-autosave] [role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/Gemt kl\. \d\d:\d\d/);
    const saved = await waitForStored(id, (a) => a.statements?.s3?.applies === true && a.referredBy === 'Jobcentret, Anne Hansen');
    expect(saved.derived.complexityRecommendation.offerCollaborationMeetings).toBe(true);

    // A reload in the middle of typing loses nothing: the text is back, and then saved.
    const reason = page.locator('textarea[name="decisionReason"]');
    await reason.click();
    await page.keyboard.type('Borgeren har sager i flere afdelinger');
    await page.reload();
    await page.locator('[data-form-ready="true"]').waitFor();
    expect(await page.locator('textarea[name="decisionReason"]').inputValue()).toBe('Borgeren har sager i flere afdelinger');
    await waitForStored(id, (a) => a.decisionReason === 'Borgeren har sager i flere afdelinger');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/Gemt kl\./);

    // A colleague saves the same response meanwhile; the browser's next save is a VERSION_CONFLICT.
    const before = await stored(id);
    const colleague = await api(CASEWORKER, SAVE, {
      input: { id, expectedVersion: before.version, answers: { decisionReason: 'Kollegaens begrundelse', referredBy: 'Kollegaens henvisning', healthComplexity: 'HIGH' } },
    });
    expect(colleague.saveFormResponse.userErrors).toEqual([]);
    await page.locator('textarea[name="decisionReason"]').fill('Min begrundelse');
    await referredBy.fill('Min henvisning');
    await page.locator('#item-environmentComplexity').check(); // LOW: only mine changed it
    const merge = page.locator('.form-merge');
    await merge.waitFor({ timeout: 10_000 });
    expect(await merge.getAttribute('data-conflicts')).toBe('2');
    expect(await merge.locator('[data-path="decisionReason"] [data-side="mine"]').textContent()).toContain('Min begrundelse');
    expect(await merge.locator('[data-path="decisionReason"] [data-side="theirs"]').textContent()).toContain('Kollegaens begrundelse');
    expect((await stored(id)).answers.decisionReason).toBe('Kollegaens begrundelse'); // nothing overwritten
    await expectAccessible(page);
    await screenshot(page, 'form-merge', 8);
    await merge.locator('[data-path="referredBy"] input[id$="-theirs"]').check();
    await merge.getByRole('button', { name: 'Gem de valgte svar' }).click();
    await page.locator('[data-form-ready="true"]').waitFor();
    const merged = await waitForStored(id, (a) => a.decisionReason === 'Min begrundelse');
    expect(merged.answers).toMatchObject({ decisionReason: 'Min begrundelse', referredBy: 'Kollegaens henvisning', healthComplexity: 'HIGH', environmentComplexity: 'LOW' });
    expect(await referredBy.inputValue()).toBe('Kollegaens henvisning');
    expect(await page.locator('#item-healthComplexity-1').isChecked()).toBe(true);

    // Submitting wants every required answer: the missing ones are listed and shown at the items.
    await page.getByRole('button', { name: 'Indsend skemaet' }).click();
    const summary = page.locator('.form-issue-summary');
    await summary.waitFor();
    expect(await page.locator('#item-offerCollaborationMeetings-error').textContent()).toContain('udfyldes');
    expect(await page.locator('#item-statements-s2-applies-error').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'form-page', 8);
    for (const row of ['s2', 's4', 's5', 's6', 's7', 's8', 's9']) await page.locator(`#item-statements-${row}-applies-1`).check();
    await page.locator('#item-offerCollaborationMeetings').check();
    expect(await page.locator('.form-error-message').count()).toBe(0);
    await page.getByRole('button', { name: 'Indsend skemaet' }).click();
    await page.locator('.alert-success').waitFor();
    const submitted = await stored(id);
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.answers.offerCollaborationMeetings).toBe(true);
    expect(await page.locator('input[name="referredBy"]').count()).toBe(0); // read-only now

    // The print view: every question and answer as a document, and a button that prints.
    await page.goto(`/forms/${encodeURIComponent(id)}/print`);
    await page.locator('.form-print h1').waitFor();
    const text = await page.locator('.form-print').textContent();
    expect(text).toContain('Min begrundelse');
    expect(text).toContain('Kollegaens henvisning');
    expect(text).toContain('tilbyd samarbejdsmøder');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Udskriv' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'form-print', 8);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    await context.close();
  });

  it('draws groups, conditions, participants, numbers and signatures (contract checklist) with a SMART hint per goal', { timeout: 120_000 }, async () => {
    const contracts = await api(CASEWORKER, '{ contracts(first: 1) { edges { node { id citizen { name } } } } }');
    const contract = contracts.contracts.edges[0].node;
    const started = await api(CASEWORKER, SAVE, { input: { templateKey: 'contract-checklist', subjectId: contract.id, answers: {} } });
    expect(started.saveFormResponse.userErrors).toEqual([]);
    const id = started.saveFormResponse.formResponse.id as string;
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(`/forms/${encodeURIComponent(id)}`);
    await page.locator('[data-form-ready="true"]').waitFor();
    // Display items show the subject's data, never stored in the answers.
    expect(await page.locator('[data-item="citizenName"]').textContent()).toContain(contract.citizen.name);

    // enableWhen: the guardian's name only when there is a guardian.
    expect(await page.locator('input[name="guardianName"]').count()).toBe(0);
    await page.locator('#item-hasGuardian').check();
    await page.locator('input[name="guardianName"]').fill('Værge Hansen');
    await page.locator('#item-hasGuardian-1').check();
    expect(await page.locator('input[name="guardianName"]').count()).toBe(0);

    // A repeating group: add goals, with the SMART check of each computed live; remove one.
    await page.getByRole('button', { name: 'Tilføj mål' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('goals.0.lifeThemeKey');
    await page.locator('input[name="goals.0.title"]').fill('Handle');
    const smart = page.locator('#item-goals-0-entry .form-derived-hint');
    expect(await smart.textContent()).toContain('specifikt');
    await page.locator('input[name="goals.0.title"]').fill('Jeg vil selv handle ind i Netto hver uge');
    await page.locator('select[name="goals.0.lifeThemeKey"]').selectOption('SELF_CARE');
    expect(await smart.textContent()).not.toContain('specifikt');
    expect(await smart.textContent()).toContain('målbart');
    await page.getByRole('button', { name: 'Tilføj mål' }).click();
    await page.locator('input[name="goals.1.title"]').fill('Andet mål');
    await page.getByRole('button', { name: 'Fjern mål 2' }).click();
    expect(await page.locator('input[name="goals.1.title"]').count()).toBe(0);

    // A number with its unit: text that is no number is an error at the item.
    const notice = page.locator('input[name="noticePeriodDays"]');
    await notice.fill('tre');
    expect(await page.locator('#item-noticePeriodDays-error').textContent()).toBeTruthy();
    await notice.fill('30');
    expect(await page.locator('#item-noticePeriodDays-error').count()).toBe(0);

    // Participants: a list of people, each with name, role and organisation.
    await page.getByRole('button', { name: 'Tilføj deltager' }).click();
    await page.locator('input[name="participants.0.name"]').fill('Mette Søndergaard');
    await page.locator('input[name="participants.0.role"]').fill('Rådgiver');
    // The buyer's signature is the caseworker's; the seller's is the provider's, read-only here.
    await page.locator('input[name="buyerSignature.name"]').fill('Mette Søndergaard');
    expect(await page.locator('input[name^="sellerSignature"]').count()).toBe(0);
    expect(await page.locator('[data-item="sellerSignature"].form-readonly').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'form-contract', 8);

    // English: labels from the definition and the validator's messages in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.locator('[data-item="hasGuardian"] legend').textContent()).toContain('Does the citizen have a guardian?');
    await notice.fill('400');
    expect(await page.locator('#item-noticePeriodDays-error').textContent()).toContain('The number must be from 0 to 365');
    await notice.fill('30');
    expect(await page.locator('[data-autosave] [role="status"]').textContent()).toMatch(/Sav/);
    await page.getByRole('button', { name: 'Skift til dansk' }).click();

    const saved = await waitForStored(id, (a) => a.noticePeriodDays === 30 && a.buyerSignature?.name === 'Mette Søndergaard');
    expect(saved.answers.goals).toEqual([{ title: 'Jeg vil selv handle ind i Netto hver uge', lifeThemeKey: 'SELF_CARE' }]);
    expect(saved.answers.participants).toEqual([{ name: 'Mette Søndergaard', role: 'Rådgiver' }]);
    expect(saved.answers).toMatchObject({ hasGuardian: false });
    expect(saved.answers.guardianName).toBeUndefined(); // hidden again: not saved
    expect(saved.derived.goalSmartness[0].missing).toEqual(['MEASURABLE', 'ACHIEVABLE', 'TIME_BOUND']);
    await context.close();
  });

  it('gives the provider a status note with one entry per goal, the goals shown by name and not removable', { timeout: 120_000 }, async () => {
    const data = await api(STAFF, '{ contracts(first: 50) { edges { node { id status goals { id title } followUpMeetings { id heldAt statusNote { id } } } } } }');
    const contracts = data.contracts.edges.map((e: any) => e.node).filter((c: any) => c.status === 'ACTIVE' && c.goals.length > 0);
    let id: string | null = null;
    let goals: { id: string; title: string }[] = [];
    for (const contract of contracts) {
      const meeting = contract.followUpMeetings.find((m: any) => !m.heldAt && !m.statusNote);
      if (!meeting) continue;
      const reply = await app.api(STAFF, SAVE, { input: { templateKey: 'status-note', subjectId: meeting.id, answers: {} } });
      if (reply.data?.saveFormResponse.formResponse) {
        id = reply.data.saveFormResponse.formResponse.id;
        goals = contract.goals;
        break;
      }
    }
    expect(id).toBeTruthy();
    const { context, page } = await app.loginAs(STAFF);
    await page.goto(`/forms/${encodeURIComponent(id!)}`);
    await page.locator('[data-form-ready="true"]').waitFor();
    const entries = page.locator('[data-item="goalStatuses"] .form-entry');
    expect(await entries.count()).toBeGreaterThan(0);
    expect(goals.map((g) => g.title)).toContain(await entries.first().locator('[data-item="goalId"] .form-readonly-value').textContent());
    expect(await page.locator('[data-item="goalStatuses"]').getByRole('button').count()).toBe(0);
    await page.locator('input[name="goalStatuses.0.score"]').first().check();
    await page.locator('textarea[name="providerAssessment"]').fill('Borgeren er kommet godt i gang.');
    await waitForStored(id!, (a) => a.providerAssessment === 'Borgeren er kommet godt i gang.' && typeof a.goalStatuses?.[0]?.score === 'number', STAFF);
    const stored2 = await api(STAFF, RESPONSE, { id });
    expect(stored2.formResponse.answers.goalStatuses.map((g: any) => g.goalId)).toEqual(goals.slice(0, stored2.formResponse.answers.goalStatuses.length).map((g) => g.id));
    await expectAccessible(page);
    await screenshot(page, 'form-status-note', 8);
    await context.close();
  });

  it('shows a form only the other party fills read-only, without autosave or submit', { timeout: 120_000 }, async () => {
    const contracts = await api(STAFF, '{ contracts(first: 20) { edges { node { id status provider { name } } } } }');
    const contract = contracts.contracts.edges.map((e: any) => e.node).find((c: any) => c.status === 'ACTIVE');
    expect(contract).toBeTruthy();
    const started = await api(STAFF, SAVE, { input: { templateKey: 'change-notice', subjectId: contract.id, answers: {} } });
    expect(started.saveFormResponse.userErrors).toEqual([]);
    const id = started.saveFormResponse.formResponse.id as string;

    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(`/forms/${encodeURIComponent(id)}`);
    await page.locator('[data-form-ready="true"]').waitFor();
    // The provider fills a change notice: the caseworker sees it all read-only, without a submit button.
    expect(await page.locator('.form-renderer input, .form-renderer textarea, .form-renderer select').count()).toBe(0);
    expect(await page.locator('.form-readonly').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Indsend skemaet' }).count()).toBe(0);
    expect(await page.locator('[data-autosave]').count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });
});
