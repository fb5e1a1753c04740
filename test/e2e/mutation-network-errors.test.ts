import type { Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eApp, startE2eApp, strictApi } from './support/app.js';

/*
 * A mutation whose request dies on the way (server down, connection reset, a proxy's 502) in Chromium: the form
 * says so in Danish where it shows its errors, keeps what was typed, lets the user press the button again, and
 * nothing is thrown unhandled. Sent again once the connection is back, it goes through. Only the mutation request
 * fails: the page's queries keep working.
 */

const ADMIN = 'admin@hjoerring.demo';
const CASEWORKER = 'caseworker@hjoerring.demo';
const STAFF = 'staff@lindely.demo';
const NETWORK_FAILURE = 'Der kunne ikke skabes forbindelse til serveren.';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
let cprSerial = 0;
/** A CPR number no demo citizen has (7th digit 2; the demo data uses 4 or 9). */
const freshCpr = () => `${String(1 + (cprSerial % 28)).padStart(2, '0')}0${1 + Math.floor(cprSerial++ / 28)}85-2${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;

/** What the page threw unhandled: Playwright's page errors, "Uncaught" console lines, and unhandledrejection events. */
async function watchUnhandled(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.text().includes('Uncaught')) seen.push(`console: ${message.text()}`);
  });
  await page.evaluate(() => {
    const w = window as unknown as { unhandledRejections: string[] };
    w.unhandledRejections = [];
    window.addEventListener('unhandledrejection', (event) => w.unhandledRejections.push(`unhandledrejection: ${String((event.reason as Error)?.message ?? event.reason)}`));
  });
  return async () => {
    // Let a rejection of the last click reach the listeners before reading them.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    return [...seen, ...(await page.evaluate(() => (window as unknown as { unhandledRejections: string[] }).unhandledRejections))];
  };
}

/** Every GraphQL mutation from the page fails as if the server refused the connection; queries pass. Counts the refused. */
async function failMutations(page: Page): Promise<{ refused: string[]; restore: () => Promise<void> }> {
  const refused: string[] = [];
  const handler = async (route: Route) => {
    const request = route.request();
    const body = request.method() === 'POST' ? (request.postDataJSON() as { query?: string; operationName?: string } | null) : null;
    if (body?.query && /^\s*mutation\b/.test(body.query)) {
      refused.push(body.operationName ?? '?');
      await route.abort('connectionrefused');
      return;
    }
    await route.fallback();
  };
  await page.route('**/graphql', handler);
  return { refused, restore: () => page.unroute('**/graphql', handler) };
}

/** The failure as the form shows it: the Danish text in its error alert, and the button usable again. */
async function expectNetworkFailureShown(area: Locator, button: Locator, unhandled: () => Promise<string[]>) {
  const alert = area.locator('.alert-error', { hasText: /\S/ });
  await alert.first().waitFor();
  await expect.poll(() => button.isEnabled()).toBe(true);
  expect(await unhandled()).toEqual([]);
  expect(await alert.first().textContent()).toContain(NETWORK_FAILURE);
}

describe('mutations failing at the network level in Chromium', () => {
  let app: E2eApp;
  let lindelyId: string;
  const api = strictApi(() => app);

  /** A citizen of Hjørring with a draft contract at Bostedet Lindely and `goals` goals, through the API. */
  const arrangeContract = async (goals: number): Promise<string> => {
    const citizen = await api(CASEWORKER, 'mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { citizen { id } userErrors { message } } }', {
      input: { name: `Netværk Borger ${cprSerial}`, cpr: freshCpr() },
    });
    const citizenId = citizen.createCitizen.citizen.id;
    const contract = await api(CASEWORKER, 'mutation($input: CreateContractInput!) { createContract(input: $input) { contract { id } userErrors { message } } }', {
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
        reportingForms: ['PROSE'],
        noticePeriodDays: 30,
        goals: Array.from({ length: goals }, (_, i) => ({
          lifeThemeKey: 'MENTAL_FUNCTIONS',
          goalType: 'DEVELOP',
          title: `Jeg vil klare opgave nummer ${i + 1} selv`,
          measurableCriterion: 'Klaret tre uger i træk',
          deadline: isoDay(365),
        })),
      },
    });
    expect(contract.createContract.userErrors).toEqual([]);
    return contract.createContract.contract.id as string;
  };

  const sign = async (email: string, contractId: string, party: 'BUYER' | 'SELLER') => {
    const { contract } = await api(email, 'query($id: ID!) { contract(id: $id) { version } }', { id: contractId });
    const reply = await api(email, 'mutation($input: SignContractInput!) { signContract(input: $input) { userErrors { code } } }', { input: { id: contractId, party, expectedVersion: contract.version } });
    expect(reply.signContract.userErrors).toEqual([]);
  };

  const contractUrl = (id: string) => `/contracts/${encodeURIComponent(id)}`;

  /** The add-goal form of a new draft contract without goals, as the caseworker sees it. */
  const openAddGoalForm = async () => {
    const contractId = await arrangeContract(0);
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(contractUrl(contractId));
    const form = page.locator('.add-goal-form');
    await form.waitFor();
    return { contractId, context, page, form };
  };

  /** Fills in a goal (the deadline a year ahead). */
  const fillGoal = async (form: Locator, theme: string, title: string, criterion: string) => {
    await form.getByLabel('Livstema').selectOption({ label: theme });
    await form.getByLabel('Måltype').selectOption({ label: 'Udvikle funktionsevne' });
    await form.getByLabel('Målet').fill(title);
    await form.getByLabel('Målbart kriterie').fill(criterion);
    await form.getByLabel('Frist').fill(isoDay(365));
  };

  beforeAll(async () => {
    app = await startE2eApp();
    const orgs = await api<{ organizations: { id: string; name: string }[] }>(CASEWORKER, '{ organizations { id name } }');
    lindelyId = orgs.organizations.find((o) => o.name === 'Bostedet Lindely')!.id;
  }, 120_000);
  afterAll(() => app?.close());

  it('creating a user: the form keeps the typed user, says what went wrong in Danish, and creates them once the connection is back', async () => {
    const { context, page } = await app.loginAs(ADMIN);
    await page.goto('/users');
    await page.locator('.data-table tbody tr').first().waitFor();
    const unhandled = await watchUnhandled(page);
    const network = await failMutations(page);
    const form = page.locator('form[aria-labelledby="new-user-heading"]');
    const submit = form.getByRole('button', { name: 'Opret bruger' });
    const email = `netvaerk.${Date.now()}@hjoerring.demo`;

    await form.getByLabel('Navn', { exact: true }).fill('Nina Netværk');
    await form.getByLabel('E-mail', { exact: true }).fill(email);
    await form.getByLabel('Rolle', { exact: true }).selectOption('CASEWORKER');
    await submit.click();
    await expectNetworkFailureShown(form, submit, unhandled);
    expect(network.refused).toEqual(['CreateUser']);
    expect(await form.locator('#new-user-name').inputValue()).toBe('Nina Netværk');
    expect(await form.locator('#new-user-email').inputValue()).toBe(email);
    expect(await form.locator('#new-user-role').inputValue()).toBe('CASEWORKER');

    await network.restore();
    await submit.click();
    await expect.poll(() => page.locator('.alert-success').textContent()).toBe('Nina Netværk er oprettet.');
    expect(await form.locator('.alert-error').count()).toBe(0);
    expect((await app.api(email, '{ viewer { role } }')).data).toEqual({ viewer: { role: 'CASEWORKER' } });
    expect(await unhandled()).toEqual([]);
    await context.close();
  });

  it('adding a goal to a contract: the typed goal stays and is added on the second try', async () => {
    const { context, page, form } = await openAddGoalForm();
    const unhandled = await watchUnhandled(page);
    const network = await failMutations(page);
    const submit = form.getByRole('button', { name: 'Tilføj mål' });
    const title = 'Jeg vil selv tage min medicin hver morgen';

    await fillGoal(form, 'Mentale funktioner', title, 'Medicinen er taget 4 uger i træk');
    await submit.click();
    await expectNetworkFailureShown(form, submit, unhandled);
    expect(network.refused).toEqual(['AddGoal']);
    expect(await form.getByLabel('Målet').inputValue()).toBe(title);
    expect(await form.getByLabel('Målbart kriterie').inputValue()).toBe('Medicinen er taget 4 uger i træk');
    expect(await page.locator('.goal-card').count()).toBe(0);

    await network.restore();
    await submit.click();
    await page.locator('.goal-card h3', { hasText: title }).waitFor();
    await expect.poll(() => form.getByLabel('Målet').inputValue()).toBe('');
    expect(await form.locator('.alert-error').count()).toBe(0);
    expect(await unhandled()).toEqual([]);
    await context.close();
  });

  it('adding a goal when the reload after it fails: the goal was saved, so the form says so and does not invite a second one', async () => {
    const { contractId, context, page, form } = await openAddGoalForm();
    const unhandled = await watchUnhandled(page);
    // The save goes through; the contract page's reload right after it dies on the way.
    const refused: string[] = [];
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName === 'ContractPage' && refused.length === 0) {
        refused.push('ContractPage');
        await route.abort('connectionrefused');
        return;
      }
      await route.fallback();
    });
    const title = 'Jeg vil selv handle ind en gang om ugen';
    await fillGoal(form, 'Praktiske opgaver', title, 'Har handlet ind 4 uger i træk');
    await form.getByRole('button', { name: 'Tilføj mål' }).click();

    await expect.poll(() => form.getByLabel('Målet').inputValue()).toBe('');
    expect(refused).toEqual(['ContractPage']);
    expect(await form.locator('.alert-error').count()).toBe(0);
    expect(await unhandled()).toEqual([]);
    const { contract } = await api<{ contract: { goals: { title: string }[] } }>(CASEWORKER, 'query($id: ID!) { contract(id: $id) { goals { title } } }', { id: contractId });
    expect(contract.goals.map((g) => g.title)).toEqual([title]);
    await page.reload();
    await page.locator('.goal-card h3', { hasText: title }).waitFor();
    await context.close();
  });

  it('signing and terminating a contract: each says what went wrong and works on the second try', async () => {
    const contractId = await arrangeContract(1);
    await sign(STAFF, contractId, 'SELLER');
    const { context, page } = await app.loginAs(CASEWORKER);
    await page.goto(contractUrl(contractId));
    const signatures = page.locator('section[aria-labelledby="signatures-heading"]');
    const signButton = signatures.getByRole('button', { name: 'Underskriv som køber (myndighed)' });
    await signButton.waitFor();
    const unhandled = await watchUnhandled(page);
    let network = await failMutations(page);

    await signButton.click();
    await expectNetworkFailureShown(signatures, signButton, unhandled);
    expect(network.refused).toEqual(['SignContract']);
    await network.restore();
    await signButton.click();
    await page.locator('.alert-success', { hasText: 'Kontrakten er underskrevet af begge parter' }).waitFor();
    expect(await signatures.locator('.alert-error').count()).toBe(0);

    network = await failMutations(page);
    await page.getByRole('button', { name: 'Opsig kontrakten' }).click();
    const form = page.locator('form', { has: page.locator('#terminate-reason') });
    const submit = form.getByRole('button', { name: 'Opsig kontrakten' });
    const reason = 'Borgeren flytter til en anden kommune.';
    await form.getByLabel('Begrundelse').fill(reason);
    await submit.click();
    await expectNetworkFailureShown(form, submit, unhandled);
    expect(network.refused).toEqual(['TerminateContract']);
    expect(await form.getByLabel('Begrundelse').inputValue()).toBe(reason);

    await network.restore();
    await submit.click();
    await page.locator('.alert-success', { hasText: 'Kontrakten er opsagt.' }).waitFor();
    expect(await page.locator('.contract-facts').textContent()).toContain(reason);
    expect(await unhandled()).toEqual([]);
    await context.close();
  });
});
