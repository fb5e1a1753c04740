import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eApp, type E2eApp } from './support/app.js';

/*
 * Form drafts (personal data) kept in localStorage until the server has the answers are removed when the user
 * logs out, and when a session expires and someone else logs in on the same computer; the same user logging in
 * again after an expired session gets the typing back. Logging out saves typing still waiting for the autosave
 * first, and asks before losing what cannot be saved. Where the server is kept from receiving the answers (its
 * saves fail), a draft really is waiting in the browser when the session ends.
 */

const CASEWORKER = 'caseworker@hjoerring.demo';
const OTHER_CASEWORKER = 'caseworker@soroe.demo';
const DRAFT_PREFIX = 'treklang.form-draft.';
const TYPED = 'Borgeren fortæller om sin situation';

const draftsIn = (page: Page) =>
  page.evaluate((prefix) => Object.keys(window.localStorage).filter((key) => key.startsWith(prefix)).map((key) => window.localStorage.getItem(key) ?? ''), DRAFT_PREFIX);

/** Every save of form answers fails as if the network were down; other requests go through. */
async function failSaves(context: BrowserContext): Promise<void> {
  await context.route('**/graphql', (route) => (route.request().postData()?.includes('SaveFormDraft') ? route.abort('internetdisconnected') : route.fallback()));
}

/** Types into the form's free-text reason and waits until the draft holding it is in localStorage. */
async function typeIntoForm(page: Page, formId: string): Promise<void> {
  await page.goto(`/forms/${encodeURIComponent(formId)}`);
  await page.locator('[data-form-ready="true"]').waitFor();
  await page.locator('textarea[name="decisionReason"]').fill(TYPED);
  await expect.poll(async () => (await draftsIn(page)).some((draft) => draft.includes(TYPED))).toBe(true);
}

/**
 * Answers the page's confirm questions with `yes` and keeps their texts. The browser's own dialog is replaced
 * because Playwright, when a click's asynchronous follow-up opens a dialog, can hand that dialog to the test twice
 * and click again after it is answered (seen in CI), which would ask a second question the user never got.
 */
async function answerQuestions(page: Page, yes: boolean): Promise<void> {
  await page.evaluate((answer) => {
    const held = window as { asked?: string[] };
    const asked = held.asked ?? [];
    held.asked = asked;
    window.confirm = (message) => {
      asked.push(String(message));
      return answer;
    };
  }, yes);
}

const questionsAsked = (page: Page) => page.evaluate(() => (window as { asked?: string[] }).asked ?? []);

async function loginOnPage(page: Page, email: string): Promise<void> {
  await page.locator(`button[data-email="${email}"]`).click();
  await page.locator('.app-viewer').waitFor();
}

