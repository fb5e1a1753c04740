
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/page-checks.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';

/*
 * Citizens in the browser: search by name and CPR, paging with "Vis flere", the CPR masked for provider staff, a
 * citizen's page (contracts, goals with their progression chart and its table, timeline, forms), and consent
 * recorded and revoked. Every page visited passes axe; E2E_SCREENSHOTS=<folder> photographs them at 1280 and 768 px.
 */

const CASEWORKER = 'caseworker@hjoerring.demo';
const STAFF = 'staff@lindely.demo';

let cprSerial = 0;
/** A CPR number no demo citizen has (7th digit 3; the demo data uses 4 or 9). */
const freshCpr = () => `${String(1 + (cprSerial % 28)).padStart(2, '0')}0${1 + Math.floor(cprSerial++ / 28)}72-3${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;


interface CitizenNode {
  id: string;
  name: string;
  cpr: string;
  contracts: { goals: { measurements: { id: string }[] }[]; followUpMeetings: { id: string }[] }[];
}

describe('citizens in Chromium', () => {
  let app: E2eApp;

  const api = strictApi(() => app);
  const createCitizen = async (name: string): Promise<string> => {
    const data = await api(CASEWORKER, 'mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { citizen { id } userErrors { message } } }', { input: { name, cpr: freshCpr() } });
    expect(data.createCitizen.userErrors).toEqual([]);
    return data.createCitizen.citizen.id;
  };
  const citizenUrl = (id: string) => `/citizens/${encodeURIComponent(id)}`;

  beforeAll(async () => {
    app = await startE2eApp();
  }, 120_000);
  afterAll(() => app?.close());

  it('searches by part of the name and by the CPR number without hyphen', async () => {
    const data = await api<{ citizens: { edges: { node: CitizenNode }[] } }>(CASEWORKER, '{ citizens(first: 5) { edges { node { id name cpr } } } }');
    const target = data.citizens.edges[0].node;
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto('/citizens');
    await page.locator('.data-table tbody tr').first().waitFor();
    expect(await page.locator('.data-table caption').textContent()).toBe('Borgere');
    expect(await page.locator('.data-table').textContent()).not.toContain('xxxx');
    await expectAccessible(page);
    await screenshot(page, 'citizens-list');

    const lastName = target.name.split(' ').at(-1)!;
    await page.getByLabel('Søg på navn eller CPR-nummer').fill(lastName);
    await page.getByLabel('Søg på navn eller CPR-nummer').press('Enter');
    await page.waitForURL(`**/citizens?q=${encodeURIComponent(lastName)}`, { waitUntil: 'commit' });
    await expect.poll(() => page.locator('.data-table caption').textContent()).toBe(`Borgere, der matcher "${lastName}"`);
    expect(await page.locator('.data-table tbody').textContent()).toContain(target.name);

    await page.getByLabel('Søg på navn eller CPR-nummer').fill(target.cpr.replace('-', ''));
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect.poll(() => page.locator('.data-table tbody tr').count()).toBe(1);
    expect(await page.locator('.data-table tbody').textContent()).toContain(target.cpr);
    await page.getByRole('link', { name: target.name }).click();
    await page.locator('h1', { hasText: target.name }).waitFor();
    await context.close();
  });

  it('pages through a long result with "Vis flere"', async () => {
    for (let i = 1; i <= 21; i++) await createCitizen(`Pagina Testesen ${String(i).padStart(2, '0')}`);
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto('/citizens?q=Pagina');
    await page.locator('.load-more').waitFor();
    expect(await page.locator('.load-more p').textContent()).toBe('Viser 20 af 21');
    expect(await page.locator('.data-table tbody tr').count()).toBe(20);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => page.locator('.data-table tbody tr').count()).toBe(21);
    expect(await page.locator('.load-more p').textContent()).toBe('Viser 21 af 21');
    expect(await page.getByRole('button', { name: 'Vis flere' }).count()).toBe(0);
    const names = await page.locator('.data-table tbody tr td:first-child').allTextContents();
    expect(new Set(names).size).toBe(21);
    await expectAccessible(page);
    await context.close();
  });

  it('masks the CPR number for provider staff and says so in words', async () => {
    // Provider staff see a citizen with an active contract at their provider and a consent naming them.
    const orgs = await api<{ organizations: { id: string; name: string }[] }>(CASEWORKER, '{ organizations { id name } }');
    const lindelyId = orgs.organizations.find((o) => o.name === 'Bostedet Lindely')!.id;
    const citizenId = await createCitizen('Mikkel Maskeret');
    await api(CASEWORKER, 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { userErrors { message } } }', { input: { citizenId, parties: ['Botilbud'], scope: ['Sociale forhold'], organizationIds: [lindelyId] } });
    const created = await api(CASEWORKER, 'mutation($input: CreateContractInput!) { createContract(input: $input) { contract { id } userErrors { message } } }', {
      input: {
        citizenId, providerId: lindelyId, serviceType: 'SEL_107', startDate: new Date().toISOString().slice(0, 10), assessmentTool: 'VUM', lifeThemeKeys: ['SELF_CARE'],
        purpose: 'Stabil hverdag', goalRationale: 'Borgerens ønske', dischargeCriteria: 'Egen bolig', reportingForms: ['PROSE'],
        goals: [{ lifeThemeKey: 'SELF_CARE', goalType: 'DEVELOP', title: 'Jeg vil selv lave morgenmad', measurableCriterion: 'Hver dag i en måned', deadline: `${new Date().getFullYear() + 1}-12-31` }],
      },
    });
    const contractId = created.createContract.contract.id;
    for (const [email, party] of [[CASEWORKER, 'BUYER'], [STAFF, 'SELLER']]) {
      const { contract } = await api(email, 'query($id: ID!) { contract(id: $id) { version } }', { id: contractId });
      await api(email, 'mutation($input: SignContractInput!) { signContract(input: $input) { userErrors { code } } }', { input: { id: contractId, party, expectedVersion: contract.version } });
    }
    const { context, page } = await app.loginAs(STAFF);
    await page.goto('/citizens');
    await page.locator('.data-table tbody tr').first().waitFor();
    await expect.poll(() => page.locator('.data-table tbody').textContent()).toContain('Mikkel Maskeret');
    const cprs = await page.locator('.data-table tbody .cpr-number').allTextContents();
    expect(cprs.length).toBeGreaterThan(0);
    for (const cpr of cprs) expect(cpr).toMatch(/^\d{6}-xxxx$/);
    expect(await page.locator('.data-table tbody').textContent()).toContain('de sidste fire cifre er skjult for dig');
    expect(await page.getByRole('link', { name: 'Opret borger' }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it("shows a citizen's contracts, goals with a progression chart and its table, and a timeline sorted by date", async () => {
    const data = await api<{ citizens: { edges: { node: CitizenNode }[] } }>(
      CASEWORKER,
      '{ citizens(first: 50) { edges { node { id name cpr contracts { goals { measurements { id } } followUpMeetings { id } } } } } }',
    );
    const measured = data.citizens.edges.map((e) => e.node).find((c) => c.contracts.some((k) => k.followUpMeetings.length > 0 && k.goals.some((g) => g.measurements.length >= 3)))!;
    expect(measured).toBeDefined();
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(citizenUrl(measured.id));
    await page.locator('h1', { hasText: measured.name }).waitFor();
    expect(await page.locator('#details-heading + dl').textContent()).toContain(measured.cpr);
    expect(await page.locator('section[aria-labelledby="contracts-heading"] tbody tr').count()).toBe(measured.contracts.length);

    // recharts arrives in its own chunk; then every goal with readings has a chart, summarised in words.
    await page.locator('.goal-progress-chart .recharts-surface').first().waitFor();
    const summaries = await page.locator('.goal-progress-chart').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    for (const summary of summaries) expect(summary).toMatch(/^Graf over \d+ målinger på (Skala 1-10|VUM).*: baseline (\d+|ingen endnu), seneste opfølgning (\d+|ingen endnu)\.$/);
    const card = page.locator('.goal-progress-card').filter({ has: page.locator('.goal-progress-chart[aria-label^="Graf over"]:not([aria-label^="Graf over 1 "]):not([aria-label^="Graf over 2 "])') }).first();
    await card.locator('.recharts-line-curve').waitFor();
    const readings = card.locator('.goal-readings');
    await readings.locator('summary').click();
    expect(await readings.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await readings.locator('tbody tr').first().textContent()).toContain('Baseline');

    // The progression module's outcome star sits in its slot, lazily loaded.
    await page.locator('.citizen-radar-slot :is(.citizen-radar, .citizen-radar-empty)').first().waitFor();
    expect(await page.locator('#radar-heading').textContent()).toBe('Borgerens progression på tværs af livstemaer');

    const times = await page.locator('.timeline time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
    expect(times.length).toBeGreaterThan(1);
    const instants = times.map((t) => Date.parse(t.length === 10 ? `${t}T12:00:00Z` : t));
    expect(instants).toEqual([...instants].sort((a, b) => b - a));
    expect(await page.locator('.timeline').textContent()).toContain('Kontraktversion');
    await expectAccessible(page);
    await screenshot(page, 'citizen-page');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.locator('#goals-heading', { hasText: 'Goals and progression' }).waitFor();
    expect(await page.locator('.goal-progress-chart').first().getAttribute('aria-label')).toMatch(/^Chart of \d+ readings/);
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
    await context.close();
  });

  it('starts a form about the citizen (useStartForm: a draft, then /forms/:id) and lists it on the citizen page', async () => {
    const citizenId = await createCitizen('Frida Formular');
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(citizenUrl(citizenId));
    await page.locator('h1', { hasText: 'Frida Formular' }).waitFor();
    const start = page.locator('button[data-template-key="vum-life-themes"]');
    expect(await start.textContent()).toBe('Udfyld: Status på livstemaer (VUM)');
    expect(await page.locator('button[data-template-key="complexity-checklist"]').count()).toBe(1);
    await start.click();
    await page.waitForURL('**/forms/**', { waitUntil: 'commit' });
    await page.goBack();
    await page.locator('.form-responses-list li', { hasText: 'Status på livstemaer (VUM)' }).waitFor();
    await expectAccessible(page);
    const responses = await api(CASEWORKER, 'query($id: ID!) { formResponses(subjectId: $id, first: 10) { edges { node { status template { key } } } } }', { id: citizenId });
    expect(responses.formResponses.edges.map((e: { node: unknown }) => e.node)).toEqual([{ status: 'DRAFT', template: { key: 'vum-life-themes' } }]);
    await context.close();
  });

  it('records a consent with parties, scope and exclusions, and revokes it', async () => {
    const citizenId = await createCitizen('Sara Samtykke');
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(citizenUrl(citizenId));
    await page.locator('h1', { hasText: 'Sara Samtykke' }).waitFor();
    expect(await page.locator('section[aria-labelledby="consents-heading"]').textContent()).toContain('Der er ikke registreret samtykker.');
    await page.getByRole('button', { name: 'Registrér samtykke' }).click();
    // Cancelling returns the focus to the button that opened the form.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Nyt samtykke');
    await page.locator('.consent-form').getByRole('button', { name: 'Annuller' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Registrér samtykke');
    await page.keyboard.press('Enter');
    const form = page.locator('.consent-form');
    // Nothing chosen: the server names the missing parties and nothing is recorded.
    await form.getByRole('button', { name: 'Registrér samtykke' }).click();
    await form.locator('.form-error-message').first().waitFor();
    await form.getByLabel('Jobcenter').check();
    await form.getByLabel('Egen læge').check();
    await form.getByLabel('Andre parter').fill('Misbrugskonsulent i Hjørring');
    await form.getByLabel('Helbredsoplysninger').check();
    await form.getByLabel('Hvad må ikke udveksles?').fill('Straffeattest');
    await form.getByLabel('Bostedet Lindely').check();
    expect(await form.getByLabel('Navn, CPR-nummer og kontaktoplysninger').isChecked()).toBe(true);
    await form.getByLabel('Skemaer').uncheck();
    await expectAccessible(page);
    await screenshot(page, 'citizen-consent-form');
    await form.getByRole('button', { name: 'Registrér samtykke' }).click();
    await page.locator('.alert-success', { hasText: 'Samtykket er registreret.' }).waitFor();
    const row = page.locator('.consents-table tbody tr').first();
    expect(await row.textContent()).toContain('Jobcenter, Egen læge, Misbrugskonsulent i Hjørring');
    expect(await row.textContent()).toContain('Straffeattest');
    expect(await row.textContent()).toContain('Gældende');
    expect(await row.textContent()).toContain('Bostedet Lindely');
    expect(await row.textContent()).toContain('Navn, CPR-nummer og kontaktoplysninger, Vurdering, formål, mål og delmål, Målinger, status og møder');

    // By keyboard: Enter on "Tilbagekald" moves the focus to "Ja, tilbagekald"; Enter again revokes.
    await row.getByRole('button', { name: /Tilbagekald samtykket/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, tilbagekald');
    await page.keyboard.press('Enter');
    await page.locator('.alert-success', { hasText: 'Samtykket er tilbagekaldt.' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Samtykket er tilbagekaldt.');
    await expect.poll(() => row.textContent()).toContain('Tilbagekaldt');
    await expectAccessible(page);
    const stored = await api(CASEWORKER, 'query($id: ID!) { citizen(id: $id) { consents { active parties scope excluded revokedAt categories organizations { name } } } }', { id: citizenId });
    expect(stored.citizen.consents).toEqual([
      {
        active: false,
        parties: ['Jobcenter', 'Egen læge', 'Misbrugskonsulent i Hjørring'],
        scope: ['Helbredsoplysninger'],
        excluded: ['Straffeattest'],
        revokedAt: expect.any(String),
        categories: ['IDENTITY', 'GOALS', 'PROGRESS'],
        organizations: [{ name: 'Bostedet Lindely' }],
      },
    ]);
    await context.close();
  });
});
