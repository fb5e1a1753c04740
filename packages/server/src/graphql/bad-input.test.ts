import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractInput, createCitizen, createContract, goalDraft, tableCounts } from '../test-support/case-fixtures.js';
import { buildTenant, uniqueCpr, type Tenant } from '../test-support/factories.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../test-support/test-server.js';

/*
 * Bad input of every kind gets a clear answer (a userError with a code, or a GraphQL error for a malformed
 * request), never a 500, and leaves the database exactly as it was.
 */

const TABLES = ['organization', 'app_user', 'citizen', 'purchase_order', 'contract', 'contract_version', 'goal', 'sub_goal', 'measurement', 'consent'];

const CREATE_CITIZEN = 'mutation($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } userErrors { field code message } } }';
const UPDATE_CITIZEN = 'mutation($i: UpdateCitizenInput!) { updateCitizen(input: $i) { citizen { id version } userErrors { field code message } } }';
const CREATE_CONTRACT = 'mutation($i: CreateContractInput!) { createContract(input: $i) { contract { id } userErrors { field code message } } }';
const UPDATE_CONTRACT = 'mutation($i: UpdateContractInput!) { updateContract(input: $i) { contract { id version } userErrors { field code message } } }';
const GRANT_CONSENT = 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { consent { id } userErrors { field code message } } }';

