import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessTrail } from '../../auth/access-trail.js';
import { treklangSchema } from '../../graphql/build-schema.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { Loaders } from '../../graphql/loaders.js';
import { createActiveContract, createCitizen, grantProviderConsent, tableCounts } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';

/*
 * Consent enforcement (Sorø Bilag 6): the authority shares a citizen's information with a provider only while a
 * consent in force names the provider and covers that kind of information, and only through an active contract.
 * Both directions: shared while covered; hidden after a revocation (from the next request on) and for a kind the
 * consent does not cover.
 */

const CASE = `query($citizen: ID!, $contract: ID!) {
  citizen(id: $citizen) { name cpr }
  citizens(first: 20) { totalCount }
  contract(id: $contract) { id status purpose participants { name } citizen { name }
    goals { id title subGoals { title } measurements { value } latest { value } }
    changeNotices { description } }
}`;

const PROPOSE = 'mutation($i: ProposeSubGoalInput!) { proposeSubGoal(input: $i) { subGoal { title } userErrors { code message } } }';
const MEASURE = 'mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { value } userErrors { code message } } }';
const REPORT = 'mutation($i: ReportChangeInput!) { reportChange(input: $i) { changeNotice { description } userErrors { code message } } }';
const REVOKE = 'mutation($i: RevokeConsentInput!) { revokeConsent(input: $i) { consent { active } userErrors { code } } }';

interface Case {
  tenant: Tenant;
  citizenId: string;
  contractId: string;
  goalId: string;
  consentId: string;
}

