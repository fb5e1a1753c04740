import { danishToday } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../../graphql/global-id.js';
import { createActiveContract, createCitizen } from '../../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { auditEntriesAfter, headSeq } from '../audit.fixtures.js';
import { addYears } from './citizen-erasure.service.js';

/*
 * citizenErasure over HTTP: whether and from when an administrator may anonymise a citizen, for a closed old case,
 * an open case, a recently closed case and an anonymised one; refused to caseworkers and to other authorities.
 */

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';
const STATUS = 'query Status($id: ID!) { citizenErasure(citizenId: $id) { lastActivityOn erasableFrom caseOpen erased erasable } }';
const ERASE = 'mutation Erase($i: EraseCitizenInput!) { eraseCitizen(input: $i) { erasedAt userErrors { code } } }';

const rowId = (globalId: string) => fromGlobalId(globalId)!.id;

describe(`whether a citizen may be anonymised, on ${engine}`, () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);
  });
  afterAll(() => server.close());

  const statusAsAdmin = async (citizenId: string) => {
    const { data, errors } = await server.gql(tenant.tokens.authorityAdmin, STATUS, { id: citizenId });
    expect(errors).toBeUndefined();
    return data?.citizenErasure;
  };

  /** A citizen with an active contract; `endedOn` closes the contract then, and `since` backdates everything else. */
  async function citizenWithCase(name: string, close?: { endedOn: string; since?: string }): Promise<string> {
    const citizenId = await createCitizen(server, tenant, name);
    const contract = await createActiveContract(server, tenant, { citizenId });
    if (!close) return citizenId;
    const contractRow = rowId(contract.id);
    const citizenRow = rowId(citizenId);
    await server.db.query(`UPDATE contract SET status = 'ENDED', end_date = '${close.endedOn}' WHERE id = '${contractRow}'`);
    if (close.since) {
      await server.db.query(`UPDATE contract SET created_at = '${close.since}' WHERE id = '${contractRow}'`);
      await server.db.query(`UPDATE citizen SET created_at = '${close.since}' WHERE id = '${citizenRow}'`);
      await server.db.query(`UPDATE consent SET given_at = '${close.since}', created_at = '${close.since}' WHERE citizen_id = '${citizenRow}'`);
    }
    return citizenId;
  }

  it('shows a closed case past the retention period as erasable, with the dates the rule used', async () => {
    const citizenId = await citizenWithCase('Ib Afsluttet', { endedOn: '2018-06-30', since: '2017-01-01T00:00:00.000Z' });
    expect(await statusAsAdmin(citizenId)).toEqual({ lastActivityOn: '2018-06-30', erasableFrom: '2023-06-30', caseOpen: false, erased: false, erasable: true });
  });

  it('shows an open case as open and not erasable', async () => {
    const citizenId = await citizenWithCase('Åse Åben');
    const status = await statusAsAdmin(citizenId);
    expect(status).toMatchObject({ caseOpen: true, erased: false, erasable: false });
    // The same answer eraseCitizen gives.
    const erase = await server.gql(tenant.tokens.authorityAdmin, ERASE, { i: { citizenId, confirmation: 'ANONYMISER' } });
    expect(erase.data?.eraseCitizen.userErrors[0].code).toBe('CASE_OPEN');
  });

  it('gives a recently closed case a date in the future, from which it may be anonymised', async () => {
    const citizenId = await citizenWithCase('Rie Nylig', { endedOn: '2025-06-30' });
    const today = danishToday();
    const status = await statusAsAdmin(citizenId);
    // The citizen and the contract were created today: that is the last activity.
    expect(status).toEqual({ lastActivityOn: today, erasableFrom: addYears(today, 5), caseOpen: false, erased: false, erasable: false });
    expect(status.erasableFrom > today).toBe(true);
    const erase = await server.gql(tenant.tokens.authorityAdmin, ERASE, { i: { citizenId, confirmation: 'ANONYMISER' } });
    expect(erase.data?.eraseCitizen.userErrors[0].code).toBe('RETENTION_NOT_EXPIRED');
  });

  it('shows an anonymised citizen as erased and no longer erasable', async () => {
    const citizenId = await citizenWithCase('Ole Slettet', { endedOn: '2018-06-30', since: '2017-01-01T00:00:00.000Z' });
    const erase = await server.gql(tenant.tokens.authorityAdmin, ERASE, { i: { citizenId, confirmation: 'ANONYMISER' } });
    expect(erase.data?.eraseCitizen.userErrors).toEqual([]);
    // The anonymisation is not case activity: the dates stay those of the case.
    expect(await statusAsAdmin(citizenId)).toEqual({ lastActivityOn: '2018-06-30', erasableFrom: '2023-06-30', caseOpen: false, erased: true, erasable: false });
  });

  it("refuses a caseworker and another authority's admin, and logs the refusals", async () => {
    const citizenId = await citizenWithCase('Kaj Beskyttet', { endedOn: '2018-06-30', since: '2017-01-01T00:00:00.000Z' });
    for (const token of [tenant.tokens.caseworker, other.tokens.authorityAdmin, tenant.tokens.providerStaff, tenant.tokens.manager]) {
      const before = await headSeq(server.db);
      const reply = await server.gql(token, STATUS, { id: citizenId });
      expect(reply.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(reply.data?.citizenErasure ?? null).toBeNull();
      expect(reply.errors?.[0].message).not.toMatch(/Beskyttet/);
      const [entry] = await auditEntriesAfter(server.db, before);
      expect(entry.outcome).toBe('REFUSED');
    }
  });
});
