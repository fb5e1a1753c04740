import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, uniqueCpr, type Tenant } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/** A fetch that signs every request with the viewer's bearer token, as an integrator would. */
function fetchWithToken(token: string): typeof fetch {
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
}

function describeFailures(results: AuditResult[]): string {
  return results.map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`).join('\n');
}

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  let server: TestServer;
  let tenant: Tenant;
  let results: AuditResult[];

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    const audits = serverAudits({ url: `${server.url}/graphql`, fetchFn: fetchWithToken(tenant.tokens.caseworker) });
    results = [];
    for (const audit of audits) results.push(await audit.fn());
  });
  afterAll(() => server.close());

  it('passes every MUST audit', () => {
    const mustFailures = results.filter((result) => result.name.startsWith('MUST') && result.status !== 'ok');
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(mustFailures, describeFailures(mustFailures)).toEqual([]);
  });

  it('reports the SHOULD audits it does not pass (recommendations, not requirements)', () => {
    const shouldFailures = results.filter((result) => result.name.startsWith('SHOULD') && result.status !== 'ok');
    if (shouldFailures.length > 0) console.info(`SHOULD audits not passed:\n${describeFailures(shouldFailures)}`);
    // A SHOULD that fails must be a warning, never reported as a hard error.
    expect(shouldFailures.filter((result) => result.status === 'error')).toEqual([]);
  });
});

describe('GET /graphql', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  const get = (params: Record<string, string>, token: string | null = tenant.tokens.caseworker, accept = 'application/json') =>
    fetch(`${server.url}/graphql?${new URLSearchParams(params)}`, {
      headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });

  it('runs a query given in the URL', async () => {
    const response = await get({ query: '{ viewer { email role } }' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ data: { viewer: { email: tenant.users.caseworker.email, role: 'CASEWORKER' } } });
  });

  it('runs a query with URL-encoded variables and answers application/graphql-response+json when asked', async () => {
    const response = await get(
      { query: 'query($name: String!) { __type(name: $name) { name } }', variables: JSON.stringify({ name: 'Contract' }) },
      tenant.tokens.caseworker,
      'application/graphql-response+json',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({ data: { __type: { name: 'Contract' } } });
  });

  it('refuses a mutation over GET with 405 and changes nothing', async () => {
    const before = await server.db.query('SELECT COUNT(*) AS n FROM citizen');
    const response = await get({ query: `mutation { createCitizen(input: { name: "Via GET", cpr: "${uniqueCpr()}" }) { citizen { id } } }` });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toMatch(/POST/);
    expect(await server.db.query('SELECT COUNT(*) AS n FROM citizen')).toEqual(before);
  });

  it('refuses a GET without a bearer token with 401', async () => {
    const response = await get({ query: '{ viewer { id } }' }, null);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });
});
