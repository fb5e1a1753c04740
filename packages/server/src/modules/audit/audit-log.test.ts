import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createActiveContract, createCitizen } from '../../test-support/case-fixtures.js';
import { buildTenant, uniqueCpr, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { auditEntriesAfter, headSeq } from './audit.fixtures.js';

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';
const AUDIT_LOG = `query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { sequence occurredAt kind outcome userId userRole organizationId operationType operationName rootFields purpose ip userAgent requestId
      read { type id } written { type id } refused { operation reason } searches errorCodes citizenIds previousHash hash } }
  }
}`;
const CREATE = 'mutation NewCitizen($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } userErrors { code } } }';
const EXPORT = 'query Export($id: ID!) { exportCitizenData(citizenId: $id) { fileName } }';

describe(`auditLog for admins on ${engine}`, () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let citizenId: string;
  let startedAt: string;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);
    startedAt = new Date().toISOString();
    citizenId = await createCitizen(server, tenant, 'Log Borger');
    await server.gql(tenant.tokens.caseworker, EXPORT, { id: citizenId });
    await server.gql(tenant.tokens.caseworker, CREATE, { i: { name: 'Anden Borger', cpr: uniqueCpr() } });
    await server.gql(other.tokens.caseworker, CREATE, { i: { name: 'Fremmed Borger', cpr: uniqueCpr() } });
  });
  afterAll(() => server.close());

  const auditLog = (token: string, variables: Record<string, unknown>) => server.gql(token, AUDIT_LOG, variables);

  it("shows the admin the entries of the organisation's users only, newest first, with every recorded fact", async () => {
    const { data, errors } = await auditLog(tenant.tokens.authorityAdmin, { first: 50 });
    expect(errors).toBeUndefined();
    const nodes = data?.auditLog.edges.map((e: { node: Record<string, any> }) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    expect(nodes.every((n: { organizationId: string }) => n.organizationId === tenant.authority.id)).toBe(true);
    const sequences = nodes.map((n: { sequence: number }) => n.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a));
    const exportEntry = nodes.find((n: { operationName: string }) => n.operationName === 'Export');
    expect(exportEntry).toMatchObject({
      kind: 'ACCESS',
      outcome: 'OK',
      userRole: 'CASEWORKER',
      userId: toGlobalId('User', tenant.users.caseworker.rowId),
      operationType: 'query',
      rootFields: ['exportCitizenData'],
      purpose: 'sagsbehandling',
      read: [{ type: 'Citizen', id: citizenId }],
      citizenIds: [citizenId],
    });
    expect(exportEntry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('filters by user, operation, time and citizen, and pages with cursors', async () => {
    const byUser = await auditLog(tenant.tokens.authorityAdmin, { first: 50, filter: { userId: toGlobalId('User', tenant.users.caseworker.rowId) } });
    expect(byUser.data?.auditLog.edges.every((e: { node: { userRole: string } }) => e.node.userRole === 'CASEWORKER')).toBe(true);
    const byOperation = await auditLog(tenant.tokens.authorityAdmin, { first: 50, filter: { operation: 'createCitizen' } });
    expect(byOperation.data?.auditLog.totalCount).toBe(2);
    const byName = await auditLog(tenant.tokens.authorityAdmin, { first: 50, filter: { operation: 'Export' } });
    expect(byName.data?.auditLog.totalCount).toBe(1);
    // Letter case does not matter, for operation names and root fields alike.
    expect((await auditLog(tenant.tokens.authorityAdmin, { first: 50, filter: { operation: 'export' } })).data?.auditLog.totalCount).toBe(1);
    expect((await auditLog(tenant.tokens.authorityAdmin, { first: 50, filter: { operation: 'CREATECITIZEN' } })).data?.auditLog.totalCount).toBe(2);
    const future = await auditLog(tenant.tokens.authorityAdmin, { first: 50, filter: { from: '2099-01-01T00:00:00Z' } });
    expect(future.data?.auditLog.totalCount).toBe(0);
    const window = await auditLog(tenant.tokens.authorityAdmin, { first: 50, filter: { from: startedAt, to: '2099-01-01T00:00:00Z', operation: 'createCitizen' } });
    expect(window.data?.auditLog.totalCount).toBe(2);

    // Every entry concerning the citizen, whoever made it (here the caseworker's export).
    const byCitizen = await auditLog(tenant.tokens.authorityAdmin, { first: 50, filter: { citizenId } });
    expect(byCitizen.data?.auditLog.edges.map((e: { node: { operationName: string } }) => e.node.operationName)).toContain('Export');

    const page1 = await auditLog(tenant.tokens.authorityAdmin, { first: 2 });
    expect(page1.data?.auditLog.edges).toHaveLength(2);
    expect(page1.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const page2 = await auditLog(tenant.tokens.authorityAdmin, { first: 2, after: page1.data?.auditLog.pageInfo.endCursor });
    const last = page1.data?.auditLog.edges[1].node.sequence;
    expect(page2.data?.auditLog.edges[0].node.sequence).toBeLessThan(last);
    const bad = await auditLog(tenant.tokens.authorityAdmin, { first: 2, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("names who acted and for which organisation, a provider's staff member reading the authority's citizen too", async () => {
    const citizen = await createCitizen(server, tenant, 'Borger hos leverandøren');
    await createActiveContract(server, tenant, { citizenId: citizen });
    const read = await server.gql(tenant.tokens.providerStaff, 'query StaffReads($id: ID!) { citizen(id: $id) { name } }', { id: citizen });
    expect(read.data?.citizen?.name).toBeTruthy();
    const { data, errors } = await server.gql(
      tenant.tokens.authorityAdmin,
      'query($f: AuditLogFilter) { auditLog(first: 50, filter: $f) { edges { node { operationName userId userName organizationName } } } }',
      { f: { citizenId: citizen } },
    );
    expect(errors).toBeUndefined();
    const nodes = data?.auditLog.edges.map((e: { node: Record<string, string> }) => e.node);
    expect(nodes.find((n: { operationName: string }) => n.operationName === 'StaffReads')).toEqual({
      operationName: 'StaffReads',
      userId: toGlobalId('User', tenant.users.providerStaff.rowId),
      userName: tenant.users.providerStaff.name,
      organizationName: tenant.provider.name,
    });
    const own = await server.gql(tenant.tokens.authorityAdmin, '{ auditLog(first: 1, filter: { operation: "Export" }) { edges { node { userName organizationName } } } }');
    expect(own.data?.auditLog.edges[0].node).toEqual({ userName: tenant.users.caseworker.name, organizationName: tenant.authority.name });
  });

  it('logs the reading of the audit log itself', async () => {
    const before = await headSeq(server.db);
    await auditLog(tenant.tokens.authorityAdmin, { first: 5, filter: { citizenId } });
    const [entry] = await auditEntriesAfter(server.db, before);
    expect(entry).toMatchObject({ userRole: 'ADMIN', roots: ['auditLog'], citizens: [expect.any(String)] });
    expect(entry.parsed.searches?.[0]).toMatch(/^auditLog /);
  });

  it('refuses an integrator’s API token, whatever its scopes', async () => {
    const CREATE_TOKEN = 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token userErrors { code } } }';
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const created = await server.gql(tenant.tokens.authorityAdmin, CREATE_TOKEN, { i: { name: 'SIEM', scopes: ['READ_CONTRACTS', 'READ_CITIZENS'], expiresAt } });
    const refused = await auditLog(created.data?.createApiToken.token, { first: 5 });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses everyone but the admin, and another authority’s admin a citizen outside it, and logs each refusal', async () => {
    for (const token of [tenant.tokens.caseworker, tenant.tokens.manager, tenant.tokens.providerManager]) {
      const before = await headSeq(server.db);
      const reply = await auditLog(token, { first: 5 });
      expect(reply.data).toBeNull();
      expect(reply.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const [entry] = await auditEntriesAfter(server.db, before);
      expect(entry).toMatchObject({ outcome: 'REFUSED', roots: ['auditLog'] });
      expect(entry.parsed.refused?.[0].operation).toBe('Query.auditLog');
    }
    const before = await headSeq(server.db);
    const foreign = await auditLog(other.tokens.authorityAdmin, { first: 5, filter: { citizenId } });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [entry] = await auditEntriesAfter(server.db, before);
    expect(entry).toMatchObject({ outcome: 'REFUSED', organizationId: other.authority.rowId });
    const own = await auditLog(other.tokens.authorityAdmin, { first: 50 });
    expect(own.data?.auditLog.edges.every((e: { node: { organizationId: string } }) => e.node.organizationId === other.authority.id)).toBe(true);
  });
});
