import { addDays, danishToday, orderDecisionDueBy, toIsoDate } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../graphql/global-id.js';
import { createCitizen, createContract, tableCounts } from '../../test-support/case-fixtures.js';
import { buildOrganization, buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { Order } from './order.entity.js';

const ORDER_FIELDS = `id version status assessment services goals sentAt decideBy decidedAt declineReason overdue
  citizen { id name } authority { id } provider { id }`;
const SEND = `mutation($i: SendOrderInput!) { sendOrder(input: $i) { order { ${ORDER_FIELDS} } userErrors { field code message } } }`;
const DECIDE = `mutation($i: DecideOrderInput!) { decideOrder(input: $i) { order { ${ORDER_FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($i: UpdateOrderInput!) { updateOrder(input: $i) { order { ${ORDER_FIELDS} } userErrors { field code message } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;

type Errors = { field: string[] | null; code: string; message: string }[];

describe('orders (bestilling) over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  function orderInput(tenant: Tenant, citizenId: string, overrides: Record<string, unknown> = {}) {
    return {
      citizenId,
      providerId: tenant.provider.id,
      assessment: 'Borgeren har brug for støtte til struktur i hverdagen og til indkøb.',
      services: ['SEL_85'],
      goals: ['Jeg handler selv ind to gange om ugen'],
      ...overrides,
    };
  }

  async function send(tenant: Tenant, overrides: Record<string, unknown> = {}, token = tenant.tokens.caseworker) {
    const citizenId = (overrides.citizenId as string | undefined) ?? (await createCitizen(server, tenant, 'Ole Bestilling'));
    const { data, errors } = await server.gql(token, SEND, { i: orderInput(tenant, citizenId, overrides) });
    expect(errors).toBeUndefined();
    return data?.sendOrder as { order: Record<string, any> | null; userErrors: Errors };
  }

  async function sentOrder(tenant: Tenant, overrides: Record<string, unknown> = {}) {
    const result = await send(tenant, overrides);
    expect(result.userErrors).toEqual([]);
    return result.order!;
  }

  async function decide(token: string, input: Record<string, unknown>) {
    const { data, errors } = await server.gql(token, DECIDE, { i: input });
    expect(errors).toBeUndefined();
    return data?.decideOrder as { order: Record<string, any> | null; userErrors: Errors };
  }

  async function update(token: string, input: Record<string, unknown>) {
    const { data, errors } = await server.gql(token, UPDATE, { i: input });
    expect(errors).toBeUndefined();
    return data?.updateOrder as { order: Record<string, any> | null; userErrors: Errors };
  }

  const row = (globalId: string) => server.db.getRepository(Order).findOneByOrFail({ rowId: fromGlobalId(globalId)!.id });

  describe('sendOrder', () => {
    it('sends an order with assessment, services and goals; the provider manager must decide within a month', async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant, 'Ole Bestilling');
      const result = await send(tenant, { citizenId, services: ['SEL_85', 'SEL_104', 'SEL_85'], goals: ['Mål 1', 'Mål 2', 'Mål 3'] });
      expect(result.userErrors).toEqual([]);
      const today = toIsoDate(new Date());
      expect(result.order).toMatchObject({
        version: 1,
        status: 'SENT',
        services: ['SEL_85', 'SEL_104'],
        goals: ['Mål 1', 'Mål 2', 'Mål 3'],
        // Counted from the Danish date (the UTC date is the day before from midnight to 01:00 or 02:00 in Denmark).
        decideBy: orderDecisionDueBy(danishToday()),
        decidedAt: null,
        declineReason: null,
        overdue: false,
        citizen: { id: citizenId, name: 'Ole Bestilling' },
        authority: { id: tenant.authority.id },
        provider: { id: tenant.provider.id },
      });
      expect(result.order!.sentAt.slice(0, 10)).toBe(today);
      expect(Date.now() - Date.parse(result.order!.sentAt)).toBeLessThan(60_000);
    });

    it('accepts an order without goals', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant, { goals: null });
      expect(order.goals).toEqual([]);
    });

    it.each([
      ['provider staff', 'providerStaff'],
      ['the provider manager', 'providerManager'],
      ['a manager', 'manager'],
      ['an admin', 'authorityAdmin'],
    ] as const)('refuses %s with FORBIDDEN and stores nothing', async (_label, role) => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const before = await tableCounts(server, ['purchase_order']);
      const result = await send(tenant, { citizenId }, tenant.tokens[role]);
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'FORBIDDEN' }] });
      expect(await tableCounts(server, ['purchase_order'])).toEqual(before);
    });

    it("refuses another authority's citizen with NOT_FOUND and stores nothing", async () => {
      const tenant = await buildTenant(server);
      const other = await buildTenant(server);
      const foreignCitizen = await createCitizen(server, other);
      const before = await tableCounts(server, ['purchase_order']);
      const result = await send(tenant, { citizenId: foreignCitizen });
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'citizenId'] }] });
      expect(await tableCounts(server, ['purchase_order'])).toEqual(before);
    });

    it('refuses to send an order to an organisation that is not a provider', async () => {
      const tenant = await buildTenant(server);
      const before = await tableCounts(server, ['purchase_order']);
      const result = await send(tenant, { providerId: tenant.authority.id });
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'NOT_A_PROVIDER', field: ['input', 'providerId'] }] });
      expect(await tableCounts(server, ['purchase_order'])).toEqual(before);
    });

    it('refuses malformed IDs with MALFORMED_ID', async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const before = await tableCounts(server, ['purchase_order']);
      expect(await send(tenant, { citizenId: 'not-an-id' })).toMatchObject({ userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'citizenId'] }] });
      // A valid ID of the wrong type is malformed too.
      expect(await send(tenant, { citizenId, providerId: citizenId })).toMatchObject({ userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'providerId'] }] });
      expect(await tableCounts(server, ['purchase_order'])).toEqual(before);
    });

    it.each([
      ['no services', { services: [] }, 'REQUIRED', ['input', 'services']],
      ['an empty assessment', { assessment: '   ' }, 'REQUIRED', ['input', 'assessment']],
      ['a too long assessment', { assessment: 'x'.repeat(20_001) }, 'TOO_LONG', ['input', 'assessment']],
      ['four goals', { goals: ['1', '2', '3', '4'] }, 'GOAL_LIMIT', ['input', 'goals']],
      ['an empty goal', { goals: ['Mål', ' '] }, 'REQUIRED', ['input', 'goals', '1']],
      ['a too long goal', { goals: ['x'.repeat(501)] }, 'TOO_LONG', ['input', 'goals', '0']],
    ])('refuses %s and stores nothing', async (_label, overrides, code, field) => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const before = await tableCounts(server, ['purchase_order']);
      const result = await send(tenant, { citizenId, ...overrides });
      expect(result).toMatchObject({ order: null, userErrors: [{ code, field }] });
      expect(await tableCounts(server, ['purchase_order'])).toEqual(before);
    });

    it('refuses an unknown service type as a malformed request', async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const before = await tableCounts(server, ['purchase_order']);
      const response = await server.gql(tenant.tokens.caseworker, SEND, { i: orderInput(tenant, citizenId, { services: ['SEL_999'] }) });
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await tableCounts(server, ['purchase_order'])).toEqual(before);
    });
  });

  describe('decideOrder', () => {
    it("lets the provider's manager accept a sent order and records who and when", async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const result = await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'ACCEPTED', reason: 'Passer godt' });
      expect(result.userErrors).toEqual([]);
      expect(result.order).toMatchObject({ id: order.id, version: 2, status: 'ACCEPTED', declineReason: null, overdue: false });
      expect(Date.now() - Date.parse(result.order!.decidedAt)).toBeLessThan(60_000);
      const stored = await row(order.id);
      expect(stored.decidedById).toBe(tenant.users.providerManager.rowId);
      expect(stored.status).toBe('ACCEPTED');
    });

    it('records the reason when the order is declined', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const result = await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'DECLINED', reason: ' Ingen ledige pladser ' });
      expect(result.userErrors).toEqual([]);
      expect(result.order).toMatchObject({ status: 'DECLINED', declineReason: 'Ingen ledige pladser', version: 2 });
    });

    it.each([
      ['without a reason', {}],
      ['with a blank reason', { reason: '  ' }],
    ])('refuses to decline %s with REQUIRED and changes nothing', async (_label, extra) => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const before = await row(order.id);
      const result = await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'DECLINED', ...extra });
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'REQUIRED', field: ['input', 'reason'] }] });
      expect(await row(order.id)).toEqual(before);
    });

    it.each([
      ['provider staff', 'providerStaff'],
      ['the caseworker', 'caseworker'],
      ['a manager', 'manager'],
    ] as const)('refuses %s with FORBIDDEN and changes nothing', async (_label, role) => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const before = await row(order.id);
      const result = await decide(tenant.tokens[role], { id: order.id, expectedVersion: 1, decision: 'ACCEPTED' });
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'FORBIDDEN', field: null }] });
      expect(await row(order.id)).toEqual(before);
    });

    it("answers NOT_FOUND for another provider's order and changes nothing", async () => {
      const tenant = await buildTenant(server);
      const other = await buildTenant(server);
      const order = await sentOrder(tenant);
      const before = await row(order.id);
      const result = await decide(other.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'ACCEPTED' });
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }] });
      expect(await row(order.id)).toEqual(before);
    });

    it('refuses a malformed ID with MALFORMED_ID', async () => {
      const tenant = await buildTenant(server);
      const result = await decide(tenant.tokens.providerManager, { id: 'Zm9vOmJhcg', expectedVersion: 1, decision: 'ACCEPTED' });
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'id'] }] });
    });

    it('refuses a stale expectedVersion with VERSION_CONFLICT and changes nothing', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      // The caseworker changes the order meanwhile: still SENT, now version 2.
      const changed = await update(tenant.tokens.caseworker, { id: order.id, expectedVersion: 1, assessment: 'Opdateret vurdering' });
      expect(changed.userErrors).toEqual([]);
      const before = await row(order.id);
      const result = await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'ACCEPTED' });
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }] });
      expect(await row(order.id)).toEqual(before);
    });

    it('refuses to decide an order that is not pending with ORDER_NOT_PENDING', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const accepted = await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'ACCEPTED' });
      expect(accepted.userErrors).toEqual([]);
      const before = await row(order.id);
      const again = await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 2, decision: 'DECLINED', reason: 'Fortrudt' });
      expect(again).toMatchObject({ order: null, userErrors: [{ code: 'ORDER_NOT_PENDING', field: ['input', 'id'] }] });
      expect(await row(order.id)).toEqual(before);
    });

    it('refuses an unknown decision as a malformed request', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const response = await server.gql(tenant.tokens.providerManager, DECIDE, { i: { id: order.id, expectedVersion: 1, decision: 'MAYBE' } });
      expect(response.status).toBe(400);
      expect((await row(order.id)).status).toBe('SENT');
    });
  });

  describe('updateOrder', () => {
    it('sends a changed order again: back to SENT with a new deadline, to be accepted again', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const accepted = await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'ACCEPTED' });
      expect(accepted.order?.status).toBe('ACCEPTED');
      await server.db.getRepository(Order).update({ rowId: fromGlobalId(order.id)!.id }, { sentAt: '2025-01-10T08:00:00.000Z', decideBy: '2025-02-10' });

      const result = await update(tenant.tokens.caseworker, { id: order.id, expectedVersion: 2, assessment: 'Ny vurdering efter opfølgning', services: ['SEL_108'], goals: [] });
      expect(result.userErrors).toEqual([]);
      const today = toIsoDate(new Date());
      expect(result.order).toMatchObject({
        version: 3,
        status: 'SENT',
        assessment: 'Ny vurdering efter opfølgning',
        services: ['SEL_108'],
        goals: [],
        decidedAt: null,
        declineReason: null,
        decideBy: orderDecisionDueBy(danishToday()),
      });
      expect(result.order!.sentAt.slice(0, 10)).toBe(today);
      expect((await row(order.id)).decidedById).toBeNull();

      const reaccepted = await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 3, decision: 'ACCEPTED' });
      expect(reaccepted.order).toMatchObject({ status: 'ACCEPTED', version: 4 });
    });

    it('keeps omitted fields and clears the decline reason of a declined order', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant, { services: ['SEL_85', 'SEL_104'], goals: ['Mål A'] });
      await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'DECLINED', reason: 'For få timer bevilget' });
      const result = await update(tenant.tokens.caseworker, { id: order.id, expectedVersion: 2, assessment: 'Flere timer bevilget' });
      expect(result.userErrors).toEqual([]);
      expect(result.order).toMatchObject({ status: 'SENT', declineReason: null, services: ['SEL_85', 'SEL_104'], goals: ['Mål A'], assessment: 'Flere timer bevilget' });
    });

    it('refuses a stale expectedVersion with VERSION_CONFLICT and changes nothing', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'ACCEPTED' });
      const before = await row(order.id);
      const result = await update(tenant.tokens.caseworker, { id: order.id, expectedVersion: 1, assessment: 'Forældet' });
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }] });
      expect(await row(order.id)).toEqual(before);
    });

    it.each([
      ['provider staff', 'providerStaff'],
      ['the provider manager', 'providerManager'],
    ] as const)('refuses %s with FORBIDDEN and changes nothing', async (_label, role) => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const before = await row(order.id);
      const result = await update(tenant.tokens[role], { id: order.id, expectedVersion: 1, assessment: 'Ændret' });
      expect(result).toMatchObject({ order: null, userErrors: [{ code: 'FORBIDDEN' }] });
      expect(await row(order.id)).toEqual(before);
    });

    it("answers NOT_FOUND for another authority's order and MALFORMED_ID for a malformed ID", async () => {
      const tenant = await buildTenant(server);
      const other = await buildTenant(server);
      const order = await sentOrder(tenant);
      const before = await row(order.id);
      expect(await update(other.tokens.caseworker, { id: order.id, expectedVersion: 1, assessment: 'Ændret' })).toMatchObject({
        order: null,
        userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }],
      });
      expect(await update(tenant.tokens.caseworker, { id: '!!', expectedVersion: 1 })).toMatchObject({ userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'id'] }] });
      expect(await row(order.id)).toEqual(before);
    });

    it.each([
      ['no services', { services: [] }, 'REQUIRED', ['input', 'services']],
      ['a blank assessment', { assessment: '' }, 'REQUIRED', ['input', 'assessment']],
      ['four goals', { goals: ['1', '2', '3', '4'] }, 'GOAL_LIMIT', ['input', 'goals']],
    ])('refuses %s and changes nothing', async (_label, overrides, code, field) => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const before = await row(order.id);
      const result = await update(tenant.tokens.caseworker, { id: order.id, expectedVersion: 1, ...overrides });
      expect(result).toMatchObject({ order: null, userErrors: [{ code, field }] });
      expect(await row(order.id)).toEqual(before);
    });
  });

  describe('reading orders', () => {
    it('lists the authority its sent orders and the provider its incoming ones, filtered by status and paged', async () => {
      const tenant = await buildTenant(server);
      const secondProvider = await buildOrganization(server.db, 'PROVIDER');
      const citizenId = await createCitizen(server, tenant);
      const first = await sentOrder(tenant, { citizenId });
      const second = await sentOrder(tenant, { citizenId });
      const elsewhere = await sentOrder(tenant, { citizenId, providerId: secondProvider.id });
      await decide(tenant.tokens.providerManager, { id: second.id, expectedVersion: 1, decision: 'ACCEPTED' });
      const other = await buildTenant(server);
      await sentOrder(other);

      const list = (token: string, args = '(first: 20)') =>
        server.gql(token, `{ orders${args} { totalCount edges { node { id status } } pageInfo { hasNextPage endCursor } } }`).then((r) => r.data?.orders);
      const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

      expect(ids(await list(tenant.tokens.caseworker))).toEqual([first.id, second.id, elsewhere.id]);
      expect(ids(await list(tenant.tokens.providerStaff))).toEqual([first.id, second.id]);
      expect(ids(await list(tenant.tokens.providerManager, '(first: 20, status: SENT)'))).toEqual([first.id]);
      expect(ids(await list(tenant.tokens.caseworker, '(first: 20, status: ACCEPTED)'))).toEqual([second.id]);
      expect((await list(tenant.tokens.manager)).totalCount).toBe(0);

      const page1 = await list(tenant.tokens.caseworker, '(first: 2)');
      expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const page2 = await list(tenant.tokens.caseworker, `(first: 2, after: "${page1.pageInfo.endCursor}")`);
      expect(ids(page2)).toEqual([elsewhere.id]);
    });

    it('returns one order to both sides, and null for other organisations, managers and malformed IDs', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const other = await buildTenant(server);
      const read = (token: string, id: string) => server.gql(token, ORDER, { id }).then((r) => r.data?.order);
      expect(await read(tenant.tokens.caseworker, order.id)).toMatchObject({ id: order.id });
      // The provider sees the order sent to it, but not who the citizen is until it has an active contract for them.
      expect(await read(tenant.tokens.providerStaff, order.id)).toMatchObject({ id: order.id, citizen: null });
      expect(await read(other.tokens.caseworker, order.id)).toBeNull();
      expect(await read(other.tokens.providerManager, order.id)).toBeNull();
      expect(await read(tenant.tokens.manager, order.id)).toBeNull();
      expect(await read(tenant.tokens.caseworker, 'garbage')).toBeNull();
      expect(await read(tenant.tokens.caseworker, order.citizen.id)).toBeNull();
    });

    it('is overdue while SENT after decideBy, and not once decided', async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const rowId = fromGlobalId(order.id)!.id;
      // `overdue` compares with the Danish date, which is a day ahead of UTC's from 23:00 (22:00 in summer) UTC.
      const today = danishToday();
      const yesterday = addDays(today, -1);
      await server.db.getRepository(Order).update({ rowId }, { decideBy: today });
      expect((await server.gql(tenant.tokens.caseworker, ORDER, { id: order.id })).data?.order.overdue).toBe(false);
      await server.db.getRepository(Order).update({ rowId }, { decideBy: yesterday });
      expect((await server.gql(tenant.tokens.caseworker, ORDER, { id: order.id })).data?.order.overdue).toBe(true);
      await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'ACCEPTED' });
      expect((await server.gql(tenant.tokens.caseworker, ORDER, { id: order.id })).data?.order.overdue).toBe(false);
    });

    it("hides the citizen from the authority once the citizen belongs to another authority", async () => {
      const tenant = await buildTenant(server);
      const order = await sentOrder(tenant);
      const other = await buildTenant(server);
      await server.db.query(`UPDATE citizen SET authority_id = '${other.authority.rowId}' WHERE id = '${fromGlobalId(order.citizen.id)!.id}'`);
      const { data } = await server.gql(tenant.tokens.caseworker, ORDER, { id: order.id });
      expect(data?.order).toMatchObject({ id: order.id, citizen: null });
    });

    it('shows the order a contract is based on, and its return to SENT when the order is changed', async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const order = await sentOrder(tenant, { citizenId });
      await decide(tenant.tokens.providerManager, { id: order.id, expectedVersion: 1, decision: 'ACCEPTED' });
      const contract = await createContract(server, tenant, { citizenId, orderId: order.id });
      const unlinked = await createContract(server, tenant, { citizenId });
      const read = (token: string, id: string) =>
        server.gql(token, 'query($id: ID!) { contract(id: $id) { order { id status } } }', { id }).then((r) => r.data?.contract);

      expect(await read(tenant.tokens.caseworker, contract.id)).toEqual({ order: { id: order.id, status: 'ACCEPTED' } });
      expect(await read(tenant.tokens.providerStaff, contract.id)).toEqual({ order: { id: order.id, status: 'ACCEPTED' } });
      expect(await read(tenant.tokens.caseworker, unlinked.id)).toEqual({ order: null });

      await update(tenant.tokens.caseworker, { id: order.id, expectedVersion: 2, assessment: 'Ændret efter opfølgning' });
      expect(await read(tenant.tokens.caseworker, contract.id)).toEqual({ order: { id: order.id, status: 'SENT' } });
    });
  });
});
