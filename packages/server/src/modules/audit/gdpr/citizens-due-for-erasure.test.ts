import { danishToday } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../../graphql/global-id.js';
import { createActiveContract, createCitizen } from '../../../test-support/case-fixtures.js';
import { buildUser, type Tenant, buildTenant } from '../../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { Citizen } from '../../citizens/citizen.entity.js';
import { auditEntriesAfter, headSeq } from '../audit.fixtures.js';
import { erasureStatusOf } from './citizen-erasure.service.js';
import { loadCitizenRecords } from './citizen-records.js';
import { citizensWhere } from './erasure-candidates.js';
import { loadErasureFacts } from './erasure-facts.js';

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';
const DUE = `query Due($first: Int!, $after: String) {
  citizensDueForErasure(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { lastActivityOn erasableFrom citizen { id name } } }
  }
}`;
const ERASE = 'mutation($i: EraseCitizenInput!) { eraseCitizen(input: $i) { userErrors { code } } }';
const SAVE_FORM = 'mutation($i: SaveFormResponseInput!) { saveFormResponse(input: $i) { userErrors { code } } }';
const LONG_AGO = '2017-01-01T09:00:00.000Z';

interface DueRow {
  lastActivityOn: string;
  erasableFrom: string;
  citizen: { id: string; name: string };
}

interface DuePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: DueRow }[];
}

const rowId = (globalId: string) => fromGlobalId(globalId)!.id;