describe('bad input over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let citizenId: string;
  let contract: Record<string, any>;
  let theirCitizenId: string;
  let theirContract: Record<string, any>;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);
    citizenId = await createCitizen(server, tenant, 'Egen Borger');
    contract = await createContract(server, tenant, { citizenId });
    theirCitizenId = await createCitizen(server, other, 'Fremmed Borger');
    theirContract = await createContract(server, other, { citizenId: theirCitizenId });
  });
  afterAll(() => server.close());

  /** Runs the requests and checks that none of them was a 500 and that no table changed. */
  async function unchangedAfter<T>(work: () => Promise<T>): Promise<T> {
    const before = await tableCounts(server, TABLES);
    const result = await work();
    expect(await tableCounts(server, TABLES)).toEqual(before);
    return result;
  }

  const asCaseworker = (query: string, variables?: Record<string, unknown>) => server.gql(tenant.tokens.caseworker, query, variables);

  function expectRequestError(response: GraphQLResponse, status: number, code: string): void {
    expect(response.status).toBe(status);
    expect(response.errors?.[0].extensions?.code).toBe(code);
  }

  describe('malformed IDs', () => {
    const malformed = ['', 'garbage', '!!!', Buffer.from('Citizen:123').toString('base64url'), 'a'.repeat(10_000)];

    it('are null in queries, not errors', async () => {
      for (const id of malformed) {
        const response = await asCaseworker('query($id: ID!) { citizen(id: $id) { id } contract(id: $id) { id } node(id: $id) { id } }', { id });
        expect(response.status, id).toBe(200);
        expect(response.errors, id).toBeUndefined();
        expect(response.data, id).toEqual({ citizen: null, contract: null, node: null });
      }
    });

    it('are null when the ID names another type', async () => {
      const response = await asCaseworker('query($id: ID!) { citizen(id: $id) { id } }', { id: contract.id });
      expect(response.data?.citizen).toBeNull();
    });

    it('are a MALFORMED_ID userError naming the field in mutations, and change nothing', async () => {
      await unchangedAfter(async () => {
        for (const id of malformed) {
          const update = await asCaseworker(UPDATE_CITIZEN, { i: { id, expectedVersion: 1, name: 'Nyt navn' } });
          expect(update.data?.updateCitizen, id).toEqual({ citizen: null, userErrors: [expect.objectContaining({ code: 'MALFORMED_ID', field: ['input', 'id'] })] });
        }
        const wrongType = await asCaseworker(UPDATE_CONTRACT, { i: { id: citizenId, expectedVersion: 1, purpose: 'x' } });
        expect(wrongType.data?.updateContract.userErrors).toEqual([expect.objectContaining({ code: 'MALFORMED_ID', field: ['input', 'id'] })]);
        const create = await asCaseworker(CREATE_CONTRACT, { i: contractInput('garbage', tenant) });
        expect(create.data?.createContract.userErrors).toEqual([expect.objectContaining({ code: 'MALFORMED_ID', field: ['input', 'citizenId'] })]);
        const provider = await asCaseworker(CREATE_CONTRACT, { i: { ...contractInput(citizenId, tenant), providerId: citizenId } });
        expect(provider.data?.createContract.userErrors).toEqual([expect.objectContaining({ code: 'MALFORMED_ID', field: ['input', 'providerId'] })]);
        const consent = await asCaseworker(GRANT_CONSENT, { i: { citizenId: 'garbage', parties: ['Kommune'], scope: ['Status'] } });
        expect(consent.data?.grantConsent.userErrors).toEqual([expect.objectContaining({ code: 'MALFORMED_ID', field: ['input', 'citizenId'] })]);
      });
    });
  });

  describe('every query that takes an ID', () => {
    it('returns null, without an error, for malformed IDs and for IDs of another organisation', async () => {
      const { data } = await asCaseworker('{ __schema { queryType { fields { name args { name type { kind ofType { name } } } type { kind } } } } }');
      type Field = { name: string; args: { name: string; type: { kind: string; ofType: { name: string } | null } }[]; type: { kind: string } };
      const byId = (data!.__schema.queryType.fields as Field[]).filter(
        (field) => field.args.length === 1 && field.args[0].name === 'id' && field.args[0].type.ofType?.name === 'ID' && ['OBJECT', 'INTERFACE', 'UNION'].includes(field.type.kind),
      );
      expect(byId.map((field) => field.name)).toEqual(expect.arrayContaining(['node', 'citizen', 'contract']));
      for (const field of byId) {
        for (const id of ['garbage', '', theirCitizenId, theirContract.id]) {
          const response = await asCaseworker(`query($id: ID!) { result: ${field.name}(id: $id) { __typename } }`, { id });
          expect(response.status, `${field.name}(${id})`).toBe(200);
          expect(response.errors, `${field.name}(${id})`).toBeUndefined();
          expect(response.data?.result, `${field.name}(${id})`).toBeNull();
        }
      }
    });
  });

  describe('unknown enum values', () => {
    it('are a GraphQL validation error with HTTP 400 when written in the query', async () => {
      const input = `{ citizenId: "${citizenId}", providerId: "${tenant.provider.id}", serviceType: SEL_999, startDate: "2026-09-01", assessmentTool: VUM,
        lifeThemeKeys: ["PRACTICAL_TASKS"], purpose: "p", goalRationale: "g", reportingForms: [PROSE], dischargeCriteria: "d" }`;
      const response = await unchangedAfter(() => asCaseworker(`mutation { createContract(input: ${input}) { contract { id } } }`));
      expectRequestError(response, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(response.errors?.[0].message).toMatch(/SEL_999/);
      expect(response.data).toBeUndefined();
    });

    it('are a BAD_USER_INPUT error with HTTP 400 when passed as variables', async () => {
      const response = await unchangedAfter(() => asCaseworker(CREATE_CONTRACT, { i: contractInput(citizenId, tenant, { reportingForms: ['POETRY'] }) }));
      expectRequestError(response, 400, 'BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(/POETRY/);
    });

    it('are refused in query arguments too', async () => {
      expectRequestError(await asCaseworker('{ contracts(first: 5, filter: { status: [BOGUS] }) { totalCount } }'), 400, 'GRAPHQL_VALIDATION_FAILED');
      expectRequestError(await asCaseworker('query($s: [ContractStatus!]) { contracts(first: 5, filter: { status: $s }) { totalCount } }', { s: ['BOGUS'] }), 400, 'BAD_USER_INPUT');
    });
  });

  describe('strings over their limits', () => {
    it('are a TOO_LONG userError naming the field, and change nothing', async () => {
      await unchangedAfter(async () => {
        const name = await asCaseworker(CREATE_CITIZEN, { i: { name: 'x'.repeat(201), cpr: uniqueCpr() } });
        expect(name.data?.createCitizen).toEqual({ citizen: null, userErrors: [expect.objectContaining({ code: 'TOO_LONG', field: ['input', 'name'] })] });
        const purpose = await asCaseworker(CREATE_CONTRACT, { i: contractInput(citizenId, tenant, { purpose: 'x'.repeat(20_001) }) });
        expect(purpose.data?.createContract.userErrors).toEqual([expect.objectContaining({ code: 'TOO_LONG', field: ['input', 'purpose'] })]);
      });
    });

    it('leave the document untouched on update (same version, same text)', async () => {
      const read = async () => (await asCaseworker('query($id: ID!) { citizen(id: $id) { version name address } }', { id: citizenId })).data?.citizen;
      const before = await read();
      const response = await unchangedAfter(() => asCaseworker(UPDATE_CITIZEN, { i: { id: citizenId, expectedVersion: before.version, name: 'Nyt Navn', address: 'y'.repeat(501) } }));
      expect(response.data?.updateCitizen.userErrors).toEqual([expect.objectContaining({ code: 'TOO_LONG', field: ['input', 'address'] })]);
      expect(await read()).toEqual(before);
    });
  });

  describe('impossible dates', () => {
    it('are refused for Date variables with BAD_USER_INPUT and HTTP 400', async () => {
      for (const startDate of ['2025-02-30', '2023-02-29', '2025-13-01', '2025-00-10', '2025-1-5', '05-01-2025', '2025-01-05T00:00:00Z', 'tomorrow']) {
        const response = await unchangedAfter(() => asCaseworker(CREATE_CONTRACT, { i: contractInput(citizenId, tenant, { startDate }) }));
        expectRequestError(response, 400, 'BAD_USER_INPUT');
        expect(response.errors?.[0].message, startDate).toMatch(/YYYY-MM-DD/);
      }
      const deadline = await unchangedAfter(() => asCaseworker(CREATE_CONTRACT, { i: contractInput(citizenId, tenant, { goals: [goalDraft({ deadline: '2027-04-31' })] }) }));
      expectRequestError(deadline, 400, 'BAD_USER_INPUT');
    });

    it('are refused for a Date written in the query with HTTP 400', async () => {
      const response = await unchangedAfter(() =>
        asCaseworker(`mutation { signContract(input: { id: "${contract.id}", expectedVersion: ${contract.version}, party: BUYER, signedOn: "2025-02-30" }) { contract { id } } }`),
      );
      expect(response.status).toBe(400);
      expect(response.errors?.[0].message).toMatch(/2025-02-30/);
    });

    it('are refused for DateTime values with BAD_USER_INPUT and HTTP 400', async () => {
      for (const givenAt of ['2025-02-30T10:00:00Z', '2025-01-01T25:00:00Z', '2025-01-01T10:61:00Z', '2025-01-01T10:00:00', '2025-01-01', 'now']) {
        const response = await unchangedAfter(() => asCaseworker(GRANT_CONSENT, { i: { citizenId, parties: ['Kommune'], scope: ['Status'], givenAt } }));
        expectRequestError(response, 400, 'BAD_USER_INPUT');
        expect(response.errors?.[0].message, givenAt).toMatch(/DateTime/);
      }
    });
  });

  describe('CPR numbers', () => {
    it('refuses a CPR number that is not a date, or not DDMMYY-SSSS, with INVALID_CPR', async () => {
      await unchangedAfter(async () => {
        for (const cpr of ['300290-1234', '310490-1234', '001090-1234', '011390-1234', '0101901234x', '01-01-90-1234', '']) {
          const response = await asCaseworker(CREATE_CITIZEN, { i: { name: 'CPR Test', cpr } });
          expect(response.data?.createCitizen, cpr).toEqual({ citizen: null, userErrors: [expect.objectContaining({ code: 'INVALID_CPR', field: ['input', 'cpr'] })] });
        }
      });
    });
  });

  describe("another organisation's objects", () => {
    it('are null in queries', async () => {
      const response = await asCaseworker('query($c: ID!, $k: ID!) { citizen(id: $c) { id } contract(id: $k) { id } a: node(id: $c) { id } b: node(id: $k) { id } }', {
        c: theirCitizenId,
        k: theirContract.id,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ citizen: null, contract: null, a: null, b: null });
      const list = await asCaseworker('{ contracts(first: 100) { edges { node { id } } } citizens(first: 100) { edges { node { id } } } }');
      const ids = [...list.data!.contracts.edges, ...list.data!.citizens.edges].map((edge: { node: { id: string } }) => edge.node.id);
      expect(ids).not.toContain(theirContract.id);
      expect(ids).not.toContain(theirCitizenId);
    });

    it('are NOT_FOUND in mutations, and change nothing', async () => {
      await unchangedAfter(async () => {
        const citizen = await asCaseworker(UPDATE_CITIZEN, { i: { id: theirCitizenId, expectedVersion: 1, name: 'Kapret' } });
        expect(citizen.data?.updateCitizen.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
        const update = await asCaseworker(UPDATE_CONTRACT, { i: { id: theirContract.id, expectedVersion: theirContract.version, purpose: 'Kapret' } });
        expect(update.data?.updateContract.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
        const create = await asCaseworker(CREATE_CONTRACT, { i: contractInput(theirCitizenId, tenant) });
        expect(create.data?.createContract.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
        const consent = await asCaseworker(GRANT_CONSENT, { i: { citizenId: theirCitizenId, parties: ['Kommune'], scope: ['Status'] } });
        expect(consent.data?.grantConsent.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
      });
      const theirs = await server.gql(other.tokens.caseworker, 'query($id: ID!) { citizen(id: $id) { name version } contract(id: $id) { id } }', { id: theirCitizenId });
      expect(theirs.data?.citizen).toEqual({ name: 'Fremmed Borger', version: 1 });
    });
  });

  describe('page arguments', () => {
    const garbageCursors = ['garbage', '!!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["x"]').toString('base64url'), 'x'.repeat(5000)];

    it('refuses first: 0, negative, or over the maximum with BAD_USER_INPUT', async () => {
      for (const list of ['citizens', 'contracts']) {
        for (const first of [0, -1, 101, 1000]) {
          const response = await asCaseworker(`query($first: Int!) { ${list}(first: $first) { totalCount } }`, { first });
          expect(response.status, `${list} first: ${first}`).toBeLessThan(500);
          expect(response.errors?.[0].extensions?.code, `${list} first: ${first}`).toBe('BAD_USER_INPUT');
          expect(response.errors?.[0].message).toMatch(/first/);
        }
      }
    });

    it('refuses an `after` that is not a cursor from this API with BAD_USER_INPUT', async () => {
      for (const list of ['citizens', 'contracts']) {
        for (const after of garbageCursors) {
          const response = await asCaseworker(`query($after: String) { ${list}(first: 5, after: $after) { totalCount } }`, { after });
          expect(response.status).toBeLessThan(500);
          expect(response.errors?.[0].extensions?.code, `${list} after: ${after.slice(0, 20)}`).toBe('BAD_USER_INPUT');
        }
      }
    });

    it('refuses a first that is not an Int with HTTP 400', async () => {
      expectRequestError(await asCaseworker('query($first: Int!) { citizens(first: $first) { totalCount } }', { first: 'ten' }), 400, 'BAD_USER_INPUT');
      expectRequestError(await asCaseworker('{ citizens(first: 2.5) { totalCount } }'), 400, 'GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('malformed HTTP requests', () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tenant.tokens.caseworker}`, ...headers },
        body,
      });

    it('answers a body that is not JSON with 400 and a GraphQL error body', async () => {
      for (const body of ['{"query": "{ viewer { id } }"', 'query { viewer { id } }', '{', "{'query': 1}"]) {
        const response = await unchangedAfter(() => post(body));
        expect(response.status, body).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/json/);
        const parsed = (await response.json()) as { errors: { message: string }[] };
        expect(parsed.errors[0].message).toMatch(/JSON/);
      }
    });

    it('answers an empty body, a body without a query, a non-string query and a batch with 400', async () => {
      for (const body of ['', '{}', '{"query": 42}', '{"query": null}', '[{"query": "{ viewer { id } }"}]', '"{ viewer { id } }"']) {
        const response = await post(body);
        expect(response.status, body).toBe(400);
        await response.text();
      }
    });

    it('answers a body of the wrong content type with 4xx, never 500', async () => {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=latin1']) {
        const response = await unchangedAfter(() => post(JSON.stringify({ query: `mutation { createCitizen(input: { name: "X", cpr: "${uniqueCpr()}" }) { citizen { id } } }` }), { 'content-type': contentType }));
        expect(response.status, contentType).toBeGreaterThanOrEqual(400);
        expect(response.status, contentType).toBeLessThan(500);
        await response.text();
      }
    });

    it('answers a body over 1 MB with 413', async () => {
      const response = await post(JSON.stringify({ query: '{ viewer { id } }', variables: { padding: 'x'.repeat(1_100_000) } }));
      expect(response.status).toBe(413);
      await response.text();
    });

    it('answers a request without a token with 401 and WWW-Authenticate: Bearer, and changes nothing', async () => {
      const mutation = JSON.stringify({ query: `mutation { createCitizen(input: { name: "Uden token", cpr: "${uniqueCpr()}" }) { citizen { id } } }` });
      for (const authorization of [undefined, '', 'Bearer', 'Basic dXNlcjpwYXNz', 'Bearer not-a-jwt', `Bearer ${tenant.tokens.caseworker}x`]) {
        const response = await unchangedAfter(() =>
          fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) }, body: mutation }),
        );
        expect(response.status, String(authorization)).toBe(401);
        const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(body.data ?? null).toBeNull();
      }
      const missing = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: mutation });
      expect(missing.headers.get('www-authenticate')).toBe('Bearer');
      await missing.text();
    });

    it('answers a token for a user that does not exist with 401', async () => {
      const token = await server.tokenFor('00000000-0000-4000-8000-000000000000');
      const response = await server.gql(token, '{ viewer { id } }');
      expect(response.status).toBe(401);
    });
  });

  it('never leaks a stack trace in an error', async () => {
    const response = await asCaseworker('query($first: Int!) { citizens(first: $first) { totalCount } }', { first: 0 });
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
