import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { addMonths } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { signDemoToken } from '../../auth/tokens.js';
import { loadDataset } from '../../bench/dataset/load.js';
import { openDatabase } from '../../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../../db/scratch-database.js';
import { TEST_KEY } from '../../test-support/test-server.js';
import { addMonthsAsInt, isoDayToInt } from './portable-sql.js';
import { progressionSql } from './progression.sql.js';
import { ProgressionDimension } from './progression.types.js';

/*
 * The same generated dataset (same seed, so the same rows and IDs) in a scratch SQLite database and a scratch
 * PostgreSQL database, each behind its own server: every report must come out identical on both.
 */
const ENGINES = ['sqlite', 'postgres'] as const;
type EngineName = (typeof ENGINES)[number];

interface Side {
  scratch: ScratchDatabase;
  db: DataSource;
  server: Server;
  url: string;
  close(): Promise<void>;
}

async function side(engine: EngineName): Promise<Side> {
  const scratch = await createScratchDatabase(engine);
  await loadDataset(scratch.url, { citizens: 1500, seed: 11, today: '2026-05-01', providers: 40, force: false });
  const db = await openDatabase(scratch.url);
  const { server, apollo } = await createApp({ db, databaseUrl: scratch.url, signingKey: TEST_KEY });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    scratch, db, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.destroy();
      await scratch.drop();
    },
  };
}

const PROGRESSION = `query($groupBy: [ProgressionDimension!]!, $filter: ProgressionFilter) { progression(groupBy: $groupBy, filter: $filter) {
  from to total { suppressed citizens goals goalsAchieved goalsMeasured meanBaseline meanLatest meanChange improved unchanged declined }
  groups { authority { id } provider { id name } lifeTheme { key } serviceType goalType quarter suppressed citizens goals goalsAchieved goalsMeasured
    meanBaseline meanLatest meanChange improved unchanged declined }
} }`;
const SHARE = 'suppressed citizens onTime total late share';
const TIMELINESS = `query($groupBy: [TimelinessDimension!]!, $filter: TimelinessFilter) { timeliness(groupBy: $groupBy, filter: $filter) {
  total { statusNotes { ${SHARE} } subGoalApprovals { ${SHARE} } meetings { ${SHARE} } }
  groups { authority { id } provider { id } serviceType quarter statusNotes { ${SHARE} } subGoalApprovals { ${SHARE} } meetings { ${SHARE} } }
  lateStatusNotes(first: 100) { totalCount edges { node { id } } }
  lateSubGoalApprovals(first: 100) { totalCount edges { node { id } } }
  lateMeetings(first: 100) { totalCount edges { node { id } } }
} }`;

