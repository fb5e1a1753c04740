import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { User } from './user.entity.js';

const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id email role organization { id } } userErrors { code field message } } }';

describe('createUser: an ADMIN adds a user to their own organisation', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  const create = (input: Record<string, unknown>, token = tenant.tokens.authorityAdmin) => server.gql(token, CREATE, { i: input });
  const users = () => server.db.getRepository(User).count();

  it('creates a caseworker in the admin’s authority, with the e-mail in lower case, who can then log in', async () => {
    const reply = await create({ name: 'Ny Rådgiver', email: 'Ny.Raadgiver@Example.dk', role: 'CASEWORKER' });
    expect(reply.data!.createUser).toMatchObject({ userErrors: [], user: { email: 'ny.raadgiver@example.dk', role: 'CASEWORKER', organization: { id: tenant.authority.id } } });
    const created = await server.db.getRepository(User).findOneByOrFail({ email: 'ny.raadgiver@example.dk' });
    const login = await server.gql(await server.tokenFor(created.rowId), '{ viewer { email role } }');
    expect(login.data!.viewer).toEqual({ email: 'ny.raadgiver@example.dk', role: 'CASEWORKER' });
  });

  it('refuses a role that does not fit the organisation, a bad e-mail, an empty name and a taken e-mail, changing nothing', async () => {
    const before = await users();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ name: 'Forkert rolle', email: 'rolle@example.dk', role: 'PROVIDER_STAFF' }, ['input', 'role']],
      [{ name: 'Dårlig mail', email: 'ikke-en-mail', role: 'CASEWORKER' }, ['input', 'email']],
      [{ name: '  ', email: 'tomt.navn@example.dk', role: 'CASEWORKER' }, ['input', 'name']],
      [{ name: 'Optaget', email: tenant.users.caseworker.email.toUpperCase(), role: 'CASEWORKER' }, ['input', 'email']],
    ];
    for (const [input, field] of cases) {
      const reply = await create(input);
      expect(reply.errors, JSON.stringify(input)).toBeUndefined();
      expect(reply.data!.createUser.user).toBeNull();
      expect(reply.data!.createUser.userErrors[0]?.field, JSON.stringify(reply.data)).toEqual(field);
    }
    expect(await users()).toBe(before);
  });

  it('refuses every other role', async () => {
    const before = await users();
    for (const token of [tenant.tokens.caseworker, tenant.tokens.manager, tenant.tokens.providerManager]) {
      const reply = await create({ name: 'Ikke tilladt', email: `nej${Math.random()}@example.dk`, role: 'MANAGER' }, token);
      expect(reply.data?.createUser?.user ?? null).toBeNull();
      const codes = [...(reply.data?.createUser?.userErrors ?? []), ...(reply.errors ?? []).map((e) => e.extensions ?? {})].map((e) => (e as { code?: string }).code);
      expect(codes).toContain('FORBIDDEN');
    }
    expect(await users()).toBe(before);
  });
});
