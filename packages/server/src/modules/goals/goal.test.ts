import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActiveContract, createContract, goalDraft, tableCounts } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const ADD = `mutation($i: AddGoalInput!) { addGoal(input: $i) { goal { id version priority smart { complete missing } lifeTheme { key code } } userErrors { field code message } } }`;
const UPDATE = `mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { goal { id version title status smart { complete missing } } userErrors { field code message } } }`;

describe('goals over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  it('adds goals up to three and refuses the fourth with GOAL_LIMIT, storing nothing', async () => {
    const contract = await createContract(server, tenant, { goals: [] });
    for (const priority of [1, 2, 3]) {
      const { data } = await server.gql(tenant.tokens.caseworker, ADD, { i: { contractId: contract.id, ...goalDraft() } });
      expect(data?.addGoal.userErrors).toEqual([]);
      expect(data?.addGoal.goal.priority).toBe(priority);
    }
    const before = await tableCounts(server, ['goal']);
    const { data } = await server.gql(tenant.tokens.caseworker, ADD, { i: { contractId: contract.id, ...goalDraft() } });
    expect(data?.addGoal).toEqual({ goal: null, userErrors: [expect.objectContaining({ code: 'GOAL_LIMIT' })] });
    expect(await tableCounts(server, ['goal'])).toEqual(before);
  });

  it("gives an added goal the place a discontinued goal left, never a priority an active goal holds", async () => {
    const contract = await createContract(server, tenant, { goals: [goalDraft(), goalDraft(), goalDraft()] });
    const second = contract.goals.find((goal: { priority: number }) => goal.priority === 2);
    const stopped = await server.gql(tenant.tokens.caseworker, UPDATE, { i: { id: second.id, expectedVersion: second.version, status: 'DISCONTINUED' } });
    expect(stopped.data?.updateGoal.userErrors).toEqual([]);
    const { data } = await server.gql(tenant.tokens.caseworker, ADD, { i: { contractId: contract.id, ...goalDraft() } });
    expect(data?.addGoal.userErrors).toEqual([]);
    expect(data?.addGoal.goal.priority).toBe(2);
    const after = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { contract(id: $id) { goals { priority status } } }', { id: contract.id });
    const inForce = after.data?.contract.goals.filter((goal: { status: string }) => goal.status !== 'DISCONTINUED').map((goal: { priority: number }) => goal.priority);
    expect(inForce.sort()).toEqual([1, 2, 3]);
  });

  it('holds the limit under concurrent adds: one of three racing adds to a two-goal contract wins', async () => {
    const contract = await createContract(server, tenant, { goals: [goalDraft(), goalDraft()] });
    const results = await Promise.all(
      [1, 2, 3].map(() => server.gql(tenant.tokens.caseworker, ADD, { i: { contractId: contract.id, ...goalDraft() } })),
    );
    expect(results.filter((r) => r.data?.addGoal.userErrors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.data?.addGoal.userErrors[0]?.code === 'GOAL_LIMIT')).toHaveLength(2);
    const { data } = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { contract(id: $id) { goals { id } } }', { id: contract.id });
    expect(data?.contract.goals).toHaveLength(3);
  });

  it('says which SMART parts are missing', async () => {
    const contract = await createContract(server, tenant);
    const goal = contract.goals[0];
    expect(goal.smart).toEqual({ complete: true, missing: [] });
    const { data } = await server.gql(tenant.tokens.caseworker, UPDATE, { i: { id: goal.id, expectedVersion: goal.version, title: 'Kort' } });
    expect(data?.updateGoal.goal.smart).toEqual({ complete: false, missing: ['SPECIFIC'] });
  });

  it('refuses a stale expectedVersion and a theme outside the contract', async () => {
    const contract = await createContract(server, tenant);
    const goal = contract.goals[0];
    const ok = await server.gql(tenant.tokens.caseworker, UPDATE, { i: { id: goal.id, expectedVersion: 1, title: 'Jeg laver selv mad tre gange om ugen' } });
    expect(ok.data?.updateGoal.goal.version).toBe(2);
    const stale = await server.gql(tenant.tokens.caseworker, UPDATE, { i: { id: goal.id, expectedVersion: 1, title: 'Forældet titel på målet' } });
    expect(stale.data?.updateGoal.userErrors[0].code).toBe('VERSION_CONFLICT');
    const theme = await server.gql(tenant.tokens.caseworker, UPDATE, { i: { id: goal.id, expectedVersion: 2, lifeThemeKey: 'MOBILITY' } });
    expect(theme.data?.updateGoal.userErrors[0]).toMatchObject({ code: 'THEME_NOT_IN_CONTRACT', field: ['input', 'lifeThemeKey'] });
    const { data } = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { node(id: $id) { ... on Goal { title version } } }', { id: goal.id });
    expect(data?.node).toEqual({ title: 'Jeg laver selv mad tre gange om ugen', version: 2 });
  });

  it('lets only the authority\'s caseworker set goals; the provider gets FORBIDDEN', async () => {
    const contract = await createActiveContract(server, tenant);
    const { data } = await server.gql(tenant.tokens.providerStaff, ADD, { i: { contractId: contract.id, ...goalDraft() } });
    expect(data?.addGoal.userErrors[0].code).toBe('FORBIDDEN');
  });

  it('refuses an unknown goal type as a GraphQL validation error (HTTP 400)', async () => {
    const contract = await createContract(server, tenant);
    const response = await server.gql(tenant.tokens.caseworker, ADD, { i: { contractId: contract.id, ...goalDraft({ goalType: 'GROW' }) } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/GROW/);
  });
});
