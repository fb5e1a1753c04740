
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/page-checks.js';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';

/*
 * Contracts in the browser: the caseworker writes a contract with three goals and sees a fourth refused; a goal
 * edit against a stale version; both parties sign; the provider proposes sub-goals and the caseworker approves
 * them; the print view. Arranging beyond the step under test goes through the API. Every page visited passes
 * axe. With E2E_SCREENSHOTS=<folder> each page is also photographed at 1280 and 768 px.
 */

const CASEWORKER = 'caseworker@hjoerring.demo';
const STAFF = 'staff@lindely.demo';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
let cprSerial = 0;
/** A CPR number no demo citizen has (7th digit 2; the demo data uses 4 or 9). */
const freshCpr = () => `${String(1 + (cprSerial % 28)).padStart(2, '0')}0${1 + Math.floor(cprSerial++ / 28)}85-2${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;


interface Arranged {
  citizenId: string;
  contractId: string;
  goalIds: string[];
}

describe('contracts in Chromium', () => {
  let app: E2eApp;
  let lindelyId: string;

  const api = strictApi(() => app);

  /** A citizen of Hjørring with a draft contract at Bostedet Lindely and `goals` goals, through the API. */
  const arrangeContract = async (goals: number, { consent = true } = {}): Promise<Arranged> => {
    const citizen = await api(CASEWORKER, 'mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { citizen { id } userErrors { message } } }', {
      input: { name: `Arrangeret Borger ${cprSerial}`, cpr: freshCpr() },
    });
    const citizenId = citizen.createCitizen.citizen.id;
    // The citizen lets Bostedet Lindely see everything: a provider sees personal data only under such a consent.
    if (consent) {
      const granted = await api(CASEWORKER, 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { userErrors { message } } }', {
        input: { citizenId, parties: ['Botilbud'], scope: ['Sociale forhold'], organizationIds: [lindelyId] },
      });
      expect(granted.grantConsent.userErrors).toEqual([]);
    }
    const contract = await api(CASEWORKER, 'mutation($input: CreateContractInput!) { createContract(input: $input) { contract { id goals { id } } userErrors { message } } }', {
      input: {
        citizenId,
        providerId: lindelyId,
        serviceType: 'SEL_107',
        startDate: isoDay(0),
        assessmentTool: 'VUM',
        lifeThemeKeys: ['MENTAL_FUNCTIONS', 'PRACTICAL_TASKS'],
        purpose: 'At borgeren får en stabil hverdag.',
        goalRationale: 'Borgeren ønsker selv at kunne klare hverdagen.',
        dischargeCriteria: 'Borgeren kan bo i egen bolig med bostøtte.',
        reportingForms: ['PROSE', 'NUMBERS'],
        goals: Array.from({ length: goals }, (_, i) => ({
          lifeThemeKey: i % 2 ? 'PRACTICAL_TASKS' : 'MENTAL_FUNCTIONS',
          goalType: 'DEVELOP',
          title: `Jeg vil klare opgave nummer ${i + 1} selv`,
          measurableCriterion: 'Klaret tre uger i træk',
          deadline: isoDay(365),
        })),
      },
    });
    expect(contract.createContract.userErrors).toEqual([]);
    return { citizenId, contractId: contract.createContract.contract.id, goalIds: contract.createContract.contract.goals.map((g: { id: string }) => g.id) };
  };

  const contractUrl = (id: string) => `/contracts/${encodeURIComponent(id)}`;

  /** Both parties sign through the API: the contract becomes ACTIVE. */
  const signBoth = async (contractId: string) => {
    for (const [email, party] of [
      [CASEWORKER, 'BUYER'],
      [STAFF, 'SELLER'],
    ]) {
      const { contract } = await api(email, 'query($id: ID!) { contract(id: $id) { version } }', { id: contractId });
      const reply = await api(email, 'mutation($input: SignContractInput!) { signContract(input: $input) { userErrors { code } } }', { input: { id: contractId, party, expectedVersion: contract.version } });
      expect(reply.signContract.userErrors).toEqual([]);
    }
  };

  beforeAll(async () => {
    app = await startE2eApp();
    const orgs = await api<{ organizations: { id: string; name: string }[] }>(CASEWORKER, '{ organizations { id name } }');
    lindelyId = orgs.organizations.find((o) => o.name === 'Bostedet Lindely')!.id;
  }, 120_000);
  afterAll(() => app?.close());

  it('lets the caseworker create a citizen, a contract and three goals, and shows the server refusing a fourth (GOAL_LIMIT)', async () => {
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto('/citizens');
    await page.getByRole('link', { name: 'Opret borger' }).click();
    await page.locator('h1', { hasText: 'Opret borger' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Navn').fill('Karen Kontraktsen');
    await page.getByLabel('CPR-nummer').fill('310299-1234');
    await page.getByRole('button', { name: 'Opret borger' }).click();
    // A date that does not exist is refused at the field, with nothing created.
    await expect.poll(() => page.locator('#citizen-cpr-error').textContent()).toContain('dato');
    await page.getByLabel('CPR-nummer').fill(freshCpr());
    await page.getByRole('button', { name: 'Opret borger' }).click();
    await page.locator('h1', { hasText: 'Karen Kontraktsen' }).waitFor();
    expect(await page.locator('.alert-success').textContent()).toContain('Borgeren er oprettet');

    await page.getByRole('link', { name: 'Opret kontrakt' }).click();
    await page.locator('h1', { hasText: 'Opret kontrakt' }).waitFor();
    await page.getByLabel('Leverandør').selectOption({ label: 'Bostedet Lindely' });
    await expectAccessible(page);
    await screenshot(page, 'contract-new');
    // Submitting with parts missing names each one at its field and sends nothing.
    await page.getByRole('button', { name: 'Opret kontrakt som udkast' }).click();
    expect(await page.locator('#contract-purpose-error').textContent()).toContain('Udfyld feltet');
    expect(await page.locator('#contract-themes-error').textContent()).toContain('Udfyld feltet');
    await page.getByLabel('Ydelse').selectOption('SEL_107');
    await page.getByLabel('Startdato').fill(isoDay(0));
    await page.getByLabel('Mentale funktioner').check();
    await page.getByLabel('Praktiske opgaver').check();
    await page.getByLabel('Formål med indsatsen').fill('At Karen får en stabil hverdag i eget hjem.');
    await page.getByLabel('Begrundelse for valg af mål').fill('Karen ønsker selv at kunne klare sin hverdag.');
    await page.getByLabel('Udskrivningskriterier').fill('Karen kan bo i egen bolig med bostøtte.');
    await page.getByLabel('Takst i kroner').fill('2.150,50');
    await page.getByLabel('Taksten er').selectOption('PER_DAY');
    await page.getByLabel('Opsigelsesvarsel i dage').fill('30');
    await page.getByRole('button', { name: 'Opret kontrakt som udkast' }).click();
    await page.locator('h1', { hasText: 'Kontrakt for Karen Kontraktsen' }).waitFor();
    expect(await page.locator('.contract-terms').textContent()).toContain('2.150,50 kr. pr. døgn');

    const goals = [
      { theme: 'Mentale funktioner', type: 'Udvikle funktionsevne', title: 'Jeg vil selv tage min medicin hver morgen', criterion: 'Medicinen er taget 4 uger i træk' },
      { theme: 'Praktiske opgaver', type: 'Udvikle funktionsevne', title: 'Jeg vil selv handle ind en gang om ugen', criterion: 'Handlet ind alene 6 uger i træk' },
      { theme: 'Praktiske opgaver', type: 'Fastholde funktionsevne', title: 'Jeg vil blive ved med at gøre rent selv', criterion: 'Rengøring klaret hver uge i et halvt år' },
    ];
    const form = page.locator('.add-goal-form');
    // The live SMART check names what is missing while typing.
    await form.getByLabel('Målet').fill('Medicin');
    expect(await form.locator('.smart-live').textContent()).toContain('Specifikt');
    for (const goal of goals) {
      await form.getByLabel('Livstema').selectOption({ label: goal.theme });
      await form.getByLabel('Måltype').selectOption({ label: goal.type });
      await form.getByLabel('Målet').fill(goal.title);
      await form.getByLabel('Målbart kriterie').fill(goal.criterion);
      await form.getByLabel('Frist').fill(isoDay(365));
      expect(await form.locator('.smart-live').textContent()).toContain('Målet er SMART');
      await form.getByRole('button', { name: 'Tilføj mål' }).click();
      await page.locator('.goal-card h3', { hasText: goal.title }).waitFor();
      await expect.poll(() => form.getByLabel('Målet').inputValue()).toBe('');
    }
    expect(await page.locator('.goal-card').count()).toBe(3);
    expect(await page.locator('.goal-card').first().locator('.smart-complete').count()).toBe(1);

    const fourth = 'Jeg vil tage bussen alene til arbejde';
    await form.getByLabel('Livstema').selectOption({ label: 'Mentale funktioner' });
    await form.getByLabel('Måltype').selectOption({ label: 'Udvikle funktionsevne' });
    await form.getByLabel('Målet').fill(fourth);
    await form.getByLabel('Målbart kriterie').fill('Taget bussen alene 10 gange');
    await form.getByLabel('Frist').fill(isoDay(365));
    await form.getByRole('button', { name: 'Tilføj mål' }).click();
    const refusal = form.locator('[data-code="GOAL_LIMIT"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe('En kontrakt kan højst have 3 indsatsmål.');
    expect(await form.getByLabel('Målet').inputValue()).toBe(fourth);
    expect(await page.locator('.goal-card').count()).toBe(3);
    await expectAccessible(page);
    await screenshot(page, 'contract-goals');
    await context.close();
  });

  it('shows a VERSION_CONFLICT when someone else saved the goal, keeps the typed text and saves it against the new version', async () => {
    const { contractId, goalIds } = await arrangeContract(1);
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(contractUrl(contractId));
    const card = page.locator('.goal-card').first();
    await card.getByRole('button', { name: /Ret målet/ }).click();
    // The opened form takes the focus at its heading; Tab goes on to its first field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ret målet');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('edit-goal-1-theme');
    const mine = 'Jeg vil lave mad selv tre dage om ugen';
    await card.getByLabel('Målet', { exact: true }).fill(mine);

    const current = await api(CASEWORKER, 'query($id: ID!) { node(id: $id) { ... on Goal { version } } }', { id: goalIds[0] });
    const theirs = 'Jeg vil lave morgenmad selv hver dag';
    const saved = await api(CASEWORKER, 'mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { version } userErrors { code } } }', {
      input: { id: goalIds[0], expectedVersion: current.node.version, title: theirs },
    });
    expect(saved.updateGoal.userErrors).toEqual([]);

    await card.getByRole('button', { name: 'Gem ændringer' }).click();
    const conflict = card.locator('[data-code="VERSION_CONFLICT"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Målet er ændret af en anden');
    expect(await conflict.locator('.differs').textContent()).toBe(`Målet${theirs} (afviger fra din tekst)`);
    expect(await card.getByLabel('Målet', { exact: true }).inputValue()).toBe(mine);
    await expectAccessible(page);
    await screenshot(page, 'contract-goal-conflict');

    await card.getByRole('button', { name: 'Gem min tekst' }).click();
    await card.locator('h3', { hasText: mine }).waitFor();
    expect(await card.locator('.alert-success').textContent()).toContain('Målet er gemt');
    const after = await api(CASEWORKER, 'query($id: ID!) { node(id: $id) { ... on Goal { title version } } }', { id: goalIds[0] });
    expect(after.node).toEqual({ title: mine, version: current.node.version + 2 });
    await context.close();
  });

  it('lets the caseworker change the agreement, and keeps the typed changes through a VERSION_CONFLICT', async () => {
    const { contractId } = await arrangeContract(1);
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(contractUrl(contractId));
    const terms = page.locator('section.contract-terms');
    await terms.getByRole('button', { name: 'Ret aftalen' }).click();
    const form = terms.locator('form.edit-contract-terms');
    expect(await form.getByLabel('Formål med indsatsen').inputValue()).toBe('At borgeren får en stabil hverdag.');
    await form.getByLabel('Formål med indsatsen').fill('At borgeren kan klare sin økonomi og sin bolig.');
    await form.getByLabel('Takst i kroner').fill('1.875,25');
    await form.getByLabel('Taksten er').selectOption('PER_DAY');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Gem aftalen' }).click();
    await terms.locator('.alert-success', { hasText: 'Aftalen er gemt.' }).waitFor();
    expect(await terms.locator('.contract-facts').textContent()).toContain('At borgeren kan klare sin økonomi og sin bolig.');
    expect(await terms.locator('.contract-facts').textContent()).toContain('1.875,25 kr. pr. døgn');

    await terms.getByRole('button', { name: 'Ret aftalen' }).click();
    const mine = 'At borgeren får venner i lokalområdet.';
    await form.getByLabel('Formål med indsatsen').fill(mine);
    const current = await api(CASEWORKER, 'query($id: ID!) { contract(id: $id) { version } }', { id: contractId });
    const theirs = 'At borgeren kommer i beskæftigelse.';
    const saved = await api(CASEWORKER, 'mutation($input: UpdateContractInput!) { updateContract(input: $input) { userErrors { code } } }', { input: { id: contractId, expectedVersion: current.contract.version, purpose: theirs } });
    expect(saved.updateContract.userErrors).toEqual([]);
    await form.getByRole('button', { name: 'Gem aftalen' }).click();
    await form.locator('[data-code="VERSION_CONFLICT"]').waitFor();
    expect(await form.getByLabel('Formål med indsatsen').inputValue()).toBe(mine);
    await expect.poll(() => terms.locator('.contract-facts').textContent()).toContain(theirs);
    await form.getByRole('button', { name: 'Gem aftalen' }).click();
    await terms.locator('.alert-success', { hasText: 'Aftalen er gemt.' }).waitFor();
    const after = await api(CASEWORKER, 'query($id: ID!) { contract(id: $id) { purpose price { amount unit } } }', { id: contractId });
    expect(after.contract).toEqual({ purpose: mine, price: { amount: 1875.25, unit: 'PER_DAY' } });
    await context.close();
  });

  it('has both parties sign, the provider propose two sub-goals and the caseworker approve them, visible to both', async () => {
    const { contractId } = await arrangeContract(2);
    const caseworker = await app.loginAs(CASEWORKER);
    await caseworker.page.goto(contractUrl(contractId));
    await caseworker.page.getByRole('button', { name: 'Underskriv som køber (myndighed)' }).click();
    await caseworker.page.locator('[data-party="BUYER"]', { hasText: 'Underskrevet af' }).waitFor();
    expect(await caseworker.page.getByRole('button', { name: /Underskriv som sælger/ }).count()).toBe(0);

    const staff = await app.loginAs(STAFF);
    await staff.page.goto(contractUrl(contractId));
    await staff.page.locator('h1').waitFor();
    await expectAccessible(staff.page);
    await staff.page.getByRole('button', { name: 'Underskriv som sælger (leverandør)' }).click();
    await staff.page.locator('.alert-success', { hasText: 'nu aktiv (version 1)' }).waitFor();
    await staff.page.locator('.goal-card').first().waitFor();
    await expect.poll(() => staff.page.locator('[data-withheld]').count()).toBe(0);
    expect(await staff.page.locator('.contract-terms').textContent()).toMatch(/\d{6}-xxxx/);
    expect(await staff.page.locator('#versions').textContent()).toContain('Kontrakten er underskrevet og aktiveret');
    expect(await staff.page.getByRole('button', { name: /Ret målet/ }).count()).toBe(0);
    const firstGoal = staff.page.locator('.goal-card').first();
    for (const title of ['Jeg tager medicinen, når personalet minder mig om det', 'Jeg lægger selv medicinen i doseringsæsken']) {
      await firstGoal.getByRole('button', { name: 'Foreslå delmål' }).click();
      await firstGoal.getByLabel('Delmålet').fill(title);
      await firstGoal.getByLabel('Sådan arbejder vi med det').fill('Daglig støtte fra kontaktpersonen');
      await firstGoal.locator('form').getByRole('button', { name: 'Foreslå delmål' }).click();
      await firstGoal.locator('.sub-goal', { hasText: title }).waitFor();
    }
    expect(await firstGoal.locator('.sub-goal[data-approval="PROPOSED"]').count()).toBe(2);
    expect(await firstGoal.locator('.sub-goal').first().textContent()).toContain('Afventer godkendelse');
    await expectAccessible(staff.page);
    await screenshot(staff.page, 'contract-staff');

    // Without a consent naming the provider, its staff see the business terms and are told the rest is withheld.
    const unconsented = await arrangeContract(1, { consent: false });
    await signBoth(unconsented.contractId);
    await staff.page.goto(contractUrl(unconsented.contractId));
    await staff.page.locator('[data-withheld]').waitFor();
    expect(await staff.page.locator('h1').textContent()).toBe('Kontrakt');
    expect(await staff.page.locator('.goal-card').count()).toBe(0);
    expect(await staff.page.locator('.contract-facts').textContent()).toContain('Bostedet Lindely');
    await expectAccessible(staff.page);

    await caseworker.page.reload();
    const goal = caseworker.page.locator('.goal-card').first();
    await goal.locator('.sub-goal').first().waitFor();
    expect(await caseworker.page.locator('.contract-terms').textContent()).toContain('Aktiv');
    await expectAccessible(caseworker.page);
    // By keyboard: Enter on "Godkend"; the confirmation then holds the focus (the button is gone).
    for (const title of ['Jeg tager medicinen, når personalet minder mig om det', 'Jeg lægger selv medicinen i doseringsæsken']) {
      await goal.getByRole('button', { name: `Godkend delmålet "${title}"` }).focus();
      await caseworker.page.keyboard.press('Enter');
      await goal.locator('.sub-goal[data-approval="APPROVED"]', { hasText: title }).waitFor();
      await expect.poll(() => caseworker.page.evaluate(() => document.activeElement?.textContent)).toBe('Delmålet er godkendt.');
    }
    expect(await goal.locator('.sub-goal', { hasText: 'Godkendt' }).count()).toBe(2);
    await screenshot(caseworker.page, 'contract-caseworker');

    await staff.page.goto(contractUrl(contractId));
    await staff.page.locator('.goal-card').first().locator('.sub-goal').first().waitFor();
    expect(await staff.page.locator('.goal-card').first().locator('.sub-goal[data-approval="APPROVED"]').count()).toBe(2);
    await caseworker.context.close();
    await staff.context.close();
  });

  it('rejects a sub-goal only with a reason the provider can read, and terminates the active contract with a reason', async () => {
    const { contractId, goalIds } = await arrangeContract(1);
    await signBoth(contractId);
    const vague = 'Jeg har det godt';
    await api(STAFF, 'mutation($input: ProposeSubGoalInput!) { proposeSubGoal(input: $input) { subGoal { id } } }', { input: { goalId: goalIds[0], title: vague } });

    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(contractUrl(contractId));
    const subGoal = page.locator('.sub-goal', { hasText: vague });
    await subGoal.getByRole('button', { name: `Afvis delmålet "${vague}"` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await subGoal.getByRole('button', { name: 'Afvis delmålet' }).click();
    await subGoal.locator('.form-error-message').waitFor();
    expect(await subGoal.getAttribute('data-approval')).toBe('PROPOSED');
    await subGoal.getByLabel('Begrundelse for afvisning').fill('Delmålet er for uklart: hvad skal borgeren gøre?');
    await subGoal.getByRole('button', { name: 'Afvis delmålet' }).click();
    await page.locator('.sub-goal[data-approval="REJECTED"]').waitFor();
    expect(await page.locator('.sub-goal', { hasText: vague }).textContent()).toContain('Myndighedens bemærkning: Delmålet er for uklart');

    await page.getByRole('button', { name: 'Opsig kontrakten' }).click();
    await page.locator('#terminate-reason').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Begrundelse').fill('Borgeren flytter til en anden kommune.');
    await page.locator('form').getByRole('button', { name: 'Opsig kontrakten' }).click();
    await page.locator('.alert-success', { hasText: 'Kontrakten er opsagt.' }).waitFor();
    expect(await page.locator('.contract-facts').textContent()).toContain('Opsagt');
    expect(await page.locator('.contract-facts').textContent()).toContain('Borgeren flytter til en anden kommune.');
    expect(await page.getByRole('button', { name: 'Opsig kontrakten' }).count()).toBe(0);
    await context.close();
  });

  it('prints a clean contract document with goals, approved sub-goals and signatures', async () => {
    const { contractId, goalIds } = await arrangeContract(2);
    await signBoth(contractId);
    const proposed = await api(STAFF, 'mutation($input: ProposeSubGoalInput!) { proposeSubGoal(input: $input) { subGoal { id version } } }', { input: { goalId: goalIds[0], title: 'Jeg øver mig med kontaktpersonen' } });
    await api(CASEWORKER, 'mutation($input: DecideSubGoalInput!) { decideSubGoal(input: $input) { subGoal { id } } }', {
      input: { id: proposed.proposeSubGoal.subGoal.id, expectedVersion: proposed.proposeSubGoal.subGoal.version, approval: 'APPROVED' },
    });
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(contractUrl(contractId));
    // The contract checklist as a form: a draft about the contract, opened at /forms/:id, then listed here.
    await page.getByRole('button', { name: 'Udfyld tjekliste til kontrakt' }).click();
    await page.waitForURL('**/forms/**', { waitUntil: 'commit' });
    await page.goBack();
    await page.locator('.form-responses-list li', { hasText: 'Tjekliste til kontrakt' }).waitFor();
    await page.getByRole('link', { name: 'Udskriftsvenlig version' }).click();
    await page.locator('h1', { hasText: 'Kontrakt, version 1' }).waitFor();
    const text = await page.locator('.contract-document').textContent();
    expect(text).toContain('Jeg vil klare opgave nummer 1 selv');
    expect(text).toContain('Jeg øver mig med kontaktpersonen');
    expect(text).toContain('Bostedet Lindely');
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'contract-print');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'contract-print-media');
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="Hovedmenu"]').isVisible()).toBe(false);
    await context.close();
  });

  it('lists the viewer’s contracts, filtered by status, a page at a time', async () => {
    const count = async () => (await api<{ contracts: { totalCount: number } }>(CASEWORKER, '{ contracts(first: 1) { totalCount } }')).contracts.totalCount;
    for (let missing = 21 - (await count()); missing > 0; missing--) await arrangeContract(1);
    const all = { contracts: { totalCount: await count() } };
    const { context, page } = await app.loginAs(CASEWORKER);
    const drafts = await api<{ contracts: { totalCount: number } }>(CASEWORKER, '{ contracts(first: 1, filter: { status: [DRAFT] }) { totalCount } }');
    await page.goto('/contracts');
    await page.locator('.load-more').waitFor();
    expect(await page.locator('.load-more p').textContent()).toBe(`Viser 20 af ${all.contracts.totalCount}`);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => page.locator('.data-table tbody tr').count()).toBe(Math.min(40, all.contracts.totalCount));
    const ids = await page.locator('.data-table tbody tr td:first-child a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(ids).size).toBe(ids.length);
    await expectAccessible(page);
    await screenshot(page, 'contracts-list');
    await page.getByLabel('Vis kontrakter med status').selectOption('DRAFT');
    await page.waitForURL('**/contracts?status=DRAFT', { waitUntil: 'commit' });
    await expect.poll(() => page.locator('.load-more p').textContent()).toBe(`Viser ${Math.min(20, drafts.contracts.totalCount)} af ${drafts.contracts.totalCount}`);
    expect(await page.locator('.data-table tbody .badge').allTextContents()).toEqual(Array(Math.min(20, drafts.contracts.totalCount)).fill('Udkast'));
    await context.close();
  });
});
