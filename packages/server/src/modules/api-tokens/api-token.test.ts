import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../auth/authenticate.js';
import { AuthLockout } from '../../auth/lockout.entity.js';
import { hasScope } from '../../auth/scopes.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, TEST_KEY, type TestServer } from '../../test-support/test-server.js';
import { ApiToken } from './api-token.entity.js';

const CREATE = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken { id name scopes active createdAt expiresAt revokedAt lastUsedAt account { name email role } createdBy { id } }
    userErrors { code field message }
  }
}`;
const REVOKE = 'mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { id active revokedAt revokedBy { id } } userErrors { code field } } }';
const LIST = '{ apiTokens(first: 50) { totalCount edges { node { id name scopes active lastUsedAt revokedAt } } } }';
/** Any query the token may make (no personal data, no scope needed): 200 without errors means it was accepted. */
const ANY_QUERY = '{ lifeThemes { key } }';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('integrator API tokens', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);
  });
  afterAll(() => server.close());

  const create = async (adminToken: string, input: Record<string, unknown>) => {
    const reply = await server.gql(adminToken, CREATE, { input: { name: 'ESDH: udtræk', scopes: ['READ_CONTRACTS'], expiresAt: inDays(90), ...input } });
    expect(reply.errors).toBeUndefined();
    return reply.data!.createApiToken as { token: string | null; apiToken: Record<string, any> | null; userErrors: { code: string; field: string[] | null }[] };
  };
  const tokenCount = () => server.db.getRepository(ApiToken).count();

  it('gives an ADMIN the token once, stores only its SHA-256, and the token signs in as its own INTEGRATOR account', async () => {
    const created = await create(tenant.tokens.authorityAdmin, { name: 'Fagsystem', scopes: ['READ_CONTRACTS', 'READ_PROGRESSION', 'READ_CONTRACTS'] });
    expect(created.userErrors).toEqual([]);
    expect(created.token).toMatch(/^trk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken).toMatchObject({ name: 'Fagsystem', scopes: ['READ_CONTRACTS', 'READ_PROGRESSION'], active: true, revokedAt: null, lastUsedAt: null, account: { name: 'API-token: Fagsystem', role: 'INTEGRATOR' } });

    const secret = created.token!.split('_').slice(2).join('_');
    const row = await server.db.getRepository(ApiToken).findOneByOrFail({ name: 'Fagsystem', organizationId: tenant.authority.rowId });
    expect(row.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.scopes).toEqual(['read:contracts', 'read:progression']);

    const accepted = await server.gql(created.token, ANY_QUERY);
    expect(accepted.status).toBe(200);
    expect(accepted.errors).toBeUndefined();

    const viewer = await authenticate(server.db, `Bearer ${created.token}`, { signingKey: TEST_KEY, cache: null });
    expect(viewer.user).toMatchObject({ name: 'API-token: Fagsystem', role: 'INTEGRATOR', organizationId: tenant.authority.rowId });
    expect(viewer.organization.rowId).toBe(tenant.authority.rowId);
    expect([...viewer.scopes!]).toEqual(['read:contracts', 'read:progression']);
    expect(viewer.apiTokenId).toBe(row.rowId);
    expect(hasScope(viewer, 'read:contracts')).toBe(true);
    expect(hasScope(viewer, 'write:forms')).toBe(false);
    const person = await authenticate(server.db, `Bearer ${tenant.tokens.caseworker}`, TEST_KEY);
    expect(person.scopes).toBeUndefined();
    expect(hasScope(person, 'write:forms')).toBe(true);
  });

  it('lists the organisation\'s tokens, never a secret, with the last use recorded', async () => {
    const created = await create(tenant.tokens.authorityAdmin, { name: 'Listet' });
    await create(other.tokens.authorityAdmin, { name: 'Andens' });
    expect((await server.gql(created.token, ANY_QUERY)).status).toBe(200);
    const firstUse = (await server.db.getRepository(ApiToken).findOneByOrFail({ name: 'Listet' })).lastUsedAt;
    expect(firstUse).not.toBeNull();
    expect((await server.gql(created.token, ANY_QUERY)).status).toBe(200);
    // At most one write a minute.
    expect((await server.db.getRepository(ApiToken).findOneByOrFail({ name: 'Listet' })).lastUsedAt).toBe(firstUse);

    const list = await server.gql(tenant.tokens.authorityAdmin, LIST);
    const edges = list.data!.apiTokens.edges as { node: Record<string, unknown> }[];
    const names = edges.map((e) => e.node.name);
    expect(names).toContain('Listet');
    expect(names).not.toContain('Andens');
    const listed = edges.find((e) => e.node.name === 'Listet')!.node;
    expect(listed.lastUsedAt).toBe(firstUse);
    expect(JSON.stringify(list)).not.toContain(created.token!.slice(-43));
  });

  it('has no field that could show a secret or its hash', async () => {
    const reply = await server.gql(tenant.tokens.authorityAdmin, '{ __type(name: "ApiToken") { fields { name } } }');
    const fields = (reply.data!.__type.fields as { name: string }[]).map((f) => f.name);
    expect(fields.filter((f) => /secret|hash|token/i.test(f))).toEqual([]);
  });

  it('revokes with immediate effect, also for a token this process has cached', async () => {
    const created = await create(tenant.tokens.authorityAdmin, { name: 'Tilbagekaldes' });
    expect((await server.gql(created.token, ANY_QUERY)).status).toBe(200);
    expect((await server.gql(created.token, ANY_QUERY)).status).toBe(200);
    const revoked = await server.gql(tenant.tokens.authorityAdmin, REVOKE, { id: created.apiToken!.id });
    expect(revoked.data?.revokeApiToken).toMatchObject({ apiToken: { active: false, revokedAt: expect.any(String), revokedBy: { id: expect.any(String) } }, userErrors: [] });
    const after = await server.gql(created.token, ANY_QUERY);
    expect(after.status).toBe(401);
    expect(after.errors?.[0].message).toBe('The API token has been revoked.');
    const again = await server.gql(tenant.tokens.authorityAdmin, REVOKE, { id: created.apiToken!.id });
    expect(again.data?.revokeApiToken.userErrors).toEqual([{ code: 'ALREADY_REVOKED', field: ['input', 'id'] }]);
  });

  it('refuses an expired token', async () => {
    const created = await create(tenant.tokens.authorityAdmin, { name: 'Udløber' });
    await server.db.getRepository(ApiToken).update({ name: 'Udløber' }, { expiresAt: new Date(Date.now() - 1000).toISOString() });
    const reply = await server.gql(created.token, ANY_QUERY);
    expect(reply.status).toBe(401);
    expect(reply.errors?.[0].message).toBe('The API token has expired.');
  });

  it('counts wrong secrets against the token and locks it after 5, the right secret included', async () => {
    const created = await create(tenant.tokens.authorityAdmin, { name: 'Gættes' });
    const wrong = `${created.token!.slice(0, 37)}${'A'.repeat(43)}`;
    for (let i = 0; i < 4; i += 1) expect((await server.gql(wrong, ANY_QUERY)).status).toBe(401);
    const fifth = await server.gql(wrong, ANY_QUERY);
    expect(fifth.status).toBe(429);
    expect(fifth.errors?.[0].extensions?.code).toBe('ACCOUNT_LOCKED');
    expect((await server.gql(created.token, ANY_QUERY)).status).toBe(429);
    const row = await server.db.getRepository(ApiToken).findOneByOrFail({ name: 'Gættes' });
    expect(await server.db.getRepository(AuthLockout).findOneBy({ subjectType: 'API_TOKEN', subjectId: row.rowId })).toMatchObject({ lockedUntil: expect.any(String) });
    // Malformed and unknown tokens name no account and count nothing.
    expect((await server.gql('trk_nonsense', ANY_QUERY)).status).toBe(401);
    expect((await server.gql(`trk_${'0'.repeat(32)}_${'A'.repeat(43)}`, ANY_QUERY)).status).toBe(401);
  });

  it('lets only a person who is ADMIN create, list and revoke tokens; nothing changes otherwise', async () => {
    const before = await tokenCount();
    for (const token of [tenant.tokens.caseworker, tenant.tokens.manager, tenant.tokens.providerManager]) {
      expect((await create(token, {})).userErrors).toEqual([{ code: 'FORBIDDEN', field: null, message: expect.any(String) }]);
      const list = await server.gql(token, LIST);
      expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(list.data ?? null).toBeNull();
    }
    const integrator = (await create(tenant.tokens.authorityAdmin, { name: 'Integrator', scopes: ['READ_CONTRACTS', 'WRITE_FORMS'] })).token!;
    expect((await create(integrator, {})).userErrors[0].code).toBe('FORBIDDEN');
    expect(await tokenCount()).toBe(before + 1);
  });

  it('checks the input: scopes, expiry and name; nothing is created when it is refused', async () => {
    const before = await tokenCount();
    const refusals: [Record<string, unknown>, string, string[]][] = [
      [{ scopes: [] }, 'INVALID', ['input', 'scopes']],
      [{ expiresAt: inDays(-1) }, 'INVALID', ['input', 'expiresAt']],
      [{ expiresAt: inDays(400) }, 'INVALID', ['input', 'expiresAt']],
      [{ name: '   ' }, 'REQUIRED', ['input', 'name']],
      [{ name: 'x'.repeat(101) }, 'TOO_LONG', ['input', 'name']],
    ];
    for (const [input, code, field] of refusals) {
      expect((await create(tenant.tokens.authorityAdmin, input)).userErrors, JSON.stringify(input)).toEqual([{ code, field, message: expect.any(String) }]);
    }
    const badScope = await server.gql(tenant.tokens.authorityAdmin, CREATE, { input: { name: 'x', scopes: ['READ_EVERYTHING'], expiresAt: inDays(1) } });
    expect(badScope.status).toBe(400);
    expect(await tokenCount()).toBe(before);
  });

  it("cannot revoke or see another organisation's token", async () => {
    const theirs = await create(other.tokens.authorityAdmin, { name: 'Deres' });
    const reply = await server.gql(tenant.tokens.authorityAdmin, REVOKE, { id: theirs.apiToken!.id });
    expect(reply.data?.revokeApiToken.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
    expect((await server.gql(tenant.tokens.authorityAdmin, REVOKE, { id: 'not-an-id' })).data?.revokeApiToken.userErrors[0].code).toBe('MALFORMED_ID');
    expect((await server.gql(theirs.token, ANY_QUERY)).status).toBe(200);
    const node = '{ node(id: $id) { id ... on ApiToken { name } } }'.replace('{ node', 'query($id: ID!) { node');
    expect((await server.gql(tenant.tokens.authorityAdmin, node, { id: theirs.apiToken!.id })).data?.node).toBeNull();
    expect((await server.gql(other.tokens.authorityAdmin, node, { id: theirs.apiToken!.id })).data?.node).toEqual({ id: theirs.apiToken!.id, name: 'Deres' });
    expect((await server.gql(other.tokens.caseworker, node, { id: theirs.apiToken!.id })).data?.node).toBeNull();
  });

  it("does not let anyone sign in as a token's service account", async () => {
    const created = await create(tenant.tokens.authorityAdmin, { name: 'Konto' });
    const response = await fetch(`${server.url}/auth/demo-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: created.apiToken!.account.email }),
    });
    expect(response.status).toBe(401);
    const account = await server.db.getRepository(ApiToken).findOneByOrFail({ name: 'Konto' });
    expect((await server.gql(await server.tokenFor(account.userId), ANY_QUERY)).status).toBe(401);
  });
});
