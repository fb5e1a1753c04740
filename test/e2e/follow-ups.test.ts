import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/page-checks.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';
import { activeContract, CASEWORKER, day, STAFF } from './support/follow-up-case.js';

/*
 * A follow-up in the browser, start to end: the caseworker plans a meeting on an ACTIVE contract (kind, Danish date
 * and time, agenda, participants), starts the invitation letter and the before/at/after checklist; the provider's
 * staff write the status note through the status-note form with a score per goal and a changed life theme; the
 * caseworker reads it (and its print view), writes the minutes and completes the meeting, and the contract's
 * version 2 exists. The provider reports a change and the caseworker acknowledges it. Every page passes axe;
 * E2E_SCREENSHOTS=<folder> photographs the pages at 1280 and 768 px.
 */

/** Axe at 1280 and at tablet width (768 px), with screenshots of both when E2E_SCREENSHOTS names a folder. */
async function checkPage(page: Page, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'pg' : 'sqlite';
  const viewport = page.viewportSize();
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 1000 });
    await expectAccessible(page);
    if (!folder) continue;
    await page.screenshot({ path: `${folder}/${name}-${engine}-${width}.png`, fullPage: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0, part = 1; top < height && part <= 6; top += 1000, part++) {
      await page.screenshot({ path: `${folder}/${name}-${engine}-${width}-part${part}.png`, fullPage: true, clip: { x: 0, y: top, width, height: Math.min(1000, height - top) } });
    }
  }
  if (viewport) await page.setViewportSize(viewport);
}

