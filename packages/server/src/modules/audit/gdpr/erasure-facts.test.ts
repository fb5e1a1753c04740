import { danishToday } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLoadTarget } from '../../../bench/dataset/target.js';
import { type ErasureAuthority, writeErasureDataset } from '../../../bench/erasure-due-dataset.js';
import { openDatabase } from '../../../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../../../db/scratch-database.js';
import { Citizen } from '../../citizens/citizen.entity.js';
import { FormTemplate } from '../../forms/form-template.entity.js';
import { syncBuiltInTemplates } from '../../forms/sync-built-in-templates.js';
import { erasureStatusOf, loadErasureStatus } from './citizen-erasure.service.js';
import { loadCitizenRecords } from './citizen-records.js';
import { citizensDueForErasure } from './citizens-due-for-erasure.service.js';
import { citizensWhere } from './erasure-candidates.js';
import { loadErasureFacts } from './erasure-facts.js';

/*
 * The set-based facts against the single-citizen path (loadCitizenRecords, as citizenErasure and eraseCitizen read),
 * on a varied dataset: the bench's cases (due, passing the pre-filter but not due, open or recently closed), and on a
 * share of them picked by ID: readings and revoked consents late in the UTC evening (the next day in Denmark), form
 * responses about the citizen or a meeting, a second consent revoked later, meetings never held, a second ended contract, orders waiting or decided
 * late, draft contracts, terminated contracts with no end date, anonymised citizens, citizens created in the same
 * millisecond (ordered by id, on PostgreSQL in a Danish collation).
 */

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';
const RETENTION_YEARS = 5;

const CONTRACT_COLUMNS = `id, version, document_version, order_id, citizen_id, authority_id, provider_id, service_type, status, start_date, assessment_tool,
  life_theme_keys, purpose, goal_rationale, reporting_forms, participants, next_follow_up_date, price_amount, price_unit, notice_period_days,
  discharge_criteria, signatures, to_be_sent_to_citizen, end_date, termination_reason, created_at`;

const variety = (adminId: string, authorityId: string) => [
  `INSERT INTO contract (${CONTRACT_COLUMNS}) SELECT '9' || substr(id, 2), version, document_version, NULL, citizen_id, authority_id, provider_id,
     service_type, 'ENDED', start_date, assessment_tool, life_theme_keys, purpose, goal_rationale, reporting_forms, participants, next_follow_up_date,
     price_amount, price_unit, notice_period_days, discharge_criteria, signatures, to_be_sent_to_citizen, COALESCE(end_date, start_date), NULL,
     substr(created_at, 1, 11) || '23:50:00.000Z' FROM contract WHERE id < '6'`,
  `INSERT INTO purchase_order (id, version, citizen_id, authority_id, provider_id, assessment, services, goals, status, sent_at, decide_by, decided_at, created_at)
     SELECT substr(id, 1, 35) || 'f', 1, citizen_id, authority_id, provider_id, 'Vurdering', '[]', '[]', CASE WHEN id < '2' THEN 'SENT' ELSE 'ACCEPTED' END,
     created_at, start_date, CASE WHEN id < '2' THEN NULL ELSE COALESCE(end_date, start_date) || 'T23:45:00.000Z' END, created_at FROM contract WHERE id < '7'`,
  `UPDATE measurement SET created_at = substr(created_at, 1, 11) || '22:30:00.000Z' WHERE id < '4'`,
  `UPDATE measurement SET created_at = substr(created_at, 1, 11) || '23:30:00.000Z' WHERE id >= 'c'`,
  `UPDATE consent SET revoked_at = substr(given_at, 1, 11) || '23:10:00.000Z' WHERE id < '5'`,
  `INSERT INTO consent (id, citizen_id, parties, scope, excluded, given_at, revoked_at, recorded_by_id, created_at)
     SELECT '9' || substr(cs.id, 2), cs.citizen_id, cs.parties, cs.scope, cs.excluded, cs.given_at, COALESCE(ct.end_date, ct.start_date) || 'T22:40:00.000Z',
     cs.recorded_by_id, cs.created_at FROM consent cs JOIN contract ct ON ct.citizen_id = cs.citizen_id WHERE cs.id < '8' AND ct.id < '9'`,
  `UPDATE form_response SET subject_type = 'CITIZEN', subject_id = (SELECT ct.citizen_id FROM contract ct WHERE ct.id = form_response.subject_id) WHERE id < '5'`,
  `UPDATE form_response SET subject_type = 'MEETING', subject_id = (SELECT fm.id FROM follow_up_meeting fm WHERE fm.contract_id = form_response.subject_id)
     WHERE subject_type = 'CONTRACT' AND id >= 'b'`,
  `UPDATE follow_up_meeting SET held_at = NULL WHERE id < '3'`,
  `UPDATE contract SET status = 'DRAFT' WHERE status = 'ACTIVE' AND id < '4'`,
  `UPDATE contract SET status = 'TERMINATED', end_date = NULL WHERE status = 'ENDED' AND id >= 'e'`,
  // Citizens created in the same millisecond: their order, and so the pages' cursors, rest on comparing ids. Three
  // long-quiet citizens whose ids a Danish collation orders 7ab, 7af, 7aa ('aa' is 'å'), and byte order 7aa, 7ab, 7af.
  `UPDATE citizen SET created_at = '2015-03-02T09:00:00.000Z' WHERE id < '8'`,
  ...['7aa', '7ab', '7af'].map(
    (prefix, i) => `INSERT INTO citizen (id, version, name, cpr, birth_date, authority_id, created_at)
      VALUES ('${prefix}00000-0000-4000-8000-00000000000${i}', 1, 'Stille borger ${i}', '010170-990${i}', '1970-01-01', '${authorityId}', '2015-03-02T09:00:00.000Z')`,
  ),
  `INSERT INTO citizen_erasure (citizen_id, erased_at, erased_by_id) SELECT id, '2024-01-01T10:00:00.000Z', '${adminId}' FROM citizen WHERE id < '1'`,
];

