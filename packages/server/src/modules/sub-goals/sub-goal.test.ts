import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActiveContract, tableCounts } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const PROPOSE = `mutation($i: ProposeSubGoalInput!) { proposeSubGoal(input: $i) { subGoal { id version approval title proposedAt goal { id } } userErrors { field code } } }`;
const DECIDE = `mutation($i: DecideSubGoalInput!) { decideSubGoal(input: $i) { subGoal { id version approval decidedAt decisionComment } userErrors { field code } } }`;
const UPDATE = `mutation($i: UpdateSubGoalInput!) { updateSubGoal(input: $i) { subGoal { version approval status title } userErrors { field code } } }`;

describe('sub-goals over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  let goalId: string;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    goalId = (await createActiveContract(server, tenant)).goals[0].id;
  });
  afterAll(() => server.close());

  const propose = (token: string, title = 'Lave en indkøbsliste hver mandag') => server.gql(token, PROPOSE, { i: { goalId, title, method: 'Sammen med kontaktpersonen' } });

  it('is proposed by the provider and approved by the authority', async () => {
    const proposed = await propose(tenant.tokens.providerStaff);
    expect(proposed.data?.proposeSubGoal.subGoal).toMatchObject({ approval: 'PROPOSED', goal: { id: goalId } });
    const decided = await server.gql(tenant.tokens.caseworker, DECIDE, { i: { id: proposed.data?.proposeSubGoal.subGoal.id, expectedVersion: 1, approval: 'APPROVED' } });
    expect(decided.data?.decideSubGoal.subGoal).toMatchObject({ approval: 'APPROVED', version: 2 });
    expect(decided.data?.decideSubGoal.subGoal.decidedAt).toMatch(/Z$/);
  });

  it('cannot be proposed by the caseworker nor decided by the provider', async () => {
    const before = await tableCounts(server, ['sub_goal']);
    expect((await propose(tenant.tokens.caseworker)).data?.proposeSubGoal.userErrors[0].code).toBe('FORBIDDEN');
    expect(await tableCounts(server, ['sub_goal'])).toEqual(before);
    const proposed = await propose(tenant.tokens.providerStaff);
    const decided = await server.gql(tenant.tokens.providerManager, DECIDE, { i: { id: proposed.data?.proposeSubGoal.subGoal.id, expectedVersion: 1, approval: 'APPROVED' } });
    expect(decided.data?.decideSubGoal.userErrors[0].code).toBe('FORBIDDEN');
  });

  it('needs a comment to reject, and cannot be decided twice', async () => {
    const proposed = await propose(tenant.tokens.providerStaff);
    const id = proposed.data?.proposeSubGoal.subGoal.id;
    const bare = await server.gql(tenant.tokens.caseworker, DECIDE, { i: { id, expectedVersion: 1, approval: 'REJECTED' } });
    expect(bare.data?.decideSubGoal.userErrors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'comment'] });
    const rejected = await server.gql(tenant.tokens.caseworker, DECIDE, { i: { id, expectedVersion: 1, approval: 'REJECTED', comment: 'For upræcist' } });
    expect(rejected.data?.decideSubGoal.subGoal).toMatchObject({ approval: 'REJECTED', decisionComment: 'For upræcist' });
    const again = await server.gql(tenant.tokens.caseworker, DECIDE, { i: { id, expectedVersion: 2, approval: 'APPROVED' } });
    expect(again.data?.decideSubGoal.userErrors[0].code).toBe('NOT_PROPOSED');
    const stale = await server.gql(tenant.tokens.caseworker, DECIDE, { i: { id, expectedVersion: 1, approval: 'APPROVED' } });
    expect(stale.data?.decideSubGoal.userErrors[0].code).toBe('VERSION_CONFLICT');
  });

  it('goes back for approval when the provider rewords an approved sub-goal, but not when marking it done', async () => {
    const proposed = await propose(tenant.tokens.providerStaff);
    const id = proposed.data?.proposeSubGoal.subGoal.id;
    await server.gql(tenant.tokens.caseworker, DECIDE, { i: { id, expectedVersion: 1, approval: 'APPROVED' } });
    const done = await server.gql(tenant.tokens.providerStaff, UPDATE, { i: { id, expectedVersion: 2, status: 'DONE' } });
    expect(done.data?.updateSubGoal.subGoal).toMatchObject({ approval: 'APPROVED', status: 'DONE', version: 3 });
    const reworded = await server.gql(tenant.tokens.providerStaff, UPDATE, { i: { id, expectedVersion: 3, title: 'Lave indkøbsliste og handle selv' } });
    expect(reworded.data?.updateSubGoal.subGoal).toMatchObject({ approval: 'PROPOSED', version: 4 });
  });

  it('is invisible to another provider', async () => {
    const other = await buildTenant(server);
    const { data } = await server.gql(other.tokens.providerStaff, PROPOSE, { i: { goalId, title: 'Noget andet' } });
    expect(data?.proposeSubGoal.userErrors[0].code).toBe('NOT_FOUND');
  });
});