describe('follow-up meetings, status notes and change notices in Chromium', () => {
  let app: E2eApp;
  const api = strictApi(() => app);

  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('plans a follow-up, takes a status note with a score per goal, completes the meeting into contract version 2', { timeout: 240_000 }, async () => {
    const contract = await activeContract(api);
    const meetingDay = day(30);

    // The caseworker plans the meeting from the contract page.
    const cw = await app.loginAs(CASEWORKER);
    await cw.page.goto(`/contracts/${encodeURIComponent(contract.id)}`);
    await cw.page.getByRole('link', { name: 'Planlæg opfølgningsmøde' }).click();
    await cw.page.getByRole('heading', { level: 1, name: 'Planlæg opfølgningsmøde' }).waitFor();
    expect(await cw.page.locator('#participant-1-name').inputValue()).toBe('Karin Kontakt'); // the contract's participants
    expect(await cw.page.locator('#plan-agenda').inputValue()).toContain('Status på indsatsmål');
    // Nothing is sent without a date: the error is at the field.
    await cw.page.getByRole('button', { name: 'Indkald til mødet' }).click();
    expect(await cw.page.locator('#plan-error').textContent()).toContain('Vælg mødets dato');
    await cw.page.locator('#plan-kind-EXTRA').check();
    await cw.page.locator('#plan-date').fill(meetingDay);
    await cw.page.locator('#plan-time').fill('13:30');
    expect(await cw.page.locator('.meeting-deadlines').textContent()).toContain('skriftlige status skal foreligge senest');
    await cw.page.locator('#plan-location').fill('Bostedet Lindely, mødelokalet');
    await cw.page.getByRole('button', { name: 'Tilføj deltager' }).click();
    await expect.poll(() => cw.page.evaluate(() => document.activeElement?.id)).toBe('participant-2-name');
    await cw.page.locator('#participant-2-name').fill('Mette Rådgiver');
    await cw.page.locator('#participant-2-role').fill('rådgiver');
    await cw.page.locator('#participant-2-organization').fill('Hjørring Kommune');
    await checkPage(cw.page, 'follow-up-plan');
    await cw.page.getByRole('button', { name: 'Indkald til mødet' }).click();
    await cw.page.waitForURL('**/meetings/**');
    await cw.page.locator('.alert-success').waitFor();
    const meetingId = decodeURIComponent(new URL(cw.page.url()).pathname.split('/')[2]!);
    const h1 = await cw.page.locator('h1').textContent();
    expect(h1).toContain('13.30');

    const stored = await api(CASEWORKER, 'query($id: ID!) { node(id: $id) { ... on FollowUpMeeting { kind scheduledAt location statusDueBy participants { name role organization } contract { id } } } }', { id: meetingId });
    expect(stored.node).toMatchObject({ kind: 'EXTRA', location: 'Bostedet Lindely, mødelokalet', contract: { id: contract.id } });
    expect(stored.node.participants.map((p: any) => p.name)).toEqual(['Anne Borger', 'Karin Kontakt', 'Mette Rådgiver']);
    // 13:30 Danish time, whatever the browser's time zone.
    expect(new Date(stored.node.scheduledAt).toLocaleString('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).toBe('13:30');
    const participantsTable = cw.page.locator('table', { has: cw.page.locator('caption', { hasText: 'Indkaldte deltagere' }) });
    expect(await participantsTable.locator('tbody tr').count()).toBe(3);
    expect(await participantsTable.textContent()).toContain('Intet svar registreret');
    await checkPage(cw.page, 'follow-up-meeting-planned');

    // The before/at/after checklist is the follow-up checklist form about the meeting.
    await cw.page.locator('button[data-template-key="follow-up-checklist"]').click();
    await cw.page.waitForURL('**/forms/**');
    await cw.page.locator('[data-form-ready="true"]').waitFor();
    expect(await cw.page.locator('h1').textContent()).toContain('Tjekliste til opfølgning');
    await cw.page.goBack();
    await cw.page.locator('#checklist-heading').waitFor();
    await cw.page.locator('.form-responses-list li', { hasText: 'Tjekliste til opfølgning' }).waitFor();
    expect(await cw.page.locator('button[data-template-key="follow-up-checklist"]').count()).toBe(0);
    // The invitation letter (with the four reply options) is started from the meeting too.
    expect(await cw.page.locator('.reply-options li').count()).toBe(4);
    await cw.page.locator('button[data-template-key="meeting-invitation"]').click();
    await cw.page.waitForURL('**/forms/**');
    await cw.page.locator('[data-form-ready="true"]').waitFor();
    expect(await cw.page.locator('h1').textContent()).toContain('Indkaldelse');
    await cw.page.locator('input[name="meetingDate"]').fill(meetingDay);
    await cw.page.locator('input[name="respondentName"]').fill('Karin Kontakt');
    await cw.page.locator('input[name="reply"][value="ATTEND"]').check();
    await expect.poll(() => cw.page.locator('[data-autosave] [role="status"]').textContent(), { timeout: 10_000 }).toMatch(/Gemt kl\./);
    await cw.page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    expect(await cw.page.locator('.invitation-letters li').textContent()).toContain('Svar fra Karin Kontakt');
    // The letter is a document; a reply counts when it is recorded on the meeting, by the participant it belongs to.
    const row = (name: string) => participantsTable.locator('tbody tr', { hasText: name });
    expect(await row('Karin Kontakt').locator('[data-reply]').getAttribute('data-reply')).toBe('');
    await cw.page.getByRole('button', { name: 'Registrér svar fra Mette Rådgiver' }).click();
    await expect.poll(() => cw.page.evaluate(() => document.activeElement?.id)).toBe('reply-2-heading');
    await cw.page.locator('#reply-2-option-2').check(); // another date
    await cw.page.getByRole('button', { name: 'Gem svaret' }).click();
    expect(await cw.page.locator('#reply-2-comment-error').textContent()).toContain('Skriv, hvilke andre datoer deltageren kan');
    await expect.poll(() => cw.page.evaluate(() => document.activeElement?.id)).toBe('reply-2-comment');
    await cw.page.locator('#reply-2-comment').fill('Tirsdag eller torsdag formiddag i samme uge.');
    await cw.page.locator('#reply-2-answered-by').fill('Mettes kollega');
    await checkPage(cw.page, 'follow-up-reply-form');
    await cw.page.getByRole('button', { name: 'Gem svaret' }).click();
    await cw.page.locator('.alert-success', { hasText: 'Svaret fra Mette Rådgiver er registreret' }).waitFor();
    await expect.poll(() => cw.page.evaluate(() => document.activeElement?.id)).toBe('reply-button-2');
    expect(await row('Mette Rådgiver').locator('[data-reply]').getAttribute('data-reply')).toBe('OTHER_DATE');
    expect(await row('Mette Rådgiver').textContent()).toContain('Ønsker en anden dato');
    expect(await row('Mette Rådgiver').textContent()).toContain('Tirsdag eller torsdag formiddag');
    expect(await row('Mette Rådgiver').textContent()).toContain('Mettes kollega');
    expect(await row('Mette Rådgiver').textContent()).toContain('registreret af Hjørring Kommune');
    await checkPage(cw.page, 'follow-up-meeting-replies');

    // The provider's staff see the status note due on their work list and write it through the status-note form.
    const staff = await app.loginAs(STAFF);
    await staff.page.getByRole('heading', { level: 2, name: /Kommende frister/ }).waitFor();
    await staff.page.locator(`a[href="/meetings/${encodeURIComponent(meetingId)}"]`).first().click();
    await staff.page.locator('#status-note-heading').waitFor();
    expect(await staff.page.locator('#complete-heading').count()).toBe(0); // completing is the caseworker's
    // The provider's staff record the reply of their own contact person.
    await staff.page.getByRole('button', { name: 'Registrér svar fra Karin Kontakt' }).click();
    await staff.page.locator('#reply-1-option-0').check();
    await staff.page.getByRole('button', { name: 'Gem svaret' }).click();
    await staff.page.locator('.alert-success', { hasText: 'Svaret fra Karin Kontakt er registreret' }).waitFor();
    const staffRow = staff.page.locator('table', { has: staff.page.locator('caption', { hasText: 'Indkaldte deltagere' }) }).locator('tbody tr', { hasText: 'Karin Kontakt' });
    expect(await staffRow.locator('[data-reply]').getAttribute('data-reply')).toBe('ATTEND');
    expect(await staffRow.textContent()).toContain('registreret af Bostedet Lindely');
    const replies = await api(CASEWORKER, 'query($id: ID!) { node(id: $id) { ... on FollowUpMeeting { invitationReplies { participantIndex reply answeredBy comment participant { name } } } } }', { id: meetingId });
    expect(replies.node.invitationReplies).toEqual([
      { participantIndex: 1, reply: 'ATTEND', answeredBy: 'Karin Kontakt', comment: null, participant: { name: 'Karin Kontakt' } },
      { participantIndex: 2, reply: 'OTHER_DATE', answeredBy: 'Mettes kollega', comment: 'Tirsdag eller torsdag formiddag i samme uge.', participant: { name: 'Mette Rådgiver' } },
    ]);
    await staff.page.getByRole('button', { name: 'Skriv statusnotat' }).click();
    await staff.page.waitForURL('**/forms/**');
    await staff.page.locator('[data-form-ready="true"]').waitFor();
    const p = staff.page;
    expect(await p.locator('[data-item="goalStatuses"] .form-entry').count()).toBe(3);
    await p.locator('textarea[name="providerAssessment"]').fill('Borgeren er kommet godt i gang med alle tre mål.');
    await p.locator('input[name="hasThemeChanges"][value="true"]').check();
    await p.getByRole('button', { name: 'Tilføj ændring' }).click();
    await p.locator('select[name="themeChanges.0.lifeThemeKey"]').selectOption('MENTAL_FUNCTIONS');
    await p.locator('textarea[name="themeChanges.0.description"]').fill('Sover bedre efter ny døgnrytme.');
    await p.locator('input[name="themeChanges.0.functionalLevel"][value="2"]').check();
    await p.locator('textarea[name="remarks"]').fill('Målet om venskaber bør gøres mere konkret.');
    if ((await p.locator('input[name="services.0.serviceName"]').count()) === 0) await p.getByRole('button', { name: 'Tilføj serviceydelse' }).click();
    await p.locator('input[name="services.0.serviceName"]').fill('Socialpædagogisk støtte');
    await p.locator('input[name="services.0.workingAsIntended"][value="true"]').check();
    await p.locator('textarea[name="services.0.howFar"]').fill('Halvvejs.');
    await p.locator('textarea[name="services.0.howWorked"]').fill('Ugentlige samtaler.');
    const scores = [6, 7, 5];
    for (let i = 0; i < 3; i++) {
      await p.locator(`input[name="goalStatuses.${i}.attainment"][value="PARTLY"]`).check();
      await p.locator(`textarea[name="goalStatuses.${i}.how"]`).fill(`Arbejdet med mål ${i + 1} hver uge.`);
      await p.locator(`textarea[name="goalStatuses.${i}.citizenView"]`).fill('Det går bedre.');
      await p.locator(`textarea[name="goalStatuses.${i}.professionalView"]`).fill('Tydelig fremgang.');
      await p.locator(`input[name="goalStatuses.${i}.score"][value="${scores[i]}"]`).check();
    }
    await p.locator('input[name="reviewedWithCitizen"][value="true"]').check();
    await p.locator('input[name="reviewedWith"][value="CITIZEN"]').check();
    await p.locator('input[name="recommendation"][value="CONTINUE"]').check();
    await p.getByRole('button', { name: 'Indsend skemaet' }).click();
    await p.locator('.alert-success').waitFor();

    // The meeting now has the note, on time; its page shows a score per goal against the baseline.
    await p.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    const summary = p.locator('.status-note-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('til tiden');
    await checkPage(p, 'follow-up-meeting-provider');
    await summary.getByRole('link', { name: 'Læs statusnotatet' }).click();
    await p.locator('.note-goals-table').waitFor();
    for (const [i, g] of [...contract.goals].sort((a, b) => a.priority - b.priority).entries()) {
      const row = p.locator(`tr[data-goal-id="${g.id}"]`);
      expect(await row.locator('[data-score]').getAttribute('data-score')).toBe(String(scores[i]));
      expect(await row.textContent()).toContain(`${scores[i] - (3 + i) > 0 ? '+' : ''}${scores[i] - (3 + i)}`);
    }
    expect(await p.locator('.theme-changes').textContent()).toContain('Mentale funktioner');
    expect(await p.locator('[data-on-time]').getAttribute('data-on-time')).toBe('true');
    await checkPage(p, 'status-note');
    // English too: the page's texts switch, the note's own words stay as written.
    await p.getByRole('button', { name: 'Switch to English' }).click();
    await p.getByRole('heading', { level: 1, name: 'Status note' }).waitFor();
    expect(await p.locator('#note-goals').textContent()).toBe('Goals');
    await expectAccessible(p);
    await p.getByRole('button', { name: 'Skift til dansk' }).click();
    await staff.context.close();

    const latest = await api(CASEWORKER, 'query($id: ID!) { contract(id: $id) { goals { id latest { value kind } } statusNotes { id onTime recommendation } } }', { id: contract.id });
    expect(latest.contract.statusNotes).toHaveLength(1);
    expect(latest.contract.statusNotes[0]).toMatchObject({ onTime: true, recommendation: 'CONTINUE' });
    for (const [i, g] of [...contract.goals].sort((a, b) => a.priority - b.priority).entries()) {
      expect(latest.contract.goals.find((x: any) => x.id === g.id).latest).toEqual({ value: scores[i], kind: 'FOLLOW_UP' });
    }

    // The caseworker reads the note and its print view, then writes the minutes and completes the meeting.
    await cw.page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    await cw.page.locator('.status-note-summary').getByRole('link', { name: 'Udskriv statusnotatet' }).click();
    await cw.page.locator('.status-note-document h1').waitFor();
    expect(await cw.page.locator('.status-note-document').textContent()).toContain('Borgeren er kommet godt i gang');
    await checkPage(cw.page, 'status-note-print');
    await cw.page.emulateMedia({ media: 'print' });
    expect(await cw.page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    expect(await cw.page.locator('nav').first().isVisible()).toBe(false);
    if (process.env.E2E_SCREENSHOTS) await cw.page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/status-note-print-media.png`, fullPage: true });
    await cw.page.emulateMedia({ media: 'screen' });

    await cw.page.goto(`/meetings/${encodeURIComponent(meetingId)}`);
    await cw.page.locator('#complete-heading').waitFor();
    expect(await cw.page.locator('#decision-CONTINUE').isChecked()).toBe(true); // the provider's recommendation
    await cw.page.getByRole('button', { name: 'Afslut mødet' }).click();
    expect(await cw.page.locator('#complete-minutes-error').textContent()).toContain('Skriv referatet');
    // Focus moves to the first field with an error once the error is rendered, not in the same frame as the click.
    await expect.poll(() => cw.page.evaluate(() => document.activeElement?.id)).toBe('complete-minutes');
    await cw.page.locator('#complete-minutes').fill('Status gennemgået. Indsatsen fortsætter; målet om venskaber konkretiseres.');
    await cw.page.locator('#outcome-0-status').selectOption('PARTLY_ACHIEVED');
    await cw.page.locator('#outcome-0-comment').fill('Handler ind én gang om ugen.');
    await checkPage(cw.page, 'follow-up-complete-form');
    await cw.page.getByRole('button', { name: 'Afslut mødet' }).click();
    await cw.page.locator('.alert-success', { hasText: 'Kontrakten er nu i version 2' }).waitFor();
    await cw.page.locator('#outcome-heading').waitFor();
    expect(await cw.page.locator('[data-contract-version]').getAttribute('data-contract-version')).toBe('2');
    expect(await cw.page.locator('.minutes-text').textContent()).toContain('Indsatsen fortsætter');
    await checkPage(cw.page, 'follow-up-meeting-held');
    await cw.page.locator('[data-contract-version] a').click();
    await cw.page.waitForURL(`**/contracts/${encodeURIComponent(contract.id)}#versions`);
    await cw.page.locator('#versions-heading').waitFor();

    const after = await api(CASEWORKER, 'query($id: ID!) { contract(id: $id) { documentVersion nextFollowUpDate versions { number reason } goals { priority status outcomeComment } followUpMeetings { id heldAt minutes decision } } }', { id: contract.id });
    expect(after.contract.documentVersion).toBe(2);
    expect(after.contract.versions.map((v: any) => v.number)).toEqual([1, 2]);
    expect(after.contract.versions[1].reason).toMatch(/^Opfølgningsmøde \d{4}-\d{2}-\d{2}$/);
    const held = after.contract.followUpMeetings.find((m: any) => m.id === meetingId);
    expect(held).toMatchObject({ decision: 'CONTINUE', minutes: 'Status gennemgået. Indsatsen fortsætter; målet om venskaber konkretiseres.' });
    expect(held.heldAt).toBeTruthy();
    expect(after.contract.goals.find((g: any) => g.priority === 1)).toMatchObject({ status: 'PARTLY_ACHIEVED', outcomeComment: 'Handler ind én gang om ugen.' });
    expect(after.contract.followUpMeetings.filter((m: any) => !m.heldAt)).toHaveLength(1); // the next regular meeting
    await cw.context.close();
  });

  it('lets the provider report a change that the caseworker acknowledges', { timeout: 120_000 }, async () => {
    const contract = await activeContract(api);
    const staff = await app.loginAs(STAFF);
    await staff.page.goto(`/contracts/${encodeURIComponent(contract.id)}`);
    await staff.page.getByRole('link', { name: 'Meld en ændring' }).first().click();
    await staff.page.getByRole('heading', { level: 1, name: 'Meld en ændring' }).waitFor();
    await staff.page.getByRole('button', { name: 'Send til myndigheden' }).click();
    expect(await staff.page.locator('#change-description-error').textContent()).toContain('Skal udfyldes');
    await expect.poll(() => staff.page.evaluate(() => document.activeElement?.id)).toBe('change-description');
    await checkPage(staff.page, 'change-notice-new');
    await staff.page.locator('#change-description').fill('Borgeren er faldet og har brækket armen.');
    await staff.page.locator('#change-consequences').fill('Målet om indkøb kan ikke arbejdes med de næste seks uger.');
    await staff.page.locator('#change-documentation').fill('Skadestuenotat fra Aalborg Universitetshospital.');
    await staff.page.getByRole('button', { name: 'Send til myndigheden' }).click();
    await staff.page.waitForURL('**/change-notices');
    await staff.page.locator('.alert-success', { hasText: 'sendt til myndigheden' }).waitFor();
    const card = staff.page.locator('.change-notice');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain('Ikke kvitteret');
    expect(await card.getByRole('button').count()).toBe(0); // acknowledging is the authority's
    await checkPage(staff.page, 'change-notices-provider');
    await staff.context.close();

    const cw = await app.loginAs(CASEWORKER);
    await cw.page.goto(`/contracts/${encodeURIComponent(contract.id)}/change-notices`);
    const notice = cw.page.locator('.change-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Skadestuenotat');
    await notice.getByRole('button', { name: /Kvittér for ændringen/ }).click();
    await cw.page.locator('.alert-success', { hasText: 'kvitteret' }).waitFor();
    await notice.locator('[data-acknowledged="true"], .badge', { hasText: 'Kvitteret af myndigheden' }).first().waitFor();
    await checkPage(cw.page, 'change-notices-caseworker');
    await cw.context.close();

    const stored = await api(CASEWORKER, 'query($id: ID!) { contract(id: $id) { changeNotices { description consequences documentation acknowledgedAt } } }', { id: contract.id });
    expect(stored.contract.changeNotices).toHaveLength(1);
    expect(stored.contract.changeNotices[0]).toMatchObject({ description: 'Borgeren er faldet og har brækket armen.', documentation: 'Skadestuenotat fra Aalborg Universitetshospital.' });
    expect(stored.contract.changeNotices[0].acknowledgedAt).toBeTruthy();
  });
});
