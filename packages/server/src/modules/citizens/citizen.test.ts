import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, uniqueCpr, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const CREATE = `mutation($input: CreateCitizenInput!) {
  createCitizen(input: $input) { citizen { id name cpr birthDate version } userErrors { field message code } }
}`;

describe('citizens over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  it('refuses a request without a bearer token with 401', async () => {
    const response = await server.gql(null, '{ viewer { id } }');
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('creates a citizen and derives the birth date from the CPR number', async () => {
    const cpr = uniqueCpr();
    const { data } = await server.gql(tenant.tokens.caseworker, CREATE, { input: { name: 'Anna Jensen', cpr } });
    expect(data?.createCitizen.userErrors).toEqual([]);
    expect(data?.createCitizen.citizen).toMatchObject({ name: 'Anna Jensen', cpr, version: 1 });
  });

  it('refuses a CPR number whose first six digits are not a date, and stores nothing', async () => {
    const before = await server.db.query('SELECT COUNT(*) AS n FROM citizen');
    const { data } = await server.gql(tenant.tokens.caseworker, CREATE, { input: { name: 'X', cpr: '310290-1234' } });
    expect(data?.createCitizen).toMatchObject({ citizen: null, userErrors: [{ code: 'INVALID_CPR', field: ['input', 'cpr'] }] });
    expect(await server.db.query('SELECT COUNT(*) AS n FROM citizen')).toEqual(before);
  });

  it('masks the CPR number for provider staff and hides citizens of other organisations', async () => {
    const cpr = uniqueCpr();
    const created = await server.gql(tenant.tokens.caseworker, CREATE, { input: { name: 'Bo Hansen', cpr } });
    const id = created.data?.createCitizen.citizen.id;
    const other = await buildTenant(server);
    const { data } = await server.gql(other.tokens.caseworker, 'query($id: ID!) { citizen(id: $id) { id } }', { id });
    expect(data?.citizen).toBeNull();
    const providerView = await server.gql(tenant.tokens.providerStaff, 'query($id: ID!) { citizen(id: $id) { id } }', { id });
    expect(providerView.data?.citizen).toBeNull();
  });

  it('lists and searches the viewer\'s citizens with Relay pagination', async () => {
    const tenantB = await buildTenant(server);
    for (const name of ['Carl Nielsen', 'Carla Berg', 'Dorthe Holm']) {
      await server.gql(tenantB.tokens.caseworker, CREATE, { input: { name, cpr: uniqueCpr() } });
    }
    const page1 = await server.gql(tenantB.tokens.caseworker, '{ citizens(first: 2) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }');
    expect(page1.data?.citizens.totalCount).toBe(3);
    expect(page1.data?.citizens.edges).toHaveLength(2);
    expect(page1.data?.citizens.pageInfo.hasNextPage).toBe(true);
    const page2 = await server.gql(tenantB.tokens.caseworker, 'query($after: String) { citizens(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage } } }', {
      after: page1.data?.citizens.pageInfo.endCursor,
    });
    expect(page2.data?.citizens.edges).toHaveLength(1);
    expect(page2.data?.citizens.pageInfo.hasNextPage).toBe(false);
    const search = await server.gql(tenantB.tokens.caseworker, '{ citizens(first: 20, search: "NIELS") { edges { node { name } } } }');
    expect(search.data?.citizens.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Carl Nielsen']);
  });

  it('gives managers no citizens (aggregates only)', async () => {
    const { data } = await server.gql(tenant.tokens.manager, '{ citizens(first: 10) { totalCount } }');
    expect(data?.citizens.totalCount).toBe(0);
  });
});