describe('consent decides what the provider sees and records', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** An active contract whose citizen consented to share `categories` (all when omitted) with the provider, with one reading and a sub-goal. */
  async function sharedCase(categories?: string[]): Promise<Case> {
    const tenant = await buildTenant(server);
    const citizenId = await createCitizen(server, tenant, 'Mette Samtykke');
    const consentId = await grantProviderConsent(server, tenant, citizenId, categories);
    const contract = await createActiveContract(server, tenant, { citizenId, consent: false });
    // Read as the caseworker: the provider's own payload leaves out the goals when the consent does not cover them.
    const goals = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { contract(id: $id) { goals { id } } }', { id: contract.id });
    const goalId = goals.data?.contract.goals[0].id as string;
    const reading = await server.gql(tenant.tokens.caseworker, MEASURE, { i: { goalId, scale: 'ONE_TO_TEN', value: 4, measuredAt: '2026-01-05', kind: 'BASELINE' } });
    expect(reading.data?.recordMeasurement.userErrors).toEqual([]);
    return { tenant, citizenId, contractId: contract.id, goalId, consentId };
  }

  const read = async (token: string, c: Case) => {
    const response = await server.gql(token, CASE, { citizen: c.citizenId, contract: c.contractId });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  it('shares every kind with the provider while a consent covers it, and records the provider\'s own writes', async () => {
    const c = await sharedCase();
    const sub = await server.gql(c.tenant.tokens.providerStaff, PROPOSE, { i: { goalId: c.goalId, title: 'Går en tur hver dag' } });
    expect(sub.data?.proposeSubGoal).toEqual({ subGoal: { title: 'Går en tur hver dag' }, userErrors: [] });
    const notice = await server.gql(c.tenant.tokens.providerStaff, REPORT, { i: { contractId: c.contractId, description: 'Flytter', consequences: 'Færre timer' } });
    expect(notice.data?.reportChange.userErrors).toEqual([]);

    const seen = await read(c.tenant.tokens.providerStaff, c);
    expect(seen.citizen).toEqual({ name: 'Mette Samtykke', cpr: expect.stringMatching(/^\d{6}-xxxx$/) });
    expect(seen.citizens.totalCount).toBe(1);
    expect(seen.contract).toMatchObject({
      purpose: expect.stringMatching(/selvhjulpen/),
      participants: [{ name: 'Borgeren' }],
      citizen: { name: 'Mette Samtykke' },
      goals: [{ id: c.goalId, title: expect.any(String), subGoals: [{ title: 'Går en tur hver dag' }], measurements: [{ value: 4 }] }],
      changeNotices: [{ description: 'Flytter' }],
    });
  });

  it('hides everything personal from the next request on once the consent is revoked, and refuses the provider\'s writes; the authority keeps it all', async () => {
    const c = await sharedCase();
    const before = await read(c.tenant.tokens.providerStaff, c);
    expect(before.citizen).not.toBeNull();

    const revoked = await server.gql(c.tenant.tokens.caseworker, REVOKE, { i: { id: c.consentId } });
    expect(revoked.data?.revokeConsent).toEqual({ consent: { active: false }, userErrors: [] });

    const after = await read(c.tenant.tokens.providerStaff, c);
    expect(after.citizen).toBeNull();
    expect(after.citizens.totalCount).toBe(0);
    // The contract stays the provider's business record: status and dates, but no purpose, people, goals or notices.
    expect(after.contract).toEqual({ id: c.contractId, status: 'ACTIVE', purpose: '', participants: [], citizen: null, goals: [], changeNotices: [] });
    const node = await server.gql(c.tenant.tokens.providerStaff, 'query($id: ID!) { node(id: $id) { id } }', { id: c.goalId });
    expect(node.data?.node).toBeNull();

    const counts = await tableCounts(server, ['sub_goal', 'measurement', 'change_notice']);
    for (const [query, input] of [
      [PROPOSE, { goalId: c.goalId, title: 'Nyt delmål' }],
      [MEASURE, { goalId: c.goalId, scale: 'ONE_TO_TEN', value: 6, measuredAt: '2026-01-06', kind: 'FOLLOW_UP' }],
      [REPORT, { contractId: c.contractId, description: 'Ændring', consequences: 'Ingen' }],
    ] as const) {
      const result = await server.gql(c.tenant.tokens.providerStaff, query, { i: input });
      expect(Object.values(result.data!)[0].userErrors, query).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    }
    expect(await tableCounts(server, ['sub_goal', 'measurement', 'change_notice'])).toEqual(counts);

    const authority = await read(c.tenant.tokens.caseworker, c);
    expect(authority.citizen?.name).toBe('Mette Samtykke');
    expect(authority.contract.goals[0].measurements).toEqual([{ value: 4 }]);
  });

  it('shares only the kinds the consent covers: identity and goals, but not readings', async () => {
    const c = await sharedCase(['IDENTITY', 'GOALS']);
    const seen = await read(c.tenant.tokens.providerStaff, c);
    expect(seen.citizen?.name).toBe('Mette Samtykke');
    expect(seen.contract.purpose).toMatch(/selvhjulpen/);
    expect(seen.contract.goals).toEqual([expect.objectContaining({ id: c.goalId, measurements: [], latest: null })]);
    const sub = await server.gql(c.tenant.tokens.providerStaff, PROPOSE, { i: { goalId: c.goalId, title: 'Delmål' } });
    expect(sub.data?.proposeSubGoal.userErrors).toEqual([]);
    const reading = await server.gql(c.tenant.tokens.providerStaff, MEASURE, { i: { goalId: c.goalId, scale: 'ONE_TO_TEN', value: 6, measuredAt: '2026-01-06', kind: 'FOLLOW_UP' } });
    expect(reading.data?.recordMeasurement.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', message: expect.stringMatching(/samtykke/) })]);

    // Forms are a kind of their own: the caseworker's response about the contract stays with the authority.
    const saved = await server.gql(c.tenant.tokens.caseworker, 'mutation($i: SaveFormResponseInput!) { saveFormResponse(input: $i) { formResponse { id } userErrors { code } } }', {
      i: { templateKey: 'change-notice', subjectId: c.contractId, answers: {} },
    });
    const responseId = saved.data?.saveFormResponse.formResponse.id as string;
    const forms = 'query($s: ID!, $r: ID!) { formResponses(subjectId: $s, first: 5) { totalCount } formResponse(id: $r) { id } }';
    expect((await server.gql(c.tenant.tokens.caseworker, forms, { s: c.contractId, r: responseId })).data).toEqual({ formResponses: { totalCount: 1 }, formResponse: { id: responseId } });
    const provider = await server.gql(c.tenant.tokens.providerStaff, forms, { s: c.contractId, r: responseId });
    expect(provider.errors).toBeUndefined();
    expect(provider.data).toEqual({ formResponses: { totalCount: 0 }, formResponse: null });
  });

  it('shares goals but not the citizen\'s identity when the consent leaves identity out', async () => {
    const c = await sharedCase(['GOALS', 'PROGRESS']);
    const seen = await read(c.tenant.tokens.providerStaff, c);
    expect(seen.citizen).toBeNull();
    expect(seen.contract.citizen).toBeNull();
    expect(seen.contract.goals[0].measurements).toEqual([{ value: 4 }]);
  });

  it('shares nothing with a provider the consent does not name', async () => {
    const c = await sharedCase();
    const other = await buildTenant(server);
    // The contract is at the tenant's provider; a consent naming another provider changes nothing for it, and vice versa.
    const elsewhere = await server.gql(c.tenant.tokens.caseworker, 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { userErrors { code } } }', {
      i: { citizenId: c.citizenId, parties: ['Andet bosted'], scope: ['Alt'], organizationIds: [other.provider.id] },
    });
    expect(elsewhere.data?.grantConsent.userErrors).toEqual([]);
    await server.gql(c.tenant.tokens.caseworker, REVOKE, { i: { id: c.consentId } });
    expect((await read(c.tenant.tokens.providerStaff, c)).citizen).toBeNull();
    expect((await read(other.tokens.providerStaff, c)).contract).toBeNull();
  });

  it('shows the citizen to the provider only through an active contract: not after it ended, though the consent stands', async () => {
    const c = await sharedCase();
    await server.db.query(`UPDATE contract SET status = 'TERMINATED', end_date = '2020-01-31' WHERE id = '${fromGlobalId(c.contractId)!.id}'`);
    const seen = await read(c.tenant.tokens.providerStaff, c);
    expect(seen.citizen).toBeNull();
    expect(seen.contract).toMatchObject({ status: 'TERMINATED', purpose: '', goals: [] });
  });

  it('records what a request read and was refused in its access trail', async () => {
    const c = await sharedCase(['IDENTITY']);
    const schema = await treklangSchema();
    const user = await server.db.getRepository(User).findOneByOrFail({ rowId: c.tenant.users.providerStaff.rowId });
    const organization = await server.db.getRepository(Organization).findOneByOrFail({ rowId: user.organizationId });
    const access = new AccessTrail();
    const ctx: Context = { db: server.db, engine: server.db.options.type === 'postgres' ? 'postgres' : 'sqlite', viewer: { user, organization }, loaders: new Loaders(server.db), locale: 'da', access };
    const result = await execute({ schema, document: parse('query($c: ID!, $k: ID!) { citizens(first: 5, search: "Mette") { totalCount } citizen(id: $c) { name } contract(id: $k) { purpose goals { id } } }'), contextValue: ctx, variableValues: { c: c.citizenId, k: c.contractId } });
    expect(result.errors).toBeUndefined();
    expect([...access.read.values()].map((o) => o.type).sort()).toEqual(['Citizen', 'Contract']);
    expect(access.searches).toEqual(['Query.citizens(search: "Mette")']);
    expect(access.refused).toEqual(
      expect.arrayContaining([
        { operation: 'Contract.purpose', reason: 'NO_CONSENT:GOALS' },
        { operation: 'Contract.goals', reason: 'NO_CONSENT:GOALS' },
      ]),
    );
  });
});
