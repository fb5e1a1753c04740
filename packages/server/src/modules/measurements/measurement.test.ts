import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActiveContract, tableCounts } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const RECORD = `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { id value scale kind measuredAt } userErrors { field code message } } }`;
const GOAL = `query($id: ID!) { node(id: $id) { ... on Goal { baseline { value } latest { value measuredAt } change vum: change(scale: VUM_0_4) measurements { value kind } } } }`;

describe('measurements over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  const record = (goalId: string, input: Record<string, unknown>, token = tenant.tokens.providerStaff) =>
    server.gql(token, RECORD, { i: { goalId, scale: 'ONE_TO_TEN', kind: 'FOLLOW_UP', measuredAt: '2026-10-01', ...input } });

  it('computes change as the latest FOLLOW_UP minus the BASELINE on the same scale', async () => {
    const goalId = (await createActiveContract(server, tenant)).goals[0].id;
    expect((await record(goalId, { kind: 'BASELINE', value: 3, measuredAt: '2026-09-01' })).data?.recordMeasurement.userErrors).toEqual([]);
    await record(goalId, { value: 5, measuredAt: '2026-10-01' });
    await record(goalId, { value: 6, measuredAt: '2026-11-01' }, tenant.tokens.caseworker);
    await record(goalId, { scale: 'VUM_0_4', kind: 'BASELINE', value: 3, measuredAt: '2026-09-01' });
    const { data } = await server.gql(tenant.tokens.caseworker, GOAL, { id: goalId });
    expect(data?.node).toMatchObject({ baseline: { value: 3 }, latest: { value: 6, measuredAt: '2026-11-01' }, change: 3, vum: null });
  });

  it('refuses values outside the scale with VALUE_OUT_OF_RANGE, storing nothing', async () => {
    const goalId = (await createActiveContract(server, tenant)).goals[0].id;
    const before = await tableCounts(server, ['measurement']);
    for (const [scale, value] of [['ONE_TO_TEN', 0], ['ONE_TO_TEN', 11], ['VUM_0_4', 5], ['VUM_0_4', -1]] as const) {
      const { data } = await record(goalId, { scale, value });
      expect(data?.recordMeasurement.userErrors, `${scale} ${value}`).toEqual([expect.objectContaining({ code: 'VALUE_OUT_OF_RANGE', field: ['input', 'value'] })]);
    }
    expect(await tableCounts(server, ['measurement'])).toEqual(before);
  });

  it('allows one BASELINE per goal and scale', async () => {
    const goalId = (await createActiveContract(server, tenant)).goals[0].id;
    await record(goalId, { kind: 'BASELINE', value: 4, measuredAt: '2026-09-01' });
    const second = await record(goalId, { kind: 'BASELINE', value: 5, measuredAt: '2026-09-02' });
    expect(second.data?.recordMeasurement.userErrors[0].code).toBe('BASELINE_EXISTS');
    const otherScale = await record(goalId, { kind: 'BASELINE', scale: 'VUM_0_4', value: 2, measuredAt: '2026-09-01' });
    expect(otherScale.data?.recordMeasurement.userErrors).toEqual([]);
  });

  it('refuses readings in the future, before the baseline, and on impossible dates', async () => {
    const goalId = (await createActiveContract(server, tenant)).goals[0].id;
    await record(goalId, { kind: 'BASELINE', value: 4, measuredAt: '2026-09-01' });
    expect((await record(goalId, { value: 5, measuredAt: '2999-01-01' })).data?.recordMeasurement.userErrors[0].code).toBe('DATE_IN_FUTURE');
    expect((await record(goalId, { value: 5, measuredAt: '2026-08-01' })).data?.recordMeasurement.userErrors[0].code).toBe('BEFORE_BASELINE');
    const impossible = await record(goalId, { value: 5, measuredAt: '2026-02-30' });
    expect(impossible.status).toBe(400);
    expect(impossible.errors?.[0].message).toMatch(/real calendar date/);
  });

  it('keeps managers and other organisations out', async () => {
    const goalId = (await createActiveContract(server, tenant)).goals[0].id;
    // The policy refuses the role outright; another organisation does not find the goal.
    expect((await record(goalId, { value: 5 }, tenant.tokens.manager)).data?.recordMeasurement.userErrors[0].code).toBe('FORBIDDEN');
    const other = await buildTenant(server);
    expect((await record(goalId, { value: 5 }, other.tokens.providerStaff)).data?.recordMeasurement.userErrors[0].code).toBe('NOT_FOUND');
  });
});
