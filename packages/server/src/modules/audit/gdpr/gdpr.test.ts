import { danishParts } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../../graphql/global-id.js';
import { createActiveContract, createCitizen } from '../../../test-support/case-fixtures.js';
import { buildTenant, uniqueCpr, type Tenant } from '../../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { auditEntriesAfter, headSeq } from '../audit.fixtures.js';
import { verifyAuditChain } from '../audit-verify.js';

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';
const EXPORT = 'query Export($id: ID!) { exportCitizenData(citizenId: $id) { fileName contentType content } }';
const ACCESS_LOG = `query AccessLog($id: ID!, $first: Int!, $after: String) {
  citizenAccessLog(citizenId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { occurredAt action organizationName userRole operation purpose searches dataKinds } }
  }
}`;
const ACCESS_LOG_EXPORT = 'query AccessLogExport($id: ID!, $format: ExportFormat) { citizenAccessLogExport(citizenId: $id, format: $format) { fileName contentType content } }';
const ERASE = 'mutation Erase($i: EraseCitizenInput!) { eraseCitizen(input: $i) { citizen { id name cpr } erasedAt userErrors { field code message } } }';
const GRANT = 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { consent { id } userErrors { code } } }';

const rowId = (globalId: string) => fromGlobalId(globalId)!.id;

