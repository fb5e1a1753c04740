import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizen } from '../test-support/case-fixtures.js';
import { buildTenant, buildUser, type Tenant } from '../test-support/factories.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../test-support/test-server.js';
import { QUERY_LIMITS } from './limits.js';

/*
 * The API's edges over HTTP: query depth, cost, aliases, directives, tokens and length, batches, and the page size
 * of connections. Each refusal is a 4xx with a clear code, never a 500, and runs nothing.
 */

const COUNT_TABLES = ['citizen', 'contract', 'goal', 'consent', 'form_response'];

describe('query limits over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  let citizenId: string;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    citizenId = await createCitizen(server, tenant, 'Grænse Borger');
  });
  afterAll(() => server.close());

  const ask = (query: string, variables?: Record<string, unknown>) => server.gql(tenant.tokens.caseworker, query, variables);
  const counts = async () => Object.fromEntries(await Promise.all(COUNT_TABLES.map(async (table) => [table, Number((await server.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)])));

  function expectLimit(response: GraphQLResponse, limit: string, code = 'GRAPHQL_VALIDATION_FAILED'): void {
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    const error = response.errors?.find((candidate) => candidate.extensions?.limit === limit);
    expect(error, JSON.stringify(response.errors)).toBeDefined();
    expect(error!.extensions).toMatchObject({ code, max: QUERY_LIMITS[limit as keyof typeof QUERY_LIMITS] });
  }

  it(`refuses a query deeper than ${QUERY_LIMITS.depth} levels and accepts one at the limit`, async () => {
    const atLimit = '{ contracts(first: 1) { edges { node { citizen { contracts { goals { subGoals { id } } } } } } } }';
    expect((await ask(atLimit)).errors).toBeUndefined();
    const tooDeep = '{ contracts(first: 1) { edges { node { citizen { contracts { goals { subGoals { goal { id } } } } } } } } }';
    const response = await ask(tooDeep);
    expectLimit(response, 'depth');
    expect(response.errors![0].message).toBe('Query depth 9 exceeds the limit of 8: ask for less in one request (fewer fields, levels or items) or split it.');
  });

  it(`refuses a query costing more than ${QUERY_LIMITS.cost}`, async () => {
    const costly = '{ contracts(first: 100) { edges { node { id status serviceType startDate endDate purpose goalRationale dischargeCriteria citizen { id name cprMasked birthDate address phone } authority { id name kind } provider { id name kind } versions { number reason createdAt } followUpMeetings { id kind scheduledAt heldAt location statusNote { id submittedAt } } goals { id title status deadline priority goalType lifeTheme { key name code } subGoals { id title approval method status } measurements { id value kind measuredAt scale } } } } } }';
    expectLimit(await ask(costly), 'cost');
    expect((await ask(costly.replace('first: 100', 'first: 10'))).errors).toBeUndefined();
  });

  it('measures the cost with a page size given as a variable at its value, as with a literal', async () => {
    const costly = '{ contracts(first: 100) { edges { node { id status serviceType startDate endDate purpose goalRationale dischargeCriteria citizen { id name cprMasked birthDate address phone } authority { id name kind } provider { id name kind } versions { number reason createdAt } followUpMeetings { id kind scheduledAt heldAt location statusNote { id submittedAt } } goals { id title status deadline priority goalType lifeTheme { key name code } subGoals { id title approval method status } measurements { id value kind measuredAt scale } } } } } }';
    const withVariable = costly.replace('{ contracts(first: 100)', 'query Costly($n: Int!) { contracts(first: $n)');
    const before = await counts();
    expectLimit(await ask(withVariable, { n: 100 }), 'cost');
    expect((await ask(withVariable, { n: 10 })).errors).toBeUndefined();
    const withDefault = costly.replace('{ contracts(first: 100)', 'query Costly($n: Int = 100) { contracts(first: $n)');
    expectLimit(await ask(withDefault), 'cost');
    expect((await ask(withDefault, { n: 5 })).errors).toBeUndefined();
    expect(await counts()).toEqual(before);
  });

  it(`refuses more than ${QUERY_LIMITS.aliases} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    expect((await ask(aliases(QUERY_LIMITS.aliases))).errors).toBeUndefined();
    expectLimit(await ask(aliases(QUERY_LIMITS.aliases + 1)), 'aliases');
  });

  it(`refuses more than ${QUERY_LIMITS.directives} directives`, async () => {
    expectLimit(await ask(`{ viewer { id ${'@include(if: true) '.repeat(QUERY_LIMITS.directives + 1)} } }`), 'directives');
  });

  it(`refuses more than ${QUERY_LIMITS.tokens} tokens, before parsing the rest`, async () => {
    const response = await ask(`{ viewer { ${'id '.repeat(QUERY_LIMITS.tokens)} } }`);
    expectLimit(response, 'tokens', 'GRAPHQL_PARSE_FAILED');
    expect(response.errors![0].message).toBe('The query has more than 1000 tokens, the limit: ask for less in one request or split it.');
  });

  it(`refuses a query text longer than ${QUERY_LIMITS.queryLength} characters, however few its tokens`, async () => {
    const response = await ask(`{ viewer { id } } # ${'x'.repeat(QUERY_LIMITS.queryLength)}`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_LONG', max: QUERY_LIMITS.queryLength });
  });

  it('refuses a batch (a JSON array of operations) and runs none of it', async () => {
    const before = await counts();
    const create = { query: 'mutation($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } } }', variables: { i: { name: 'Batch Borger', cpr: '010190-1234' } } };
    for (const batch of [[create], [create, create], [{ query: '{ viewer { id } }' }, create]]) {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.tokens.caseworker}` }, body: JSON.stringify(batch) });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'BATCH_NOT_SUPPORTED', batchSize: batch.length, max: 1 });
      expect(body.errors[0].message).toMatch(/one operation per request/);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers an operation name that names no operation with 400, and runs nothing (found by the fuzz test)', async () => {
    for (const operationName of ['Nope', '', '_']) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.tokens.caseworker}` },
        body: JSON.stringify({ query: 'query Mine { viewer { id } }', operationName }),
      });
      expect(response.status, operationName).toBe(400);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]).toMatchObject({ message: `Unknown operation named "${operationName}".`, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
    }
  });

  it('refuses text with the NUL character, which PostgreSQL cannot store or compare, on both engines (found by the fuzz test)', async () => {
    for (const [query, variables] of [
      ['query($s: String) { citizens(first: 5, search: $s) { totalCount } }', { s: 'a\u0000b' }],
      ['query($k: String!) { formTemplate(key: $k) { id } }', { k: '\u0000' }],
      ['{ citizens(first: 5, search: "a\\u0000") { totalCount } }', undefined],
      ['mutation($i: SaveFormResponseInput!) { saveFormResponse(input: $i) { userErrors { code } } }', { i: { templateKey: 'consent', subjectId: citizenId, answers: { note: [{ 'x\u0000': 1 }] } } }],
    ] as const) {
      const response = await ask(query, variables as Record<string, unknown> | undefined);
      expect(response.status, query).toBe(400);
      expect(response.errors?.[0]).toMatchObject({ message: 'Text may not contain the NUL character (U+0000).', extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect((await ask('query($s: String) { citizens(first: 5, search: $s) { totalCount } }', { s: 'Grænse' })).data?.citizens.totalCount).toBe(1);
  });

  it('refuses input dates outside the years 1800-2999, so that date arithmetic cannot overflow (found by the fuzz test)', async () => {
    const response = await ask('query($f: DeadlineFilter) { deadlines(filter: $f) { __typename } }', { f: { today: '9999-12-31' } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toMatch(/between 1800-01-01 and 2999-12-31/);
    expect((await ask('query($f: DeadlineFilter) { deadlines(filter: $f) { __typename } }', { f: { today: '2999-12-31' } })).errors).toBeUndefined();
  });

  it('ignores introspection in the depth and cost limits (the explorer loads the schema)', async () => {
    const introspection = '{ __schema { types { name fields { name type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } }';
    const response = await ask(introspection);
    expect(response.errors).toBeUndefined();
    expect(response.data?.__schema.types.length).toBeGreaterThan(50);
  });
});

describe('connections: `first` is required and 1 to 100', () => {
  let server: TestServer;
  let tenant: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    for (const name of ['Første Borger', 'Anden Borger', 'Tredje Borger']) await createCitizen(server, tenant, name);
  });
  afterAll(() => server.close());

  const ask = (query: string, variables?: Record<string, unknown>, token = tenant.tokens.caseworker) => server.gql(token, query, variables);

  it('refuses a connection without `first` as a validation error naming it', async () => {
    for (const query of ['{ citizens { totalCount } }', '{ contracts { totalCount } }', '{ orders { totalCount } }', '{ citizens(search: "x") { totalCount } }']) {
      const response = await ask(query);
      expect(response.status, query).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0].message).toMatch(/argument "first" of type "Int!" is required/);
    }
    const nullFirst = await ask('query($n: Int!) { citizens(first: $n) { totalCount } }', { n: null });
    expect(nullFirst.status).toBe(400);
    expect(nullFirst.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers `first` below 1 or above 100 with BAD_USER_INPUT, never a 500, literal or variable', async () => {
    // A large `first`, literal or variable, multiplies the query's cost, so only small ones reach the resolver.
    for (const first of [0, -1, 101]) {
      for (const response of [await ask(`{ citizens(first: ${first}) { totalCount } }`), await ask('query($n: Int!) { citizens(first: $n) { totalCount } }', { n: first })]) {
        expect(response.status).toBe(200);
        expect(response.data?.citizens ?? null).toBeNull();
        expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.errors?.[0].message).toBe(`\`first\` must be between 1 and 100, not ${first}`);
      }
    }
    for (const first of [100_000, 2_147_483_647]) {
      for (const response of [await ask(`{ citizens(first: ${first}) { totalCount } }`), await ask('query($n: Int!) { citizens(first: $n) { totalCount } }', { n: first })]) {
        expect(response.status).toBe(400);
        expect(response.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost' });
      }
    }
    const notAnInt = await ask('query($n: Int!) { citizens(first: $n) { totalCount } }', { n: 1.5 });
    expect(notAnInt.status).toBe(400);
    expect(notAnInt.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages with first 1 to 100', async () => {
    const one = await ask('{ citizens(first: 1) { totalCount edges { node { name } } pageInfo { hasNextPage } } }');
    expect(one.data?.citizens).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(one.data?.citizens.edges).toHaveLength(1);
    const hundred = await ask('query($n: Int!) { citizens(first: $n) { edges { node { name } } pageInfo { hasNextPage } } }', { n: 100 });
    expect(hundred.data?.citizens.edges).toHaveLength(3);
  });

  it('requires `first` on nested connections too, and on the ADMIN-only ones', async () => {
    const admin = await server.tokenFor((await buildUser(server.db, tenant.authority, 'ADMIN')).rowId);
    for (const query of ['{ auditLog { totalCount } }', '{ apiTokens { totalCount } }']) {
      const response = await ask(query, undefined, admin);
      expect(response.status, query).toBe(400);
      expect(response.errors?.[0].message).toMatch(/argument "first" of type "Int!" is required/);
    }
    const over = await ask('{ auditLog(first: 101) { totalCount } }', undefined, admin);
    expect(over.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('caps `nodes(ids)` at 100', async () => {
    const ids = Array.from({ length: 101 }, () => 'Q2l0aXplbjp4');
    const response = await ask('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(response.status).toBe(200);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ask('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(1) })).errors).toBeUndefined();
  });
});
