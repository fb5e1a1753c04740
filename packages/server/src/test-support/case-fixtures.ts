import { expect } from 'vitest';
import { uniqueCpr, type Tenant } from './factories.js';
import type { TestServer } from './test-server.js';

/** Builds cases through the public API, as a caseworker and the provider would. */

export async function createCitizen(server: TestServer, tenant: Tenant, name = 'Test Borger'): Promise<string> {
  const { data } = await server.gql(tenant.tokens.caseworker, 'mutation($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } userErrors { code } } }', {
    i: { name, cpr: uniqueCpr() },
  });
  expect(data?.createCitizen.userErrors).toEqual([]);
  return data?.createCitizen.citizen.id;
}

export function goalDraft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    lifeThemeKey: 'PRACTICAL_TASKS',
    goalType: 'DEVELOP',
    title: 'Jeg handler selv ind to gange om ugen',
    measurableCriterion: 'Handler ind to gange om ugen i otte uger i træk',
    deadline: '2027-06-30',
    ...overrides,
  };
}

export function contractInput(citizenId: string, tenant: Tenant, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    citizenId,
    providerId: tenant.provider.id,
    serviceType: 'SEL_108',
    startDate: '2026-09-01',
    assessmentTool: 'VUM',
    lifeThemeKeys: ['PRACTICAL_TASKS', 'MENTAL_FUNCTIONS', 'RELATIONS'],
    purpose: 'At borgeren bliver mere selvhjulpen i eget hjem',
    goalRationale: 'Borgeren ønsker selv at klare indkøb og madlavning',
    reportingForms: ['PROSE', 'NUMBERS'],
    participants: [{ name: 'Borgeren', role: 'borger' }],
    price: { amount: 2450.5, unit: 'PER_DAY' },
    noticePeriodDays: 30,
    dischargeCriteria: 'Borgeren kan klare indkøb og madlavning med let støtte',
    goals: [goalDraft()],
    ...overrides,
  };
}

export const CONTRACT_FIELDS = `id version status documentVersion startDate serviceType subGoalsDueBy nextFollowUpDate toBeSentToCitizen
  lifeThemes { key code } signatures { party name signedOn } price { amount unit }
  goals { id version title priority goalType status lifeTheme { key } smart { complete missing } }
  versions { number reason snapshot }`;

/** A draft contract; the citizen's consent to share with the provider too, unless `consent: false`. */
export async function createContract(server: TestServer, tenant: Tenant, options: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const { consent = true, ...overrides } = options;
  const citizenId = (overrides.citizenId as string | undefined) ?? (await createCitizen(server, tenant));
  if (consent) await grantProviderConsent(server, tenant, citizenId);
  const { data, errors } = await server.gql(tenant.tokens.caseworker, `mutation($i: CreateContractInput!) { createContract(input: $i) { contract { ${CONTRACT_FIELDS} } userErrors { field code message } } }`, {
    i: contractInput(citizenId, tenant, overrides),
  });
  expect(errors).toBeUndefined();
  expect(data?.createContract.userErrors).toEqual([]);
  return data?.createContract.contract;
}

export async function sign(server: TestServer, token: string, id: string, expectedVersion: number, party: 'BUYER' | 'SELLER') {
  const { data } = await server.gql(token, `mutation($i: SignContractInput!) { signContract(input: $i) { contract { ${CONTRACT_FIELDS} } userErrors { field code message } } }`, {
    i: { id, expectedVersion, party },
  });
  return data?.signContract as { contract: Record<string, any> | null; userErrors: { code: string; field: string[] }[] };
}

/** The citizen's consent to share every kind of information with the tenant's provider (what provider staff need to see the case). */
export async function grantProviderConsent(server: TestServer, tenant: Tenant, citizenId: string, categories?: string[]): Promise<string> {
  const { data, errors } = await server.gql(tenant.tokens.caseworker, 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { consent { id } userErrors { field code message } } }', {
    i: { citizenId, parties: ['Kontaktperson fra social indsats'], scope: ['Oplysninger, herunder fortrolige og personlige oplysninger samt helbredsoplysninger'], organizationIds: [tenant.provider.id], categories },
  });
  expect(errors).toBeUndefined();
  expect(data?.grantConsent.userErrors).toEqual([]);
  return data?.grantConsent.consent.id;
}

/** A contract signed by both parties: ACTIVE with version 1 (with the consent as in createContract). */
export async function createActiveContract(server: TestServer, tenant: Tenant, options: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const draft = await createContract(server, tenant, options);
  const buyer = await sign(server, tenant.tokens.caseworker, draft.id, draft.version, 'BUYER');
  expect(buyer.userErrors).toEqual([]);
  const seller = await sign(server, tenant.tokens.providerStaff, draft.id, buyer.contract!.version, 'SELLER');
  expect(seller.userErrors).toEqual([]);
  return seller.contract!;
}

export async function tableCounts(server: TestServer, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await server.db.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}