describe(`GDPR exports and erasure on ${engine}`, () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);
  });
  afterAll(() => server.close());

  async function caseWithData(name: string, cpr = uniqueCpr()): Promise<{ citizenId: string; contract: Record<string, any>; cpr: string }> {
    const created = await server.gql(tenant.tokens.caseworker, 'mutation($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } } }', { i: { name, cpr } });
    const citizenId = created.data?.createCitizen.citizen.id;
    const contract = await createActiveContract(server, tenant, { citizenId, purpose: `Formålet for ${name}`, participants: [{ name: `${name} selv`, role: 'borger' }] });
    const consent = await server.gql(tenant.tokens.caseworker, GRANT, { i: { citizenId, parties: ['Mentor'], scope: ['Helbredsoplysninger'] } });
    expect(consent.data?.grantConsent.userErrors).toEqual([]);
    return { citizenId, contract, cpr };
  }

  it('exports all data about a citizen as one JSON document', async () => {
    const { citizenId, contract, cpr } = await caseWithData('Karen Eksport');
    const { data, errors } = await server.gql(tenant.tokens.caseworker, EXPORT, { id: citizenId });
    expect(errors).toBeUndefined();
    expect(data?.exportCitizenData.contentType).toMatch(/application\/json/);
    const document = JSON.parse(data?.exportCitizenData.content);
    expect(document.citizen).toMatchObject({ rowId: rowId(citizenId), name: 'Karen Eksport', cpr });
    // Named by the Danish date of the export, as the caseworker files it.
    expect(data?.exportCitizenData.fileName).toBe(`borgerdata-${rowId(citizenId)}-${danishParts(document.exportedAt).date}.json`);
    expect(document.contracts).toHaveLength(1);
    expect(document.contracts[0]).toMatchObject({ rowId: rowId(contract.id), purpose: 'Formålet for Karen Eksport' });
    expect(document.goals).toHaveLength(1);
    expect(document.contractVersions).toHaveLength(1);
    expect(document.consents.length).toBeGreaterThanOrEqual(1);
    for (const key of ['orders', 'subGoals', 'measurements', 'followUpMeetings', 'statusNotes', 'goalStatusReports', 'changeNotices', 'formResponses']) expect(Array.isArray(document[key])).toBe(true);
    const admin = await server.gql(tenant.tokens.authorityAdmin, EXPORT, { id: citizenId });
    expect(admin.errors).toBeUndefined();
  });

  it("refuses the citizen's data and access log to other roles and authorities, and logs the refusals", async () => {
    const citizenId = await createCitizen(server, tenant, 'Beskyttet Borger');
    for (const token of [tenant.tokens.providerStaff, tenant.tokens.manager, other.tokens.caseworker, other.tokens.authorityAdmin]) {
      for (const query of [EXPORT, ACCESS_LOG, ACCESS_LOG_EXPORT]) {
        const before = await headSeq(server.db);
        const reply = await server.gql(token, query, { id: citizenId, first: 5 });
        expect(reply.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(reply.errors?.[0].message).not.toMatch(/Beskyttet/);
        const [entry] = await auditEntriesAfter(server.db, before);
        expect(entry.outcome).toBe('REFUSED');
      }
    }
  });

  it("shows the citizen's access log (art. 15): when, who, what and why, also as CSV and JSON", async () => {
    const { citizenId } = await caseWithData('Lars Indsigt');
    await server.gql(tenant.tokens.caseworker, EXPORT, { id: citizenId }, { 'x-treklang-purpose': '=HYPERLINK("x")' });
    await server.gql(tenant.tokens.caseworker, EXPORT, { id: citizenId }, { 'x-treklang-purpose': 'klage%20over%20afg%C3%B8relse' });
    const { data, errors } = await server.gql(tenant.tokens.authorityAdmin, ACCESS_LOG, { id: citizenId, first: 10 });
    expect(errors).toBeUndefined();
    const nodes = data?.citizenAccessLog.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes[0]).toMatchObject({ action: 'READ', organizationName: tenant.authority.name, userRole: 'CASEWORKER', operation: 'Export', purpose: 'klage over afgørelse', dataKinds: ['Citizen'] });
    expect(nodes[1]).toMatchObject({ purpose: '=HYPERLINK("x")' });

    const csv = await server.gql(tenant.tokens.caseworker, ACCESS_LOG_EXPORT, { id: citizenId, format: 'CSV' });
    const content: string = csv.data?.citizenAccessLogExport.content;
    // What Danish spreadsheets open as columns: a byte-order mark and semicolons; times in Danish time.
    expect(content.startsWith('\uFEFF')).toBe(true);
    const lines = content.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('tidspunkt (dansk tid);handling;organisation;rolle;operation;formål;søgekriterier;datatyper');
    const klage = lines.find((line: string) => line.includes(';klage over afgørelse;'))!;
    expect(klage.split(';')[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Actions and roles in words, as the web app shows them.
    expect(klage.split(';').slice(1, 4)).toEqual(['Læst', tenant.authority.name, 'Rådgiver']);
    expect(lines.some((line: string) => line.includes(`;"'=HYPERLINK(""x"")";`))).toBe(true);
    const json = await server.gql(tenant.tokens.caseworker, ACCESS_LOG_EXPORT, { id: citizenId, format: 'JSON' });
    expect(JSON.parse(json.data?.citizenAccessLogExport.content).entries.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses erasure before the retention period with a clear userError and changes nothing', async () => {
    const { citizenId, contract } = await caseWithData('Mette Aktiv');
    const asCaseworker = await server.gql(tenant.tokens.caseworker, ERASE, { i: { citizenId, confirmation: 'ANONYMISER' } });
    expect(asCaseworker.data?.eraseCitizen.userErrors[0].code).toBe('FORBIDDEN');
    const unconfirmed = await server.gql(tenant.tokens.authorityAdmin, ERASE, { i: { citizenId, confirmation: 'ja' } });
    expect(unconfirmed.data?.eraseCitizen.userErrors[0]).toMatchObject({ code: 'CONFIRMATION_MISMATCH', field: ['input', 'confirmation'] });
    const open = await server.gql(tenant.tokens.authorityAdmin, ERASE, { i: { citizenId, confirmation: 'ANONYMISER' } });
    expect(open.data?.eraseCitizen.userErrors[0].code).toBe('CASE_OPEN');

    await server.db.query(`UPDATE contract SET status = 'ENDED', end_date = '2025-06-30' WHERE id = '${rowId(contract.id)}'`);
    const early = await server.gql(tenant.tokens.authorityAdmin, ERASE, { i: { citizenId, confirmation: 'ANONYMISER' } }, { 'accept-language': 'en' });
    expect(early.data?.eraseCitizen).toMatchObject({ citizen: null, erasedAt: null });
    expect(early.data?.eraseCitizen.userErrors[0]).toMatchObject({ code: 'RETENTION_NOT_EXPIRED', field: ['input', 'citizenId'] });
    expect(early.data?.eraseCitizen.userErrors[0].message).toMatch(/kept for 5 years\. Data can be anonymised from \d{4}-\d{2}-\d{2}/);
    const [row] = await server.db.query(`SELECT name FROM citizen WHERE id = '${rowId(citizenId)}'`);
    expect(row.name).toBe('Mette Aktiv');
  });

  it('anonymises a closed case after the retention period, logs it in the chain, and refuses a second time', async () => {
    const { citizenId, contract, cpr } = await caseWithData('Ole Gammel');
    const citizenRow = rowId(citizenId);
    const contractRow = rowId(contract.id);
    await server.db.query(`UPDATE contract SET status = 'ENDED', end_date = '2018-06-30', created_at = '2017-01-01T00:00:00.000Z' WHERE id = '${contractRow}'`);
    await server.db.query(`UPDATE citizen SET created_at = '2017-01-01T00:00:00.000Z' WHERE id = '${citizenRow}'`);
    await server.db.query(`UPDATE consent SET given_at = '2017-01-01T00:00:00.000Z', created_at = '2017-01-01T00:00:00.000Z' WHERE citizen_id = '${citizenRow}'`);
    const before = await headSeq(server.db);

    const { data } = await server.gql(tenant.tokens.authorityAdmin, ERASE, { i: { citizenId, confirmation: 'ANONYMISER' } });
    expect(data?.eraseCitizen.userErrors).toEqual([]);
    expect(data?.eraseCitizen.citizen.name).toBe('Anonymiseret borger');
    expect(data?.eraseCitizen.citizen.cpr).not.toContain(cpr.slice(7));

    const document = (await server.gql(tenant.tokens.authorityAdmin, EXPORT, { id: citizenId })).data?.exportCitizenData.content as string;
    for (const secret of ['Ole Gammel', cpr, cpr.replace('-', ''), 'Formålet for', 'Jeg handler selv ind']) expect(document).not.toContain(secret);
    expect(JSON.parse(document).erasedAt).toBe(data?.eraseCitizen.erasedAt);
    expect(JSON.parse(document).goals[0].title).toBe('[anonymiseret]');

    const entries = await auditEntriesAfter(server.db, before);
    const erasure = entries.find((e) => e.kind === 'ERASURE');
    expect(erasure).toMatchObject({ userRole: 'ADMIN', organizationId: tenant.authority.rowId, citizens: [citizenRow] });
    expect(erasure?.parsed.note).toMatchObject({ lastActivity: expect.stringMatching(/^2018-/), retentionYears: 5, contracts: 1, goals: 1 });
    expect(entries.find((e) => e.kind === 'ACCESS' && e.roots[0] === 'eraseCitizen')?.parsed.written).toEqual([{ type: 'Citizen', id: citizenRow }]);
    expect(JSON.stringify(entries)).not.toContain('Ole Gammel');
    expect(await verifyAuditChain(server.db)).toMatchObject({ ok: true });

    const log = await server.gql(tenant.tokens.authorityAdmin, ACCESS_LOG, { id: citizenId, first: 50 });
    expect(log.data?.citizenAccessLog.edges.map((e: { node: { action: string } }) => e.node.action)).toContain('ERASURE');
    const again = await server.gql(tenant.tokens.authorityAdmin, ERASE, { i: { citizenId, confirmation: 'ANONYMISER' } });
    expect(again.data?.eraseCitizen.userErrors[0].code).toBe('ALREADY_ERASED');
  });
});