describe(`citizensDueForErasure on ${engine}`, () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  const made: Record<string, string> = {};

  /** A case whose contract ended on `endedOn`, everything else about it having happened long ago. */
  async function closedCase(tenantOf: Tenant, name: string, endedOn = '2018-06-30'): Promise<{ citizenId: string; contractId: string }> {
    const citizenId = await createCitizen(server, tenantOf, name);
    const contract = await createActiveContract(server, tenantOf, { citizenId });
    await age(citizenId, contract.id, endedOn);
    return { citizenId, contractId: contract.id };
  }

  async function age(citizenId: string, contractId: string, endedOn: string): Promise<void> {
    await server.db.query(`UPDATE contract SET status = 'ENDED', end_date = '${endedOn}', created_at = '${LONG_AGO}' WHERE id = '${rowId(contractId)}'`);
    await server.db.query(`UPDATE citizen SET created_at = '${LONG_AGO}' WHERE id = '${rowId(citizenId)}'`);
    await server.db.query(`UPDATE consent SET given_at = '${LONG_AGO}', created_at = '${LONG_AGO}' WHERE citizen_id = '${rowId(citizenId)}'`);
  }

  async function allPages(token: string, first: number): Promise<{ rows: DueRow[]; totalCount: number; pages: number }> {
    const rows: DueRow[] = [];
    let after: string | null = null;
    let totalCount = 0;
    let pages = 0;
    do {
      const reply = await server.gql<{ citizensDueForErasure: DuePage }>(token, DUE, { first, after });
      expect(reply.errors).toBeUndefined();
      const page: DuePage = reply.data!.citizensDueForErasure;
      totalCount = page.totalCount;
      pages += 1;
      expect(page.edges.length).toBeLessThanOrEqual(first);
      rows.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { rows, totalCount, pages };
  }

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);

    for (const name of ['Due Een', 'Due To', 'Due Tre']) made[name] = (await closedCase(tenant, name)).citizenId;
    made.neverACase = await createCitizen(server, tenant, 'Due Uden Sag');
    await server.db.query(`UPDATE citizen SET created_at = '${LONG_AGO}' WHERE id = '${rowId(made.neverACase)}'`);

    made.open = await createCitizen(server, tenant, 'Aaben Sag');
    const openContract = await createActiveContract(server, tenant, { citizenId: made.open });
    await age(made.open, openContract.id, '2018-06-30');
    await server.db.query(`UPDATE contract SET status = 'ACTIVE', end_date = NULL WHERE id = '${rowId(openContract.id)}'`);

    made.recentlyEnded = (await closedCase(tenant, 'Nylig Afsluttet', danishToday())).citizenId;

    // Everything old but a form answered today: only the shared rule, not the SQL pre-filter, sees that.
    made.recentForm = await createCitizen(server, tenant, 'Nylig Formular');
    const formContract = await createActiveContract(server, tenant, { citizenId: made.recentForm });
    const saved = await server.gql(tenant.tokens.caseworker, SAVE_FORM, { i: { templateKey: 'change-notice', subjectId: formContract.id, answers: {} } });
    expect(saved.data?.saveFormResponse.userErrors).toEqual([]);
    await age(made.recentForm, formContract.id, '2018-06-30');

    made.erased = (await closedCase(tenant, 'Allerede Anonymiseret')).citizenId;
    const erased = await server.gql(tenant.tokens.authorityAdmin, ERASE, { i: { citizenId: made.erased, confirmation: 'ANONYMISER' } });
    expect(erased.data?.eraseCitizen.userErrors).toEqual([]);

    made.otherAuthority = (await closedCase(other, 'Anden Kommune')).citizenId;
  }, 120_000);
  afterAll(() => server.close());

  it("lists exactly the authority's citizens that eraseCitizen would anonymise today, with their dates", async () => {
    const { rows, totalCount } = await allPages(tenant.tokens.authorityAdmin, 100);
    expect(rows.map((row) => row.citizen.id).sort()).toEqual([made['Due Een'], made['Due To'], made['Due Tre'], made.neverACase].sort());
    expect(totalCount).toBe(4);
    expect(rows.find((row) => row.citizen.id === made['Due Een'])).toMatchObject({ citizen: { name: 'Due Een' }, lastActivityOn: '2018-06-30', erasableFrom: '2023-06-30' });
    expect(rows.find((row) => row.citizen.id === made.neverACase)).toMatchObject({ lastActivityOn: '2017-01-01', erasableFrom: '2022-01-01' });
    for (const row of rows) {
      const status = await server.gql(tenant.tokens.authorityAdmin, 'query($id: ID!) { citizenErasure(citizenId: $id) { erasable lastActivityOn erasableFrom } }', { id: row.citizen.id });
      expect(status.data?.citizenErasure).toEqual({ erasable: true, lastActivityOn: row.lastActivityOn, erasableFrom: row.erasableFrom });
    }
  });

  it("logs the list as a read of the citizens it names, with the admin's purpose", async () => {
    const before = await headSeq(server.db);
    await server.gql(tenant.tokens.authorityAdmin, DUE, { first: 100 }, { 'x-treklang-purpose': 'anonymisering efter opbevaringsperioden' });
    const [entry] = await auditEntriesAfter(server.db, before);
    expect(entry).toMatchObject({ outcome: 'OK', userRole: 'ADMIN' });
    expect([...entry.citizens].sort()).toEqual([made['Due Een'], made['Due To'], made['Due Tre'], made.neverACase].map(rowId).sort());
    expect(entry.purpose).toBe('anonymisering efter opbevaringsperioden');
  });

  it("lists the other authority's due citizen to that authority's admin only", async () => {
    const { rows } = await allPages(other.tokens.authorityAdmin, 10);
    expect(rows.map((row) => row.citizen.id)).toEqual([made.otherAuthority]);
  });

  it('pages through the due citizens one at a time, each once, oldest first', async () => {
    const byOne = await allPages(tenant.tokens.authorityAdmin, 1);
    const all = await allPages(tenant.tokens.authorityAdmin, 100);
    expect(byOne.pages).toBe(4);
    expect(byOne.totalCount).toBe(4);
    expect(byOne.rows.map((row) => row.citizen.id)).toEqual(all.rows.map((row) => row.citizen.id));
    const first = await server.gql(tenant.tokens.authorityAdmin, DUE, { first: 3 });
    expect(first.data?.citizensDueForErasure.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await server.gql(tenant.tokens.authorityAdmin, DUE, { first: 3, after: first.data?.citizensDueForErasure.pageInfo.endCursor });
    expect(rest.data?.citizensDueForErasure.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(rest.data?.citizensDueForErasure.edges).toHaveLength(1);
  });

  it('orders by creation, whatever the order of the last activities, with cursors that keep their place when the list changes', async () => {
    const own = await buildTenant(server);
    // Created in this order, a month apart; their cases ended in another order.
    const endedOn = { Forste: '2019-03-01', Anden: '2018-01-15', Tredje: '2017-05-01', Fjerde: '2018-01-15' };
    const ids: Record<string, string> = {};
    for (const [i, [name, ended]] of Object.entries(endedOn).entries()) {
      ids[name] = (await closedCase(own, `Orden ${name}`, ended)).citizenId;
      await server.db.query(`UPDATE citizen SET created_at = '2016-0${i + 1}-01T09:00:00.000Z' WHERE id = '${rowId(ids[name])}'`);
    }
    const expected = [ids.Forste, ids.Anden, ids.Tredje, ids.Fjerde];

    const page = async (after: string | null) => {
      const reply = await server.gql<{ citizensDueForErasure: DuePage }>(own.tokens.authorityAdmin, DUE, { first: 2, after });
      expect(reply.errors).toBeUndefined();
      return reply.data!.citizensDueForErasure;
    };
    const one = await page(null);
    expect(one.edges.map((edge) => edge.node.citizen.id)).toEqual(expected.slice(0, 2));
    expect(one.edges.map((edge) => edge.node.lastActivityOn)).toEqual(['2019-03-01', '2018-01-15']);
    expect(one).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const two = await page(one.pageInfo.endCursor);
    expect(two.edges.map((edge) => edge.node.citizen.id)).toEqual(expected.slice(2));
    expect(two).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });

    // The first page's citizens anonymised, and one more due citizen created before them: `after` still continues
    // after the first page's last citizen.
    for (const citizenId of expected.slice(0, 2)) {
      const erased = await server.gql(own.tokens.authorityAdmin, ERASE, { i: { citizenId, confirmation: 'ANONYMISER' } });
      expect(erased.data?.eraseCitizen.userErrors).toEqual([]);
    }
    const earlier = (await closedCase(own, 'Orden Tidligere', '2017-02-01')).citizenId;
    await server.db.query(`UPDATE citizen SET created_at = '2015-06-01T09:00:00.000Z' WHERE id = '${rowId(earlier)}'`);
    const again = await page(one.pageInfo.endCursor);
    expect(again.edges.map((edge) => edge.node.citizen.id)).toEqual(expected.slice(2));
    expect(again.totalCount).toBe(3);
    const { rows, totalCount } = await allPages(own.tokens.authorityAdmin, 2);
    expect(rows.map((row) => row.citizen.id)).toEqual([earlier, ...expected.slice(2)]);
    expect(totalCount).toBe(rows.length);
  });

  it('refuses a page size out of range and a cursor it did not make', async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { first: 5, after: 'not-a-cursor' }]) {
      const reply = await server.gql(tenant.tokens.authorityAdmin, DUE, variables);
      expect(reply.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses every role but an authority admin with FORBIDDEN, names nobody, and logs the refusal', async () => {
    const providerAdmin = await buildUser(server.db, tenant.provider, 'ADMIN');
    const tokens = [tenant.tokens.caseworker, tenant.tokens.manager, tenant.tokens.providerStaff, tenant.tokens.providerManager, await server.tokenFor(providerAdmin.rowId)];
    for (const token of tokens) {
      const before = await headSeq(server.db);
      const reply = await server.gql(token, DUE, { first: 10 });
      expect(reply.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(reply.data?.citizensDueForErasure ?? null).toBeNull();
      expect(JSON.stringify(reply)).not.toContain('Due Een');
      const [entry] = await auditEntriesAfter(server.db, before);
      expect(entry.outcome).toBe('REFUSED');
    }
  });

  it("reads the same facts for the rule as the erasure itself does, for every citizen of the tenant", async () => {
    const citizens = await server.db.getRepository(Citizen).findBy({ authorityId: tenant.authority.rowId });
    expect(citizens.length).toBeGreaterThanOrEqual(8);
    const facts = await loadErasureFacts(server.db, citizensWhere('c.authority_id = :authorityId', { authorityId: tenant.authority.rowId }));
    const today = danishToday();
    for (const citizen of citizens) {
      const fromRecords = erasureStatusOf(await loadCitizenRecords(server.db, citizen), false, today, 5);
      expect(erasureStatusOf(facts.get(citizen.rowId)!, false, today, 5), citizen.name).toEqual(fromRecords);
    }
  });
});
