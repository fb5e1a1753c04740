import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDemoToken } from '../../auth/tokens.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { createActiveContract, createCitizen } from '../../test-support/case-fixtures.js';
import { buildTenant, uniqueCpr, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { citizensOf } from './audit-subjects.js';
import { auditEntriesAfter, headSeq } from './audit.fixtures.js';
import { verifyAuditChain } from './audit-verify.js';
import { engineOfDataSource } from './audit-writer.js';

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';
const CREATE = 'mutation NewCitizen($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } userErrors { code } } }';
const EXPORT = 'query Export($id: ID!) { exportCitizenData(citizenId: $id) { fileName } }';
const rowId = (globalId: string) => fromGlobalId(globalId)!.id;

describe(`audit plugin over HTTP on ${engine}`, () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  it('logs a write: who, organisation, role, operation and root fields, default purpose, IP, user agent, request id', async () => {
    const before = await headSeq(server.db);
    const reply = await server.gql(tenant.tokens.caseworker, CREATE, { i: { name: 'Audit Borger', cpr: uniqueCpr() } }, { 'user-agent': 'audit-test/1.0', 'x-request-id': 'req-audit-write-1' });
    expect(reply.data?.createCitizen.userErrors).toEqual([]);
    const [entry, ...rest] = await auditEntriesAfter(server.db, before);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'ACCESS',
      outcome: 'OK',
      userId: tenant.users.caseworker.rowId,
      userRole: 'CASEWORKER',
      organizationId: tenant.authority.rowId,
      operationType: 'mutation',
      operationName: 'NewCitizen',
      roots: ['createCitizen'],
      purpose: 'sagsbehandling',
      userAgent: 'audit-test/1.0',
      requestId: 'req-audit-write-1',
    });
    expect(entry.ip).toMatch(/127\.0\.0\.1$/);
    expect(Date.now() - Date.parse(entry.occurredAt)).toBeLessThan(60_000);
  });

  it('logs a read of personal data with the citizen, the objects and a stated purpose (X-Treklang-Purpose)', async () => {
    const citizenId = await createCitizen(server, tenant, 'Formål Borger');
    const before = await headSeq(server.db);
    const reply = await server.gql(tenant.tokens.caseworker, EXPORT, { id: citizenId }, { 'x-treklang-purpose': 'aktindsigt%20efter%20art.%2015%20%E2%80%93%20p%C3%A5%20anmodning' });
    expect(reply.errors).toBeUndefined();
    const [entry] = await auditEntriesAfter(server.db, before);
    expect(entry).toMatchObject({ operationType: 'query', operationName: 'Export', roots: ['exportCitizenData'], purpose: 'aktindsigt efter art. 15 – på anmodning', citizens: [rowId(citizenId)] });
    expect(entry.parsed.read).toEqual([{ type: 'Citizen', id: rowId(citizenId) }]);
  });

  it('logs what the authorisation layer recorded: a search with its criterion, and a contract read linked to its citizen', async () => {
    const citizenId = await createCitizen(server, tenant, 'Søgbar Borgersen');
    let before = await headSeq(server.db);
    const found = await server.gql(tenant.tokens.caseworker, 'query Find($s: String) { citizens(first: 5, search: $s) { edges { node { id name } } } }', { s: 'Søgbar' });
    expect(found.data?.citizens.edges).toHaveLength(1);
    const [search] = await auditEntriesAfter(server.db, before);
    expect(search.parsed.searches?.join(' ')).toContain('Søgbar');
    expect(search.citizens).toEqual([rowId(citizenId)]);

    const contract = await createActiveContract(server, tenant);
    before = await headSeq(server.db);
    const read = await server.gql(tenant.tokens.providerStaff, 'query C($id: ID!) { contract(id: $id) { id goals { id title } } }', { id: contract.id });
    expect(read.errors).toBeUndefined();
    const [entry] = await auditEntriesAfter(server.db, before);
    const [{ citizen_id: owner }] = await server.db.query(`SELECT citizen_id FROM contract WHERE id = '${rowId(contract.id)}'`);
    expect(entry).toMatchObject({ userRole: 'PROVIDER_STAFF', organizationId: tenant.provider.rowId, citizens: [owner] });
    expect(entry.parsed.read).toEqual(expect.arrayContaining([{ type: 'Contract', id: rowId(contract.id) }, { type: 'Goal', id: rowId(contract.goals[0].id) }]));
  });

  it('does not log a request that touched no personal data', async () => {
    const before = await headSeq(server.db);
    const reply = await server.gql(tenant.tokens.caseworker, '{ lifeThemes { key name } }');
    expect(reply.errors).toBeUndefined();
    expect(await headSeq(server.db)).toBe(before);
  });

  it('logs a refused request (FORBIDDEN) with the refusal', async () => {
    const before = await headSeq(server.db);
    const reply = await server.gql(tenant.tokens.providerStaff, 'query Peek { auditLog(first: 5) { totalCount } }');
    expect(reply.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [entry] = await auditEntriesAfter(server.db, before);
    expect(entry).toMatchObject({ outcome: 'REFUSED', userRole: 'PROVIDER_STAFF', organizationId: tenant.provider.rowId, operationName: 'Peek', purpose: 'levering af indsats' });
    expect(entry.parsed.refused?.map((r) => r.operation)).toContain('Query.auditLog');
    expect(entry.parsed.errorCodes).toEqual(['FORBIDDEN']);
  });

  it('logs an invalid or expired token as AUTH_FAILURE with where it came from', async () => {
    const before = await headSeq(server.db);
    const reply = await server.gql('not-a-valid-token', '{ citizens(first: 1) { totalCount } }', undefined, { 'user-agent': 'intruder/0.1' });
    expect(reply.status).toBe(401);
    const [entry] = await auditEntriesAfter(server.db, before);
    expect(entry).toMatchObject({ kind: 'AUTH_FAILURE', outcome: 'UNAUTHENTICATED', userId: null, userAgent: 'intruder/0.1' });
    expect(entry.ip).toMatch(/127\.0\.0\.1$/);
    expect(entry.parsed.note).toMatchObject({ reason: 'INVALID_TOKEN' });
  });

  it("logs a forged token naming a real account with that account, as the auth layer identified it", async () => {
    const before = await headSeq(server.db);
    const forged = await signDemoToken(tenant.users.caseworker.rowId, new TextEncoder().encode('another-key-0123456789-0123456789'));
    const reply = await server.gql(forged, '{ citizens(first: 1) { totalCount } }');
    expect(reply.status).toBe(401);
    const [entry] = await auditEntriesAfter(server.db, before);
    expect(entry).toMatchObject({ kind: 'AUTH_FAILURE', outcome: 'UNAUTHENTICATED', userId: tenant.users.caseworker.rowId, organizationId: tenant.authority.rowId });
    expect(entry.parsed.note).toMatchObject({ reason: 'INVALID_TOKEN' });
  });

  it('keeps one valid chain under 50 parallel requests (writes and reads)', async () => {
    const citizenId = await createCitizen(server, tenant, 'Parallel Borger');
    const before = await headSeq(server.db);
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 === 0 ? server.gql(tenant.tokens.caseworker, CREATE, { i: { name: `Parallel ${i}`, cpr: uniqueCpr() } }) : server.gql(tenant.tokens.caseworker, EXPORT, { id: citizenId }),
      ),
    );
    expect(replies.every((r) => r.status === 200 && !r.errors)).toBe(true);
    const entries = await auditEntriesAfter(server.db, before);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => before + i + 1));
    expect(entries.filter((e) => e.operationType === 'mutation')).toHaveLength(25);
    expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true, firstBadSeq: null });
  });

  it('finds the citizen of every kind of object a request touched', async () => {
    const contract = await createActiveContract(server, tenant);
    const contractRow = rowId(contract.id);
    const [{ citizen_id: citizenRowId }] = await server.db.query(`SELECT citizen_id FROM contract WHERE id = '${contractRow}'`);
    const goalRow = rowId(contract.goals[0].id);
    const [version] = await server.db.query(`SELECT id FROM contract_version WHERE contract_id = '${contractRow}'`);
    const objects = [
      { type: 'Contract', id: contractRow },
      { type: 'Goal', id: goalRow },
      { type: 'ContractVersion', id: version.id },
      { type: 'SubGoal', id: '00000000-0000-4000-8000-00000000dead' },
    ];
    for (const object of objects.slice(0, 3)) expect(await citizensOf(server.db, engineOfDataSource(server.db), [object])).toEqual([citizenRowId]);
    expect(await citizensOf(server.db, engineOfDataSource(server.db), objects)).toEqual([citizenRowId]);
    expect(await citizensOf(server.db, engineOfDataSource(server.db), [{ type: 'Organization', id: tenant.authority.rowId }])).toEqual([]);
  });

  it('fails closed: when the entry cannot be written the client gets AUDIT_UNAVAILABLE and no data', async () => {
    const citizenId = await createCitizen(server, tenant, 'Lukket Borger');
    await server.db.query('ALTER TABLE audit_entry RENAME TO audit_entry_away');
    try {
      const read = await server.gql(tenant.tokens.caseworker, EXPORT, { id: citizenId });
      expect(read.status).toBe(503);
      expect(read.data).toBeUndefined();
      expect(read.errors?.[0].extensions?.code).toBe('AUDIT_UNAVAILABLE');
      const write = await server.gql(tenant.tokens.caseworker, CREATE, { i: { name: 'Ulogget', cpr: uniqueCpr() } });
      expect(write.status).toBe(503);
      expect(write.errors?.[0].message).toMatch(/may have been saved/);
    } finally {
      await server.db.query('ALTER TABLE audit_entry_away RENAME TO audit_entry');
    }
    const again = await server.gql(tenant.tokens.caseworker, EXPORT, { id: citizenId });
    expect(again.errors).toBeUndefined();
    expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });
  });
});
