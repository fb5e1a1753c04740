import { randomInt } from 'node:crypto';
import { demoToken, gql, type Workspace } from './server-process.js';

/*
 * Cases built through the public API of a running server with the demo data, as the Hjørring caseworker and the
 * staff of Bostedet Lindely would: a citizen, a signed (ACTIVE) contract with one goal, a change-notice draft.
 */

export interface Actors {
  caseworker: string;
  staff: string;
  providerId: string;
}

export async function demoActors(url: string, workspace: Workspace): Promise<Actors> {
  const caseworker = await demoToken(workspace, 'caseworker@hjoerring.demo');
  const staff = await demoToken(workspace, 'staff@lindely.demo');
  const { data } = await gql<{ organizations: { id: string; name: string }[] }>(url, caseworker, '{ organizations { id name } }');
  const provider = data?.organizations.find((o) => o.name === 'Bostedet Lindely');
  if (!provider) throw new Error('the demo provider Bostedet Lindely is missing');
  return { caseworker, staff, providerId: provider.id };
}

/** A CPR number in the valid format (born 1950-1999), random enough not to collide in a run. */
export function randomCpr(): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(randomInt(1, 29))}${pad(randomInt(1, 13))}${pad(randomInt(50, 100))}-${pad(randomInt(0, 10000), 4)}`;
}

export interface Case {
  citizenId: string;
  contractId: string;
  contractVersion: number;
  goalId: string;
}

function expectOk(what: string, reply: { status: number; errors?: unknown[]; data?: Record<string, any> }, payload: string): Record<string, any> {
  const result = reply.data?.[payload];
  if (reply.status !== 200 || reply.errors || !result || result.userErrors?.length) throw new Error(`${what} failed: ${JSON.stringify(reply).slice(0, 500)}`);
  return result;
}

export const CREATE_CITIZEN = 'mutation($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } userErrors { code } } }';
export const CREATE_CONTRACT = 'mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id version goals { id } } userErrors { field code } } }';
export const SIGN = 'mutation($i: SignContractInput!) { signContract(input: $i) { contract { id version status } userErrors { field code } } }';
export const UPDATE_CONTRACT = 'mutation($i: UpdateContractInput!) { updateContract(input: $i) { contract { id version purpose } userErrors { field code } } }';

export async function createCitizen(url: string, actors: Actors, name = 'Belastning Borger'): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const reply = await gql(url, actors.caseworker, CREATE_CITIZEN, { i: { name, cpr: randomCpr() } });
    if (reply.data?.createCitizen?.userErrors?.[0]?.code === 'DUPLICATE' && attempt < 5) continue;
    return expectOk('createCitizen', reply, 'createCitizen').citizen.id as string;
  }
}

export const GRANT_CONSENT = 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { consent { id } userErrors { field code } } }';

/** Providers see and write a citizen's data only under a consent naming them (the Sorø consent form). */
export async function grantProviderConsent(url: string, actors: Actors, citizenId: string): Promise<void> {
  expectOk(
    'grantConsent',
    await gql(url, actors.caseworker, GRANT_CONSENT, {
      i: { citizenId, parties: ['Kontaktperson fra social indsats'], scope: ['Oplysninger, herunder helbredsoplysninger'], organizationIds: [actors.providerId] },
    }),
    'grantConsent',
  );
}

export async function createDraftContract(url: string, actors: Actors, citizenId: string): Promise<Case> {
  await grantProviderConsent(url, actors, citizenId);
  const contract = expectOk(
    'createContract',
    await gql(url, actors.caseworker, CREATE_CONTRACT, {
      i: {
        citizenId,
        providerId: actors.providerId,
        serviceType: 'SEL_108',
        startDate: '2025-01-01',
        assessmentTool: 'VUM',
        lifeThemeKeys: ['PRACTICAL_TASKS'],
        purpose: 'Udgangspunkt',
        goalRationale: 'Borgeren ønsker det selv',
        reportingForms: ['NUMBERS'],
        dischargeCriteria: 'Klarer indkøb selv',
        goals: [{ lifeThemeKey: 'PRACTICAL_TASKS', goalType: 'DEVELOP', title: 'Jeg handler selv ind', measurableCriterion: 'To gange om ugen', deadline: '2027-06-30' }],
      },
    }),
    'createContract',
  ).contract;
  return { citizenId, contractId: contract.id, contractVersion: contract.version, goalId: contract.goals[0].id };
}

/** Signs as buyer (caseworker) and seller (staff): the contract becomes ACTIVE. */
export async function activate(url: string, actors: Actors, c: Case): Promise<Case> {
  const buyer = expectOk('sign BUYER', await gql(url, actors.caseworker, SIGN, { i: { id: c.contractId, expectedVersion: c.contractVersion, party: 'BUYER' } }), 'signContract');
  const seller = expectOk('sign SELLER', await gql(url, actors.staff, SIGN, { i: { id: c.contractId, expectedVersion: buyer.contract.version, party: 'SELLER' } }), 'signContract');
  return { ...c, contractVersion: seller.contract.version };
}

export async function createActiveCase(url: string, actors: Actors): Promise<Case> {
  return activate(url, actors, await createDraftContract(url, actors, await createCitizen(url, actors)));
}

export const SAVE_FORM = 'mutation($i: SaveFormResponseInput!) { saveFormResponse(input: $i) { formResponse { id version } userErrors { field code } } }';
export const RECORD_MEASUREMENT = 'mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { id } userErrors { field code } } }';

/** A change-notice draft about the contract, started by the provider's staff: { id, version }. */
export async function startChangeNoticeDraft(url: string, actors: Actors, contractId: string): Promise<{ id: string; version: number }> {
  const response = expectOk(
    'saveFormResponse',
    await gql(url, actors.staff, SAVE_FORM, { i: { templateKey: 'change-notice', subjectId: contractId, answers: { description: 'Kladde' } } }),
    'saveFormResponse',
  ).formResponse;
  return { id: response.id, version: response.version };
}
