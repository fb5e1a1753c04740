import type { AddressInfo } from 'node:net';
import { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { treklangSchema } from '../graphql/build-schema.js';
import { createActiveContract } from '../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../test-support/factories.js';
import { startTestServer, TEST_KEY, type TestServer } from '../test-support/test-server.js';
import { TUNED } from './graphql-execution.js';

/*
 * The tuned execution (graphql-jit through Apollo's gateway interface, plain columns on GraphQL's default
 * resolver, no cache-control wrappers) answers exactly as graphql-js does, errors and status codes included,
 * and never drops a resolver that decides what a viewer sees.
 */

describe('tuned GraphQL execution', () => {
  let server: TestServer;
  let tenant: Tenant;
  let plain: { url: string; close(): Promise<void> };
  let contract: Record<string, any>;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    contract = await createActiveContract(server, tenant);
    // A second app on the same database executing with graphql-js instead of graphql-jit.
    const { server: http, apollo } = await createApp({ db: server.db, databaseUrl: `sqlite:unused`, signingKey: TEST_KEY, execution: { ...TUNED, jit: false } });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    plain = {
      url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
      close: async () => {
        await new Promise<void>((resolve) => http.close(() => resolve()));
        await apollo.stop();
      },
    };
  });
  afterAll(async () => {
    await plain.close();
    await server.close();
  });

  const both = async (token: string, query: string, variables?: Record<string, unknown>) => {
    const call = (url: string) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as Record<string, any> }),
      );
    return { jit: await call(server.url), js: await call(plain.url) };
  };

  const CASES: [string, string, Record<string, unknown>?][] = [
    ['lists with fragments, aliases and __typename', `{ list: contracts(first: 5) { totalCount edges { cursor node { ...C } } } } fragment C on Contract { __typename id status price { amount unit } goals { id title deadline smart { complete missing } lifeTheme { key code } } citizen { name cpr cprMasked } }`],
    ['reads through the Node interface with inline fragments', `query($id: ID!) { node(id: $id) { __typename id ... on Contract { status signatures { party } } ... on Goal { title } } }`],
    ['honours @skip and @include', `query($yes: Boolean!, $no: Boolean!) { contracts(first: 2) { totalCount @include(if: $yes) edges @skip(if: $no) { node { id } } } }`, { yes: true, no: false }],
    ['reports a resolver error with its path and code', `{ contracts(first: 100000) { totalCount } }`],
    ['reports a variable of the wrong type as a 400', `query($first: Int) { contracts(first: $first) { totalCount } }`, { first: 'many' }],
    ['reports a missing required variable as a 400', `query($id: ID!) { contract(id: $id) { id } }`],
    ['answers introspection', `{ __type(name: "Goal") { name fields { name } } }`],
    ['returns null for an unknown id', `{ contract(id: "bm9wZQ") { id } }`],
  ];

  it.each(CASES)('%s, exactly as graphql-js does', async (_name, query, variables = {}) => {
    const vars = { ...variables, id: contract.id };
    const result = await both(tenant.tokens.caseworker, query, query.includes('$id') ? vars : variables);
    expect(result.jit).toEqual(result.js);
    expect(result.jit.status === 200 || result.jit.status === 400).toBe(true);
  });

  it('masks the CPR number for the provider exactly as before: authorisation stays in its field resolver', async () => {
    const query = `query($id: ID!) { contract(id: $id) { citizen { cpr cprMasked } } }`;
    const result = await both(tenant.tokens.providerStaff, query, { id: contract.id });
    expect(result.jit).toEqual(result.js);
    expect(result.jit.body.data.contract.citizen.cpr).toMatch(/^\d{6}-xxxx$/);
  });

  it('drops the wrapper from plain columns and getters only, never from a field resolver', async () => {
    const schema = await treklangSchema();
    const fields = (name: string) => (schema.getType(name) as GraphQLObjectType).getFields();
    expect(fields('Citizen').name.resolve).toBeUndefined();
    expect(fields('Goal').title.resolve).toBeUndefined();
    expect(fields('Goal').deadline.resolve).toBeUndefined();
    // Getters (the global `id`, Contract.price) are type-graphql field resolvers that only read the property.
    expect(fields('Goal').id.resolve).toBeUndefined();
    expect(fields('Contract').price.resolve).toBeUndefined();
    expect(fields('Citizen').cpr.resolve).toEqual(expect.any(Function));
    expect(fields('Citizen').contracts.resolve).toEqual(expect.any(Function));
    expect(fields('Contract').goals.resolve).toEqual(expect.any(Function));
    expect(fields('Contract').citizen.resolve).toEqual(expect.any(Function));
  });
});