describe('form drafts in the browser when the user changes', () => {
  let app: E2eApp;
  let citizenId: string;

  const newForm = async (): Promise<string> => {
    const reply = await app.api(CASEWORKER, 'mutation($i: SaveFormResponseInput!) { saveFormResponse(input: $i) { formResponse { id } userErrors { message } } }', {
      i: { templateKey: 'complexity-checklist', subjectId: citizenId, answers: {} },
    });
    expect(reply.errors ?? []).toEqual([]);
    return reply.data!.saveFormResponse.formResponse.id;
  };

  beforeAll(async () => {
    app = await startE2eApp();
    const citizens = await app.api(CASEWORKER, '{ citizens(first: 1) { edges { node { id } } } }');
    citizenId = citizens.data!.citizens.edges[0].node.id;
  }, 120_000);
  afterAll(() => app?.close());

  it('saves typing still waiting for the autosave when the user logs out at once', async () => {
    const formId = await newForm();
    const { context, page } = await app.loginAs(CASEWORKER);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`/forms/${encodeURIComponent(formId)}`);
    await page.locator('[data-form-ready="true"]').waitFor();
    await page.locator('textarea[name="decisionReason"]').fill(TYPED);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.locator('h1', { hasText: 'Log ind' }).waitFor();

    expect(dialogs).toEqual([]);
    expect(await draftsIn(page)).toEqual([]);
    const saved = await app.api(CASEWORKER, 'query($id: ID!) { formResponse(id: $id) { answers } }', { id: formId });
    expect(saved.data!.formResponse.answers).toMatchObject({ decisionReason: TYPED });
    await context.close();
  });

  it('says it is logging out while a slow save is under way, and logs out once the server has the typing', async () => {
    const formId = await newForm();
    const { context, page } = await app.loginAs(CASEWORKER);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('SaveFormDraft')) await held;
      await route.fallback();
    });
    await page.goto(`/forms/${encodeURIComponent(formId)}`);
    await page.locator('[data-form-ready="true"]').waitFor();
    await page.locator('textarea[name="decisionReason"]').fill(TYPED);
    await page.getByRole('button', { name: 'Log ud' }).click();

    const busy = page.getByRole('button', { name: 'Logger ud …' });
    await busy.waitFor();
    expect(await busy.isDisabled()).toBe(true);
    expect(await busy.getAttribute('aria-busy')).toBe('true');
    expect(page.url()).toContain('/forms/');

    release();
    await page.locator('h1', { hasText: 'Log ind' }).waitFor();
    const saved = await app.api(CASEWORKER, 'query($id: ID!) { formResponse(id: $id) { answers } }', { id: formId });
    expect(saved.data!.formResponse.answers).toMatchObject({ decisionReason: TYPED });
    await context.close();
  });

  it('asks before logging out when typing cannot be saved; on yes the drafts go, so the next login finds nothing of them', async () => {
    const formId = await newForm();
    const { context, page } = await app.loginAs(CASEWORKER);
    await failSaves(context);
    await typeIntoForm(page, formId);

    // "No": the user stays, with the typing.
    await answerQuestions(page, false);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expect.poll(() => questionsAsked(page)).toHaveLength(1);
    expect((await questionsAsked(page))[0]).toContain('kunne ikke gemmes');
    await page.getByRole('button', { name: 'Log ud' }).waitFor();
    expect((await draftsIn(page)).some((draft) => draft.includes(TYPED))).toBe(true);
    expect(await page.locator('textarea[name="decisionReason"]').inputValue()).toBe(TYPED);
    expect(page.url()).toContain('/forms/');

    await answerQuestions(page, true);
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL('**/login', { waitUntil: 'commit' });
    await page.locator('h1', { hasText: 'Log ind' }).waitFor();
    expect(await questionsAsked(page)).toHaveLength(2);
    expect(await draftsIn(page)).toEqual([]);

    // Back in, the form has only what the server has.
    await context.unrouteAll();
    await loginOnPage(page, CASEWORKER);
    await page.goto(`/forms/${encodeURIComponent(formId)}`);
    await page.locator('[data-form-ready="true"]').waitFor();
    expect(await page.locator('textarea[name="decisionReason"]').inputValue()).toBe('');
    expect(await draftsIn(page)).toEqual([]);
    await context.close();
  });

  it('keeps the drafts through an expired session for the same user, and removes them when someone else logs in', async () => {
    const formId = await newForm();
    const { context, page } = await app.loginAs(CASEWORKER);
    await failSaves(context);
    await typeIntoForm(page, formId);
    const expire = async () => {
      await page.evaluate(() => {
        const stored = JSON.parse(window.sessionStorage.getItem('treklang.session')!);
        window.sessionStorage.setItem('treklang.session', JSON.stringify({ ...stored, token: 'expired' }));
      });
      await page.reload();
      await page.waitForURL('**/login', { waitUntil: 'commit' });
      await page.locator('h1', { hasText: 'Log ind' }).waitFor();
    };

    // The same user logs in again: nothing typed is lost.
    await expire();
    expect((await draftsIn(page)).some((draft) => draft.includes(TYPED))).toBe(true);
    await loginOnPage(page, CASEWORKER);
    await page.goto(`/forms/${encodeURIComponent(formId)}`);
    await page.locator('[data-form-ready="true"]').waitFor();
    expect(await page.locator('textarea[name="decisionReason"]').inputValue()).toBe(TYPED);

    // Another person logs in after the next expiry: the first user's draft goes.
    await expire();
    expect((await draftsIn(page)).some((draft) => draft.includes(TYPED))).toBe(true);
    await loginOnPage(page, OTHER_CASEWORKER);
    await expect.poll(() => draftsIn(page)).toEqual([]);
    await context.close();
  });
});