describe('the same reports on SQLite and PostgreSQL', () => {
  const sides = {} as Record<EngineName, Side>;
  const viewers: Record<string, string> = {};

  beforeAll(async () => {
    for (const engine of ENGINES) sides[engine] = await side(engine);
    // The largest authority's manager and caseworker, and the largest provider's manager (the same IDs on both).
    const [authority] = await sides.sqlite.db.query(`SELECT authority_id AS id FROM citizen GROUP BY authority_id ORDER BY COUNT(*) DESC, authority_id LIMIT 1`);
    const [provider] = await sides.sqlite.db.query(`SELECT provider_id AS id FROM contract GROUP BY provider_id ORDER BY COUNT(*) DESC, provider_id LIMIT 1`);
    const users: { id: string; role: string; organization_id: string }[] = await sides.sqlite.db.query(
      `SELECT id, role, organization_id FROM app_user WHERE organization_id IN (?, ?)`, [authority.id, provider.id],
    );
    for (const user of users) viewers[user.role] = await signDemoToken(user.id, TEST_KEY);
    expect(Object.keys(viewers).sort()).toEqual(['CASEWORKER', 'MANAGER', 'PROVIDER_MANAGER', 'PROVIDER_STAFF']);
  }, 120_000);
  afterAll(async () => {
    for (const engine of ENGINES) await sides[engine]?.close();
  });

  async function both(token: string, query: string, variables: Record<string, unknown>): Promise<[unknown, unknown]> {
    const answers = await Promise.all(
      ENGINES.map(async (engine) => {
        const response = await fetch(sides[engine].url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
        const body = (await response.json()) as { data?: unknown; errors?: unknown };
        expect(body.errors, `${engine} ${JSON.stringify(variables)}`).toBeUndefined();
        return body.data;
      }),
    );
    return [answers[0], answers[1]];
  }

  it('has generated the same rows in both', async () => {
    const sql = `SELECT (SELECT COUNT(*) FROM citizen) AS citizens, (SELECT COUNT(*) FROM goal) AS goals, (SELECT COUNT(*) FROM measurement) AS readings,
      (SELECT COUNT(*) FROM status_note) AS notes, (SELECT MIN(id) FROM measurement) AS first_id, (SELECT COUNT(*) FROM organization WHERE kind = 'AUTHORITY') AS authorities`;
    const [sqlite] = await sides.sqlite.db.query(sql);
    const [postgres] = await sides.postgres.db.query(sql);
    const normal = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v]));
    expect(normal(sqlite)).toEqual(normal(postgres));
    expect(Number(sqlite.authorities)).toBe(98);
    expect(Number(sqlite.readings)).toBeGreaterThan(10_000);
  });

  const groupings: [string[], Record<string, unknown> | null][] = [
    [['PROVIDER', 'LIFE_THEME'], null],
    [[], null],
    [['AUTHORITY'], null],
    [['QUARTER'], null],
    [['GOAL_TYPE', 'SERVICE_TYPE'], null],
    [['LIFE_THEME'], { scale: 'VUM_0_4' }],
    [['PROVIDER'], { lifeThemes: ['MENTAL_FUNCTIONS', 'SOCIAL_CONDITIONS'] }],
    [['QUARTER', 'GOAL_TYPE'], { from: '2025-04-01', to: '2026-03-31' }],
    [['SERVICE_TYPE'], { serviceTypes: ['SEL_85', 'SEL_108'] }],
  ];

  it.each(groupings)('progression by %j with filter %j is the same for a manager and a provider manager', async (groupBy, filter) => {
    for (const role of ['MANAGER', 'PROVIDER_MANAGER']) {
      const [sqlite, postgres] = await both(viewers[role], PROGRESSION, { groupBy, filter });
      expect(postgres).toEqual(sqlite);
      expect(JSON.stringify(sqlite)).toContain('"suppressed":false');
    }
  });

  it.each([
    [[ProgressionDimension.PROVIDER, ProgressionDimension.LIFE_THEME]],
    [[ProgressionDimension.QUARTER, ProgressionDimension.GOAL_TYPE, ProgressionDimension.SERVICE_TYPE]],
  ])('gives the same unsuppressed aggregates from the statement itself, grouped by %j', async (groupBy) => {
    const [authority] = await sides.sqlite.db.query(`SELECT authority_id AS id FROM citizen GROUP BY authority_id ORDER BY COUNT(*) DESC, authority_id LIMIT 1`);
    const rows = await Promise.all(
      ENGINES.map(async (engine) => {
        const { db } = sides[engine];
        const { sql, params } = progressionSql({ scope: { side: 'AUTHORITY', column: 'authority_id', organizationId: authority.id }, groupBy, scale: 'ONE_TO_TEN', restrictions: [] });
        const [statement, values] = db.driver.escapeQueryWithParameters(sql, params);
        const result: Record<string, unknown>[] = await db.query(statement, values);
        return result
          .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v])))
          .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
      }),
    );
    expect(rows[0].length).toBeGreaterThan(10);
    expect(rows[1]).toEqual(rows[0]);
  });

  it.each([[[]], [['PROVIDER']], [['QUARTER']], [['AUTHORITY', 'SERVICE_TYPE']]])('timeliness by %j is the same, lists included', async (groupBy) => {
    for (const role of ['CASEWORKER', 'PROVIDER_STAFF', 'MANAGER']) {
      const [sqlite, postgres] = await both(viewers[role], TIMELINESS, { groupBy, filter: { today: '2026-05-01' } });
      expect(postgres).toEqual(sqlite);
    }
    const [sqlite] = await both(viewers.CASEWORKER, TIMELINESS, { groupBy, filter: { today: '2026-05-01' } });
    expect((sqlite as any).timeliness.lateStatusNotes.totalCount).toBeGreaterThan(0);
  });

  it('adds months in SQL exactly as addMonths does, month ends and leap years included', async () => {
    const dates = ['2024-01-31', '2024-02-29', '2023-11-30', '2023-12-31', '2025-11-30', '2099-11-30', '2100-11-30', '2000-11-30', '2025-01-10', '2025-10-31'];
    const months = [1, 3, 12, -1];
    const cases = dates.flatMap((date) => months.map((n) => ({ date, n })));
    const select = cases.map(({ date, n }, i) => `SELECT ${i} AS i, ${addMonthsAsInt(`'${date}'`, n)} AS due`).join(' UNION ALL ');
    for (const engine of ENGINES) {
      const rows: { i: number | string; due: number | string }[] = await sides[engine].db.query(select);
      const got = rows.sort((a, b) => Number(a.i) - Number(b.i)).map((r) => Number(r.due));
      expect(got, engine).toEqual(cases.map(({ date, n }) => isoDayToInt(addMonths(date, n))));
    }
  });
});
