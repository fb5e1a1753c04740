import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_FIELDS, contractInput, createActiveContract, createCitizen, createContract, goalDraft, sign, tableCounts } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const CREATE = `mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } userErrors { field code message } } }`;
const UPDATE = `mutation($i: UpdateContractInput!) { updateContract(input: $i) { contract { ${CONTRACT_FIELDS} purpose } userErrors { field code message } } }`;
const CASE_TABLES = ['contract', 'goal', 'contract_version'];

describe('contracts over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  it('creates a draft with up to three goals, life themes by FFB code and the derived dates', async () => {
    const contract = await createContract(server, tenant, {
      goals: [goalDraft(), goalDraft({ lifeThemeKey: 'MENTAL_FUNCTIONS', goalType: 'MAINTAIN' }), goalDraft({ lifeThemeKey: 'RELATIONS', goalType: 'LIMIT_LOSS' })],
    });
    expect(contract).toMatchObject({ status: 'DRAFT', version: 1, documentVersion: 0, subGoalsDueBy: '2026-12-01', nextFollowUpDate: '2027-09-01', price: { amount: 2450.5, unit: 'PER_DAY' } });
    expect(contract.goals.map((g: { priority: number }) => g.priority)).toEqual([1, 2, 3]);
    expect(contract.lifeThemes[0]).toEqual({ key: 'PRACTICAL_TASKS', code: 'eef71492-65f5-4297-aa95-3c3a6866ddef' });
  });

  it('follows up floating support as needed: no default next follow-up', async () => {
    const contract = await createContract(server, tenant, { serviceType: 'SEL_85' });
    expect(contract.nextFollowUpDate).toBeNull();
  });

  it('refuses a fourth goal with GOAL_LIMIT and stores nothing', async () => {
    const citizenId = await createCitizen(server, tenant);
    const before = await tableCounts(server, CASE_TABLES);
    const goals = [goalDraft(), goalDraft(), goalDraft(), goalDraft()];
    const { data } = await server.gql(tenant.tokens.caseworker, CREATE, { i: contractInput(citizenId, tenant, { goals }) });
    expect(data?.createContract).toEqual({ contract: null, userErrors: [expect.objectContaining({ code: 'GOAL_LIMIT', field: ['input', 'goals'] })] });
    expect(await tableCounts(server, CASE_TABLES)).toEqual(before);
  });

  it('refuses a goal outside the chosen life themes, naming the field', async () => {
    const citizenId = await createCitizen(server, tenant);
    const before = await tableCounts(server, CASE_TABLES);
    const goals = [goalDraft(), goalDraft({ lifeThemeKey: 'MOBILITY' })];
    const { data } = await server.gql(tenant.tokens.caseworker, CREATE, { i: contractInput(citizenId, tenant, { goals }) });
    expect(data?.createContract.userErrors).toEqual([expect.objectContaining({ code: 'THEME_NOT_IN_CONTRACT', field: ['input', 'goals', '1', 'lifeThemeKey'] })]);
    expect(await tableCounts(server, CASE_TABLES)).toEqual(before);
  });

  it('refuses an unknown life theme, a missing reporting form and a deadline before the start', async () => {
    const citizenId = await createCitizen(server, tenant);
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ lifeThemeKeys: ['NOT_A_THEME'] }, 'UNKNOWN_LIFE_THEME', ['input', 'lifeThemeKeys', '0']],
      [{ reportingForms: [] }, 'REQUIRED', ['input', 'reportingForms']],
      [{ goals: [goalDraft({ deadline: '2026-01-01' })] }, 'DEADLINE_BEFORE_START', ['input', 'goals', '0', 'deadline']],
      [{ purpose: 'x'.repeat(20_001) }, 'TOO_LONG', ['input', 'purpose']],
      [{ noticePeriodDays: -1 }, 'INVALID', ['input', 'noticePeriodDays']],
    ];
    for (const [override, code, field] of cases) {
      const { data } = await server.gql(tenant.tokens.caseworker, CREATE, { i: contractInput(citizenId, tenant, override) });
      expect(data?.createContract.userErrors, code).toEqual([expect.objectContaining({ code, field })]);
    }
  });

  it('lets only the citizen\'s own authority create the contract', async () => {
    const citizenId = await createCitizen(server, tenant);
    const other = await buildTenant(server);
    const { data } = await server.gql(other.tokens.caseworker, CREATE, { i: contractInput(citizenId, other) });
    expect(data?.createContract.userErrors[0].code).toBe('NOT_FOUND');
    const asProvider = await server.gql(tenant.tokens.providerStaff, CREATE, { i: contractInput(citizenId, tenant) });
    expect(asProvider.data?.createContract.userErrors[0].code).toBe('FORBIDDEN');
  });

  it('refuses to activate a contract without a goal; the second signature is not stored', async () => {
    const draft = await createContract(server, tenant, { goals: [] });
    const buyer = await sign(server, tenant.tokens.caseworker, draft.id, draft.version, 'BUYER');
    expect(buyer.userErrors).toEqual([]);
    const seller = await sign(server, tenant.tokens.providerStaff, draft.id, buyer.contract!.version, 'SELLER');
    expect(seller.userErrors).toEqual([expect.objectContaining({ code: 'NO_GOALS' })]);
    const { data } = await server.gql(tenant.tokens.caseworker, `query($id: ID!) { contract(id: $id) { status version signatures { party } versions { number } } }`, { id: draft.id });
    expect(data?.contract).toEqual({ status: 'DRAFT', version: buyer.contract!.version, signatures: [{ party: 'BUYER' }], versions: [] });
  });

  it('activates on the second signature and freezes version 1 to send to the citizen', async () => {
    const active = await createActiveContract(server, tenant);
    expect(active).toMatchObject({ status: 'ACTIVE', documentVersion: 1, toBeSentToCitizen: true });
    expect(active.signatures.map((s: { party: string }) => s.party)).toEqual(['BUYER', 'SELLER']);
    expect(active.versions).toHaveLength(1);
    expect(active.versions[0].snapshot.goals[0].title).toBe('Jeg handler selv ind to gange om ugen');
    const sent = await server.gql(tenant.tokens.caseworker, `mutation($i: MarkContractSentInput!) { markContractSentToCitizen(input: $i) { contract { toBeSentToCitizen } userErrors { code } } }`, {
      i: { id: active.id, expectedVersion: active.version },
    });
    expect(sent.data?.markContractSentToCitizen).toEqual({ contract: { toBeSentToCitizen: false }, userErrors: [] });
  });

  it('lets each party sign only for itself', async () => {
    const draft = await createContract(server, tenant);
    const wrong = await sign(server, tenant.tokens.providerStaff, draft.id, draft.version, 'BUYER');
    expect(wrong.userErrors).toEqual([expect.objectContaining({ code: 'WRONG_PARTY' })]);
    const twice = await sign(server, tenant.tokens.caseworker, draft.id, draft.version, 'BUYER');
    const again = await sign(server, tenant.tokens.caseworker, draft.id, twice.contract!.version, 'BUYER');
    expect(again.userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_SIGNED' })]);
  });

  it('refuses a stale expectedVersion with VERSION_CONFLICT and changes nothing', async () => {
    const contract = await createContract(server, tenant);
    const first = await server.gql(tenant.tokens.caseworker, UPDATE, { i: { id: contract.id, expectedVersion: 1, purpose: 'Første ændring' } });
    expect(first.data?.updateContract.contract).toMatchObject({ version: 2, purpose: 'Første ændring' });
    const stale = await server.gql(tenant.tokens.caseworker, UPDATE, { i: { id: contract.id, expectedVersion: 1, purpose: 'Forældet ændring' } });
    expect(stale.data?.updateContract).toEqual({ contract: null, userErrors: [expect.objectContaining({ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] })] });
    const { data } = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { contract(id: $id) { version purpose } }', { id: contract.id });
    expect(data?.contract).toEqual({ version: 2, purpose: 'Første ændring' });
  });

  it('lets exactly one of many concurrent updates with the same expectedVersion win', async () => {
    const contract = await createContract(server, tenant);
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, n) => server.gql(tenant.tokens.caseworker, UPDATE, { i: { id: contract.id, expectedVersion: 1, purpose: `Skribent ${n}` } })),
    );
    const winners = attempts.filter((a) => a.data?.updateContract.userErrors.length === 0);
    const conflicts = attempts.filter((a) => a.data?.updateContract.userErrors[0]?.code === 'VERSION_CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(7);
    const { data } = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { contract(id: $id) { version purpose } }', { id: contract.id });
    expect(data?.contract).toEqual({ version: 2, purpose: winners[0].data?.updateContract.contract.purpose });
  });

  it('keeps goals inside the life themes when themes change', async () => {
    const contract = await createContract(server, tenant);
    const { data } = await server.gql(tenant.tokens.caseworker, UPDATE, { i: { id: contract.id, expectedVersion: contract.version, lifeThemeKeys: ['MENTAL_FUNCTIONS'] } });
    expect(data?.updateContract.userErrors).toEqual([expect.objectContaining({ code: 'THEME_IN_USE' })]);
  });

  it('scopes reads: the provider sees its contracts, other organisations and managers do not', async () => {
    const contract = await createContract(server, tenant);
    const query = 'query($id: ID!) { contract(id: $id) { id citizen { name cpr } } }';
    // A draft is the provider's business record, but the citizen is shown only through an active contract.
    expect((await server.gql(tenant.tokens.providerStaff, query, { id: contract.id })).data?.contract).toEqual({ id: contract.id, citizen: null });
    const active = await createActiveContract(server, tenant);
    const provider = await server.gql(tenant.tokens.providerStaff, query, { id: active.id });
    expect(provider.data?.contract.citizen.cpr).toMatch(/^\d{6}-xxxx$/);
    const other = await buildTenant(server);
    expect((await server.gql(other.tokens.caseworker, query, { id: contract.id })).data?.contract).toBeNull();
    expect((await server.gql(other.tokens.providerStaff, query, { id: contract.id })).data?.contract).toBeNull();
    expect((await server.gql(tenant.tokens.manager, query, { id: contract.id })).data?.contract).toBeNull();
    const list = await server.gql(other.tokens.caseworker, '{ contracts(first: 100) { totalCount } }');
    expect(list.data?.contracts.totalCount).toBe(0);
  });

  it('lists the viewer\'s contracts filtered by status', async () => {
    const fresh = await buildTenant(server);
    await createContract(server, fresh);
    await createActiveContract(server, fresh);
    const { data } = await server.gql(fresh.tokens.caseworker, '{ contracts(first: 10, filter: { status: [ACTIVE] }) { totalCount edges { node { status provider { name } authority { name } } } } }');
    expect(data?.contracts.totalCount).toBe(1);
    expect(data?.contracts.edges[0].node).toMatchObject({ status: 'ACTIVE', provider: { name: fresh.provider.name }, authority: { name: fresh.authority.name } });
    const asProvider = await server.gql(fresh.tokens.providerStaff, '{ contracts(first: 10) { totalCount } }');
    expect(asProvider.data?.contracts.totalCount).toBe(2);
  });

  it('terminates an active contract with its notice period', async () => {
    const active = await createActiveContract(server, tenant);
    const { data } = await server.gql(tenant.tokens.providerStaff, `mutation($i: TerminateContractInput!) { terminateContract(input: $i) { contract { status endDate terminationReason } userErrors { code } } }`, {
      i: { id: active.id, expectedVersion: active.version, reason: 'Borgeren flytter', noticeGivenOn: '2026-11-01' },
    });
    expect(data?.terminateContract).toEqual({ contract: { status: 'TERMINATED', endDate: '2026-12-01', terminationReason: 'Borgeren flytter' }, userErrors: [] });
  });

  it('bases a contract only on an accepted order of the same citizen and provider', async () => {
    const citizenId = await createCitizen(server, tenant);
    const { data } = await server.gql(tenant.tokens.caseworker, CREATE, { i: contractInput(citizenId, tenant, { orderId: tenant.provider.id }) });
    expect(data?.createContract.userErrors[0]).toMatchObject({ code: 'MALFORMED_ID', field: ['input', 'orderId'] });
  });
});
