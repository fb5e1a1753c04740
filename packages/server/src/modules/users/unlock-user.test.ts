import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthLockout } from '../../auth/lockout.entity.js';
import { auditEntriesAfter, headSeq } from '../audit/audit.fixtures.js';
import { signDemoToken } from '../../auth/tokens.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { buildTenant, buildUser, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';

const UNLOCK = 'mutation($id: ID!) { unlockUser(input: { userId: $id }) { user { id email } lockedUntil userErrors { code field message } } }';
const ANY_QUERY = '{ viewer { email } }';
const WRONG_KEY = new TextEncoder().encode('not-the-server-key-0123456789-abcdef');

describe('an ADMIN unlocks a locked account', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);
  });
  afterAll(() => server.close());

  /** Five tokens naming the user, signed with a key the server does not know, lock the account. */
  const lockOut = async (userRowId: string) => {
    for (let i = 0; i < 5; i += 1) await server.gql(await signDemoToken(userRowId, WRONG_KEY), ANY_QUERY);
    expect((await server.gql(await server.tokenFor(userRowId), ANY_QUERY)).status).toBe(429);
  };
  const lockRows = () => server.db.getRepository(AuthLockout).count();

  it("lets the user in again at once, says until when the lock would have held, and forgets the failures", async () => {
    const victim = await buildUser(server.db, tenant.authority, 'CASEWORKER');
    await lockOut(victim.rowId);

    const before = await headSeq(server.db);
    const reply = await server.gql(tenant.tokens.authorityAdmin, UNLOCK, { id: toGlobalId('User', victim.rowId) });
    expect(reply.errors).toBeUndefined();
    const logged = (await auditEntriesAfter(server.db, before)).find((entry) => entry.roots[0] === 'unlockUser');
    expect(logged).toMatchObject({ kind: 'ACCESS', userRole: 'ADMIN' });
    const unlocked = reply.data!.unlockUser;
    expect(unlocked).toMatchObject({ user: { email: victim.email }, userErrors: [] });
    expect(Date.parse(unlocked.lockedUntil) - Date.now()).toBeGreaterThan(14 * 60_000);
    expect((await server.gql(await server.tokenFor(victim.rowId), ANY_QUERY)).status).toBe(200);

    // The earlier failures are gone: four more forgeries do not lock again.
    for (let i = 0; i < 4; i += 1) expect((await server.gql(await signDemoToken(victim.rowId, WRONG_KEY), ANY_QUERY)).status).toBe(401);
    expect((await server.gql(await server.tokenFor(victim.rowId), ANY_QUERY)).status).toBe(200);

    const again = await server.gql(tenant.tokens.authorityAdmin, UNLOCK, { id: toGlobalId('User', victim.rowId) });
    expect(again.data!.unlockUser).toMatchObject({ user: { email: victim.email }, lockedUntil: null, userErrors: [] });
  });

  it("unlocks the API tokens of a service account too", async () => {
    const created = await server.gql(
      tenant.tokens.authorityAdmin,
      'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { account { id } } userErrors { code } } }',
      { i: { name: 'Låst integration', scopes: ['READ_CONTRACTS'], expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    );
    const { token, apiToken } = created.data!.createApiToken;
    const wrong = `${token.slice(0, 37)}${'A'.repeat(43)}`;
    for (let i = 0; i < 5; i += 1) await server.gql(wrong, '{ lifeThemes { key } }');
    expect((await server.gql(token, '{ lifeThemes { key } }')).status).toBe(429);

    const reply = await server.gql(tenant.tokens.authorityAdmin, UNLOCK, { id: apiToken.account.id });
    expect(reply.data!.unlockUser).toMatchObject({ lockedUntil: expect.any(String), userErrors: [] });
    expect((await server.gql(token, '{ lifeThemes { key } }')).status).toBe(200);
  });

  it("refuses other roles and another organisation's admin, changing nothing", async () => {
    const victim = await buildUser(server.db, tenant.authority, 'CASEWORKER');
    await lockOut(victim.rowId);
    const before = await lockRows();
    for (const token of [tenant.tokens.caseworker, tenant.tokens.manager, tenant.tokens.providerManager]) {
      const reply = await server.gql(token, UNLOCK, { id: toGlobalId('User', victim.rowId) });
      expect(reply.data!.unlockUser).toMatchObject({ user: null, lockedUntil: null, userErrors: [{ code: 'FORBIDDEN' }] });
    }
    const elsewhere = await server.gql(other.tokens.authorityAdmin, UNLOCK, { id: toGlobalId('User', victim.rowId) });
    expect(elsewhere.data!.unlockUser).toMatchObject({ user: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'userId'] }] });
    expect(elsewhere.data!.unlockUser.userErrors[0].message).not.toContain(victim.email);
    const garbage = await server.gql(tenant.tokens.authorityAdmin, UNLOCK, { id: 'not-an-id' });
    expect(garbage.data!.unlockUser.userErrors[0]).toMatchObject({ field: ['input', 'userId'] });
    expect(await lockRows()).toBe(before);
    expect((await server.gql(await server.tokenFor(victim.rowId), ANY_QUERY)).status).toBe(429);
  });
});