describe(`the erasure facts of many citizens at once, on ${engine}`, () => {
  let scratch: ScratchDatabase;
  let db: DataSource;
  let authority: ErasureAuthority;
  const today = danishToday();

  beforeAll(async () => {
    // On PostgreSQL a Danish collation, where ids with 'aa' sort after 'az': the list must page in the database's order.
    scratch = await createScratchDatabase(engine, { icuLocale: 'da-DK' });
    db = await openDatabase(scratch.url);
    await syncBuiltInTemplates(db);
    const template = await db.getRepository(FormTemplate).findOneByOrFail({ key: 'change-notice' });
    const target = await openLoadTarget(scratch.url);
    const mixes = [
      { name: 'Kommune A', code: '0801', due: 60, rejected: 40, open: 60 },
      { name: 'Kommune B', code: '0802', due: 15, rejected: 5, open: 15 },
    ];
    [authority] = await writeErasureDataset(target.sink, { mixes, today, templateId: template.rowId, seed: 11 });
    await target.close();
    for (const sql of variety(authority.adminId, authority.id)) await db.query(sql);
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
    await scratch?.drop();
  });

  it('gives the rule the same answer as the records of each citizen', async () => {
    const citizens = await db.getRepository(Citizen).findBy({ authorityId: authority.id });
    const selection = citizensWhere('c.authority_id = :authorityId', { authorityId: authority.id });
    const facts = await loadErasureFacts(db, selection);
    expect(facts.size).toBe(citizens.length);
    const answers = new Set<string>();
    for (const citizen of citizens) {
      const expected = erasureStatusOf(await loadCitizenRecords(db, citizen), false, today, RETENTION_YEARS);
      expect(erasureStatusOf(facts.get(citizen.rowId)!, false, today, RETENTION_YEARS), citizen.name).toEqual(expected);
      answers.add(`${expected.caseOpen}/${expected.erasable}`);
    }
    // Open, closed but too recent, and due cases are all among them.
    expect([...answers].sort()).toEqual(['false/false', 'false/true', 'true/false']);
  });

  it('lists, page after page, exactly the citizens citizenErasure calls erasable, in creation order', async () => {
    // In creation order as the database orders (its collation), which is the list's order.
    const citizens = await db.getRepository(Citizen).find({ where: { authorityId: authority.id }, order: { createdAt: 'ASC', rowId: 'ASC' } });
    const expected = [];
    for (const citizen of citizens) {
      const status = await loadErasureStatus(db, citizen, today, RETENTION_YEARS);
      if (status.erasable) expected.push({ id: citizen.rowId, createdAt: citizen.createdAt, lastActivityOn: status.lastActivityOn, erasableFrom: status.erasableFrom });
    }
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.length).toBeLessThan(citizens.length - 60);

    for (const first of [7, 100]) {
      const listed = [];
      let after: string | null = null;
      do {
        const page = await citizensDueForErasure(db, { authorityId: authority.id, today, retentionYears: RETENTION_YEARS }, { first, after });
        expect(await page.totalCount).toBe(expected.length);
        listed.push(...page.edges.map(({ node }) => ({ id: node.citizen.rowId, createdAt: node.citizen.createdAt, lastActivityOn: node.lastActivityOn, erasableFrom: node.erasableFrom })));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(listed).toEqual(expected);
    }
  });
});
