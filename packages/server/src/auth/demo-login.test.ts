import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, type Tenant } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

describe('POST /auth/demo-login', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  const login = (body: unknown) =>
    fetch(`${server.url}/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('gives a token that the API accepts for that user', async () => {
    const response = await login({ email: tenant.users.caseworker.email.toUpperCase() });
    expect(response.status).toBe(200);
    const { token, expiresIn } = (await response.json()) as { token: string; expiresIn: number };
    expect(expiresIn).toBe(3600);
    const { data } = await server.gql<{ viewer: { email: string } }>(token, '{ viewer { email } }');
    expect(data?.viewer.email).toBe(tenant.users.caseworker.email);
  });

  it('refuses an unknown e-mail and a missing one', async () => {
    expect((await login({ email: 'nobody@example.invalid' })).status).toBe(401);
    expect((await login({})).status).toBe(400);
  });
});
