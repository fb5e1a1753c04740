import { expect } from 'vitest';

/*
 * The case the follow-up tests start from, made through the API as the demo users: a citizen with the consent to
 * share with Bostedet Lindely, and an ACTIVE residential contract with three goals, each with a 1-10 baseline.
 */

export const CASEWORKER = 'caseworker@hjoerring.demo';
export const STAFF = 'staff@lindely.demo';

type Api = <T = Record<string, any>>(email: string, query: string, variables?: Record<string, unknown>) => Promise<T>;

/** The ISO day `offset` days from now (UTC). */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let cprSerial = 0;
/** A CPR number no demo citizen has (7th digit 2; the demo data uses 4 or 9). */
const freshCpr = () => `${String(1 + (cprSerial++ % 28)).padStart(2, '0')}0775-2${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;

export interface FollowUpCase {
  id: string;
  citizenName: string;
  goals: { id: string; title: string; priority: number }[];
}

/** A fresh ACTIVE contract at Bostedet Lindely with three goals, each with a 1-10 baseline, and the citizen's consent. */
export async function activeContract(api: Api): Promise<FollowUpCase> {
  const orgs = await api(CASEWORKER, '{ organizations { id name kind } }');
  const lindely = orgs.organizations.find((o: any) => o.name === 'Bostedet Lindely');
  const citizenName = `Opfølgning Testesen ${Math.floor(Math.random() * 10_000)}`;
  const citizen = await api(CASEWORKER, 'mutation($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } userErrors { message } } }', { i: { name: citizenName, cpr: freshCpr() } });
  const citizenId = citizen.createCitizen.citizen.id;
  const consent = await api(CASEWORKER, 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { consent { id } userErrors { message } } }', {
    i: { citizenId, parties: ['Kontaktperson på Bostedet Lindely'], scope: ['Oplysninger, herunder fortrolige og personlige oplysninger samt helbredsoplysninger'], organizationIds: [lindely.id] },
  });
  expect(consent.grantConsent.userErrors).toEqual([]);
  const goal = (title: string, lifeThemeKey: string) => ({ title, lifeThemeKey, goalType: 'DEVELOP', measurableCriterion: `${title}, otte uger i træk`, deadline: day(300) });
  const created = await api(CASEWORKER, 'mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id version goals { id title priority } } userErrors { field message } } }', {
    i: {
      citizenId,
      providerId: lindely.id,
      serviceType: 'SEL_108',
      startDate: day(-30),
      assessmentTool: 'VUM',
      lifeThemeKeys: ['PRACTICAL_TASKS', 'MENTAL_FUNCTIONS', 'RELATIONS'],
      purpose: 'At borgeren bliver mere selvhjulpen i eget hjem',
      goalRationale: 'Borgeren ønsker selv at klare indkøb, søvn og venskaber',
      reportingForms: ['PROSE', 'NUMBERS'],
      participants: [
        { name: 'Anne Borger', role: 'borger' },
        { name: 'Karin Kontakt', role: 'kontaktperson', organization: 'Bostedet Lindely' },
      ],
      dischargeCriteria: 'Borgeren klarer indkøb og madlavning med let støtte',
      goals: [goal('Jeg handler selv ind to gange om ugen', 'PRACTICAL_TASKS'), goal('Jeg sover igennem om natten', 'MENTAL_FUNCTIONS'), goal('Jeg ser en ven hver uge', 'RELATIONS')],
    },
  });
  expect(created.createContract.userErrors).toEqual([]);
  const draft = created.createContract.contract;
  const sign = async (email: string, expectedVersion: number, party: string) =>
    (await api(email, 'mutation($i: SignContractInput!) { signContract(input: $i) { contract { id version status } userErrors { message } } }', { i: { id: draft.id, expectedVersion, party } })).signContract;
  const buyer = await sign(CASEWORKER, draft.version, 'BUYER');
  expect(buyer.userErrors).toEqual([]);
  const seller = await sign(STAFF, buyer.contract.version, 'SELLER');
  expect(seller.userErrors).toEqual([]);
  expect(seller.contract.status).toBe('ACTIVE');
  for (const [index, g] of draft.goals.entries()) {
    const baseline = await api(CASEWORKER, 'mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { userErrors { message } } }', {
      i: { goalId: g.id, kind: 'BASELINE', scale: 'ONE_TO_TEN', value: 3 + index, measuredAt: day(-30) },
    });
    expect(baseline.recordMeasurement.userErrors).toEqual([]);
  }
  return { id: draft.id, citizenName, goals: draft.goals };
}
