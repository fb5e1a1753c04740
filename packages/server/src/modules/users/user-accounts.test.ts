import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDemoToken } from '../../auth/tokens.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { buildTenant, buildUser, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { auditEntriesAfter, headSeq } from '../audit/audit.fixtures.js';

const ACCOUNTS = `query($first: Int!, $after: String, $filter: UserAccountFilter) {
  userAccounts(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { lockedUntil user { id email role } } }
  }
}`;
const ANY_QUERY = '{ viewer { email } }';
const WRONG_KEY = new TextEncoder().encode('not-the-server-key-0123456789-abcdef');

interface Account {
  lockedUntil: string | null;
  user: { id: string; email: string; role: string };
}

describe("userAccounts: the organisation's users and who is locked out", () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);
  });
  afterAll(() => server.close());

  const accounts = async (variables: Record<string, unknown>, token = tenant.tokens.authorityAdmin) => {
    const reply = await server.gql(token, ACCOUNTS, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data!.userAccounts as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Account }[] };
  };
  const lockOut = async (userRowId: string) => {
    for (let i = 0; i < 5; i += 1) await server.gql(await signDemoToken(userRowId, WRONG_KEY), ANY_QUERY);
    expect((await server.gql(await server.tokenFor(userRowId), ANY_QUERY)).status).toBe(429);
  };

  it("lists every user of the admin's organisation once across pages, none of another organisation", async () => {
    const all: Account[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page = await accounts({ first: 2, after });
      totalCount = page.totalCount;
      all.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(all.length).toBe(totalCount);
    expect(new Set(all.map((a) => a.user.id)).size).toBe(totalCount);
    const emails = all.map((a) => a.user.email);
    expect(emails).toContain(tenant.users.caseworker.email);
    expect(emails).not.toContain(other.users.caseworker.email);
    expect(all.every((a) => a.lockedUntil === null)).toBe(true);
  });

  it('shows a lock in force on the user or on their API token, filters by it and by role, and forgets it after unlockUser', async () => {
    const victim = await buildUser(server.db, tenant.authority, 'CASEWORKER');
    await lockOut(victim.rowId);
    const created = await server.gql(
      tenant.tokens.authorityAdmin,
      'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { account { id } } } }',
      { i: { name: 'Låst integration', scopes: ['READ_CONTRACTS'], expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    );
    const { token, apiToken } = created.data!.createApiToken;
    for (let i = 0; i < 5; i += 1) await server.gql(`${token.slice(0, 37)}${'A'.repeat(43)}`, '{ lifeThemes { key } }');

    const locked = await accounts({ first: 100, filter: { locked: true } });
    expect(locked.edges.map((e) => e.node.user.id).sort()).toEqual([toGlobalId('User', victim.rowId), apiToken.account.id].sort());
    expect(locked.totalCount).toBe(2);
    for (const { node } of locked.edges) expect(Date.parse(node.lockedUntil!) - Date.now()).toBeGreaterThan(14 * 60_000);

    const unlocked = await accounts({ first: 100, filter: { locked: false } });
    expect(unlocked.edges.some((e) => e.node.user.id === toGlobalId('User', victim.rowId))).toBe(false);
    expect(unlocked.totalCount + locked.totalCount).toBe((await accounts({ first: 1 })).totalCount);

    const integrators = await accounts({ first: 100, filter: { role: 'INTEGRATOR' } });
    expect(integrators.edges.every((e) => e.node.user.role === 'INTEGRATOR')).toBe(true);
    expect(integrators.edges.map((e) => e.node.user.id)).toContain(apiToken.account.id);
    expect(integrators.edges.map((e) => e.node.user.id)).not.toContain(toGlobalId('User', victim.rowId));

    await server.gql(tenant.tokens.authorityAdmin, 'mutation($id: ID!) { unlockUser(input: { userId: $id }) { lockedUntil } }', { id: toGlobalId('User', victim.rowId) });
    const after = await accounts({ first: 100, filter: { locked: true } });
    expect(after.edges.map((e) => e.node.user.id)).toEqual([apiToken.account.id]);
  });

  it('refuses every other role with FORBIDDEN and logs the refusal', async () => {
    for (const token of [tenant.tokens.caseworker, tenant.tokens.manager, tenant.tokens.providerManager, other.tokens.caseworker]) {
      const before = await headSeq(server.db);
      const reply = await server.gql(token, ACCOUNTS, { first: 5 });
      expect(reply.data?.userAccounts ?? null).toBeNull();
      expect(reply.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const logged = await auditEntriesAfter(server.db, before);
      expect(logged.some((entry) => entry.outcome === 'REFUSED')).toBe(true);
    }
  });

  it('refuses a page size over 100 and a foreign cursor with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 101 }, { first: 5, after: 'not-a-cursor' }]) {
      const reply = await server.gql(tenant.tokens.authorityAdmin, ACCOUNTS, variables);
      expect(reply.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
