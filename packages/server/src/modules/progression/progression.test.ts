import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { buildOrganization, buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import type { Organization } from '../organizations/organization.entity.js';
import { insertCase, insertCases, measuredGoal, type CaseSpec } from './progression.fixtures.js';

const NUMBERS = 'suppressed citizens goals goalsAchieved goalsMeasured meanBaseline meanLatest meanChange improved unchanged declined';
const REPORT = `query($groupBy: [ProgressionDimension!]!, $filter: ProgressionFilter) { progression(groupBy: $groupBy, filter: $filter) {
  groupBy scale higherIsBetter minimumCitizens from to
  total { ${NUMBERS} authority { id } provider { id } lifeTheme { key } lifeThemeKey serviceType goalType quarter }
  groups { authority { id name } provider { id name } lifeTheme { key name } lifeThemeKey serviceType goalType quarter ${NUMBERS} }
} }`;

type Group = Record<string, any>;
interface Report {
  groupBy: string[];
  scale: string;
  higherIsBetter: boolean;
  minimumCitizens: number;
  from: string | null;
  to: string | null;
  total: Group;
  groups: Group[];
}

const orgId = (org: Organization): string => toGlobalId('Organization', org.rowId);
const HIDDEN = { suppressed: true, citizens: null, goals: null, goalsAchieved: null, goalsMeasured: null, meanBaseline: null, meanLatest: null, meanChange: null, improved: null, unchanged: null, declined: null };

/** The numbers of a shown group, means compared to 10 decimals. */
function expectNumbers(group: Group, expected: Record<string, number | null>): void {
  for (const [field, value] of Object.entries(expected)) {
    if (typeof value === 'number' && field.startsWith('mean')) expect(group[field], field).toBeCloseTo(value, 10);
    else expect(group[field], field).toBe(value);
  }
  expect(group.suppressed).toBe(false);
}

/**
 * The main hand-made dataset. Authority A (tenant a) buys from provider P1 (a.provider) and P2; authority B
 * (tenant b) buys from P1 too.
 *  P1, A, SEL_108: c1 MENTAL ACHIEVED 3 -> 4 -> 6 (and VUM 3 -> 2); c2 MENTAL 5 -> (4 then 5 the same day) = 5;
 *    c3 MENTAL MAINTAIN 7 -> 6; c4 PRACTICAL 2 -> 4; c5 PRACTICAL baseline 4 only; c6 MENTAL unmeasured and
 *    RELATIONS LIMIT_LOSS 6 -> 5; a DRAFT contract 1 -> 9 that does not count.
 *  P2, A, SEL_85: d1-d5 MENTAL 2->3, 3->3, 4->6, 5->4, 6->8 (read 2025-10-15).
 *  P1, B: e1-e5 MENTAL 1 -> 10.
 */
interface Scenario {
  a: Tenant;
  b: Tenant;
  p2: Organization;
  citizenIds: string[];
}

async function scenario(server: TestServer): Promise<Scenario> {
  const a = await buildTenant(server);
  const b = await buildTenant(server);
  const p2 = await buildOrganization(server.db, 'PROVIDER');
  const staff = a.users.providerStaff;
  const p1: Omit<CaseSpec, 'goals'> = { authority: a.authority, provider: a.provider, staff, serviceType: 'SEL_108' };
  const cases = [
    await insertCase(server.db, {
      ...p1,
      goals: [{
        theme: 'MENTAL_FUNCTIONS', status: 'ACHIEVED',
        readings: [
          { kind: 'BASELINE', value: 3, on: '2025-01-15' }, { kind: 'FOLLOW_UP', value: 4, on: '2025-04-10' }, { kind: 'FOLLOW_UP', value: 6, on: '2025-07-10' },
          { kind: 'BASELINE', value: 3, on: '2025-01-15', scale: 'VUM_0_4' }, { kind: 'FOLLOW_UP', value: 2, on: '2025-07-10', scale: 'VUM_0_4' },
        ],
      }],
    }),
    await insertCase(server.db, {
      ...p1,
      goals: [{
        theme: 'MENTAL_FUNCTIONS',
        readings: [
          { kind: 'BASELINE', value: 5, on: '2025-01-15' },
          { kind: 'FOLLOW_UP', value: 5, on: '2025-06-01', createdAt: '2025-06-01T12:00:00.000Z' },
          { kind: 'FOLLOW_UP', value: 4, on: '2025-06-01', createdAt: '2025-06-01T09:00:00.000Z' },
        ],
      }],
    }),
    await insertCase(server.db, { ...p1, goals: [measuredGoal(7, 6, { goalType: 'MAINTAIN', on: '2025-05-01' })] }),
    await insertCase(server.db, { ...p1, goals: [measuredGoal(2, 4, { theme: 'PRACTICAL_TASKS', on: '2025-08-01' })] }),
    await insertCase(server.db, { ...p1, goals: [{ theme: 'PRACTICAL_TASKS', readings: [{ kind: 'BASELINE', value: 4, on: '2025-01-15' }] }] }),
    await insertCase(server.db, { ...p1, goals: [{ theme: 'MENTAL_FUNCTIONS' }, measuredGoal(6, 5, { theme: 'RELATIONS', goalType: 'LIMIT_LOSS', on: '2025-07-20' })] }),
  ];
  await insertCase(server.db, { ...p1, status: 'DRAFT', goals: [measuredGoal(1, 9)] });
  const baselines = [2, 3, 4, 5, 6];
  const latest = [3, 3, 6, 4, 8];
  for (let i = 0; i < 5; i++) {
    await insertCase(server.db, { authority: a.authority, provider: p2, staff, serviceType: 'SEL_85', goals: [measuredGoal(baselines[i], latest[i], { on: '2025-10-15' })] });
  }
  await insertCases(server.db, 5, { authority: b.authority, provider: a.provider, staff, goals: [measuredGoal(1, 10, { on: '2025-09-01' })] });
  return { a, b, p2, citizenIds: cases.map((c) => c.citizenId) };
}

const P1_NUMBERS = { citizens: 6, goals: 7, goalsAchieved: 1, goalsMeasured: 5, meanBaseline: 4.6, meanLatest: 5.2, meanChange: 0.6, improved: 2, unchanged: 1, declined: 2 };
const P2_NUMBERS = { citizens: 5, goals: 5, goalsAchieved: 0, goalsMeasured: 5, meanBaseline: 4, meanLatest: 4.8, meanChange: 0.8, improved: 3, unchanged: 1, declined: 1 };
const A_TOTAL = { citizens: 11, goals: 12, goalsAchieved: 1, goalsMeasured: 10, meanBaseline: 4.3, meanLatest: 5, meanChange: 0.7, improved: 5, unchanged: 2, declined: 3 };
const B_AT_P1 = { citizens: 5, goals: 5, goalsAchieved: 0, goalsMeasured: 5, meanBaseline: 1, meanLatest: 10, meanChange: 9, improved: 5, unchanged: 0, declined: 0 };

/**
 * A dataset where every dimension has two values of 5 citizens each: X = P1, SEL_108, MENTAL, DEVELOP, 3 -> 6 read
 * in 2025-Q1; Y = P2, SEL_85, PRACTICAL, MAINTAIN, 5 -> 5 read in 2025-Q2.
 */
async function twoByFive(server: TestServer): Promise<{ t: Tenant; p2: Organization }> {
  const t = await buildTenant(server);
  const p2 = await buildOrganization(server.db, 'PROVIDER');
  const staff = t.users.providerStaff;
  await insertCases(server.db, 5, { authority: t.authority, provider: t.provider, staff, serviceType: 'SEL_108', goals: [measuredGoal(3, 6, { on: '2025-02-10' })] });
  await insertCases(server.db, 5, {
    authority: t.authority, provider: p2, staff, serviceType: 'SEL_85', goals: [measuredGoal(5, 5, { theme: 'PRACTICAL_TASKS', goalType: 'MAINTAIN', on: '2025-05-10' })],
  });
  return { t, p2 };
}
const X_NUMBERS = { citizens: 5, goals: 5, goalsMeasured: 5, meanBaseline: 3, meanLatest: 6, meanChange: 3, improved: 5, unchanged: 0, declined: 0 };
const Y_NUMBERS = { citizens: 5, goals: 5, goalsMeasured: 5, meanBaseline: 5, meanLatest: 5, meanChange: 0, improved: 0, unchanged: 5, declined: 0 };

describe('progression over HTTP', () => {
  let server: TestServer;
  let s: Scenario;
  beforeAll(async () => {
    server = await startTestServer();
    s = await scenario(server);
  });
  afterAll(() => server.close());

  async function report(token: string, groupBy: string[], filter?: Record<string, unknown>): Promise<Report> {
    const response = await server.gql(token, REPORT, { groupBy, filter });
    expect(response.errors).toBeUndefined();
    return response.data?.progression as Report;
  }

  describe('arithmetic', () => {
    it('counts each goal once, its baseline against its latest follow-up, and the means over measured goals only', async () => {
      const r = await report(s.a.tokens.manager, ['PROVIDER']);
      expect(r.groups.map((g) => g.provider.id)).toEqual([orgId(s.a.provider), orgId(s.p2)].sort((x, y) => (Buffer.from(x, 'base64url') < Buffer.from(y, 'base64url') ? -1 : 1)));
      const p1 = r.groups.find((g) => g.provider.id === orgId(s.a.provider))!;
      const p2 = r.groups.find((g) => g.provider.id === orgId(s.p2))!;
      expectNumbers(p1, P1_NUMBERS);
      expectNumbers(p2, P2_NUMBERS);
      expectNumbers(r.total, A_TOTAL);
      expect(p1).toMatchObject({ authority: null, lifeTheme: null, serviceType: null, goalType: null, quarter: null });
      expect(r).toMatchObject({ groupBy: ['PROVIDER'], scale: 'ONE_TO_TEN', higherIsBetter: true, minimumCitizens: 5, from: null, to: null });
    });

    it('with an empty groupBy gives one group, the total', async () => {
      const r = await report(s.a.tokens.manager, []);
      expect(r.groups).toHaveLength(1);
      expect(r.groups[0]).toEqual(expect.objectContaining({ authority: null, provider: null, lifeTheme: null, quarter: null }));
      expectNumbers(r.groups[0], A_TOTAL);
      expectNumbers(r.total, A_TOTAL);
    });

    it('compares readings on the chosen scale only; on VUM 0-4 a falling value is an improvement', async () => {
      const r = await report(s.a.tokens.manager, [], { scale: 'VUM_0_4' });
      expect(r).toMatchObject({ scale: 'VUM_0_4', higherIsBetter: false });
      expectNumbers(r.total, { citizens: 11, goals: 12, goalsAchieved: 1, goalsMeasured: 1, meanBaseline: 3, meanLatest: 2, meanChange: -1, improved: 1, unchanged: 0, declined: 0 });
    });

    it('leaves draft contracts out', async () => {
      const r = await report(s.a.tokens.manager, []);
      expect(r.total.goals).toBe(12);
    });
  });

  describe('dimensions', () => {
    let d: { t: Tenant; p2: Organization };
    beforeAll(async () => {
      d = await twoByFive(server);
    });

    it.each([
      ['PROVIDER', (g: Group) => g.provider?.id, () => [orgId(d.t.provider), orgId(d.p2)]],
      ['LIFE_THEME', (g: Group) => g.lifeTheme?.key, () => ['MENTAL_FUNCTIONS', 'PRACTICAL_TASKS']],
      ['SERVICE_TYPE', (g: Group) => g.serviceType, () => ['SEL_108', 'SEL_85']],
      ['GOAL_TYPE', (g: Group) => g.goalType, () => ['DEVELOP', 'MAINTAIN']],
      ['QUARTER', (g: Group) => g.quarter, () => ['2025-Q1', '2025-Q2']],
    ])('groups by %s with the value set on each group', async (dimension, valueIn, values) => {
      const r = await report(d.t.tokens.manager, [dimension as string]);
      expect(r.groups).toHaveLength(2);
      const [x, y] = values();
      expectNumbers(r.groups.find((g) => valueIn(g) === x)!, X_NUMBERS);
      expectNumbers(r.groups.find((g) => valueIn(g) === y)!, Y_NUMBERS);
      expectNumbers(r.total, { ...X_NUMBERS, citizens: 10, goals: 10, goalsMeasured: 10, meanBaseline: 4, meanLatest: 5.5, meanChange: 1.5, improved: 5, unchanged: 5 });
    });

    it('groups by AUTHORITY (one group for an authority) and names the life theme', async () => {
      const r = await report(d.t.tokens.manager, ['AUTHORITY', 'LIFE_THEME']);
      expect(r.groups.map((g) => [g.authority.id, g.authority.name, g.lifeTheme.key, g.lifeTheme.name, g.lifeThemeKey])).toEqual([
        [orgId(d.t.authority), d.t.authority.name, 'MENTAL_FUNCTIONS', 'Mentale funktioner', 'MENTAL_FUNCTIONS'],
        [orgId(d.t.authority), d.t.authority.name, 'PRACTICAL_TASKS', 'Praktiske opgaver', 'PRACTICAL_TASKS'],
      ]);
    });

    it('groups by several dimensions, keeping only combinations that occur, in the order asked', async () => {
      const r = await report(d.t.tokens.manager, ['QUARTER', 'PROVIDER', 'GOAL_TYPE']);
      expect(r.groupBy).toEqual(['QUARTER', 'PROVIDER', 'GOAL_TYPE']);
      expect(r.groups.map((g) => [g.quarter, g.provider.id, g.goalType])).toEqual([
        ['2025-Q1', orgId(d.t.provider), 'DEVELOP'],
        ['2025-Q2', orgId(d.p2), 'MAINTAIN'],
      ]);
    });

    it('filters by provider, life themes, service types and a date range widened to whole quarters', async () => {
      const token = d.t.tokens.manager;
      expectNumbers((await report(token, [], { provider: orgId(d.p2) })).total, Y_NUMBERS);
      expectNumbers((await report(token, [], { lifeThemes: ['MENTAL_FUNCTIONS'] })).total, X_NUMBERS);
      expectNumbers((await report(token, [], { serviceTypes: ['SEL_85', 'SEL_85'] })).total, Y_NUMBERS);
      expectNumbers((await report(token, [], { authority: orgId(d.t.authority) })).total, { citizens: 10 });
      const ranged = await report(token, ['QUARTER'], { from: '2025-02-20', to: '2025-03-01' });
      expect(ranged).toMatchObject({ from: '2025-01-01', to: '2025-03-31' });
      expect(ranged.groups.map((g) => g.quarter)).toEqual(['2025-Q1']);
      expectNumbers(ranged.total, X_NUMBERS);
      expectNumbers((await report(token, [], { from: '2025-04-01' })).total, Y_NUMBERS);
      expectNumbers((await report(token, [], { to: '2025-03-31', lifeThemes: ['MENTAL_FUNCTIONS', 'PRACTICAL_TASKS'] })).total, X_NUMBERS);
    });

    it('matches nothing for another organisation, an unknown theme or a malformed ID', async () => {
      const token = d.t.tokens.manager;
      for (const filter of [{ authority: orgId(s.a.authority) }, { provider: orgId(s.p2) }, { provider: 'garbage' }, { provider: toGlobalId('Citizen', d.t.provider.rowId) }, { lifeThemes: ['NO_SUCH_THEME'] }]) {
        const r = await report(token, ['PROVIDER'], filter);
        expect(r.groups, JSON.stringify(filter)).toEqual([]);
        expect(r.total, JSON.stringify(filter)).toMatchObject({ suppressed: false, citizens: 0, goals: 0, goalsMeasured: 0, meanChange: null, improved: 0 });
      }
    });
  });

  describe('suppression', () => {
    it('hides groups of fewer than 5 citizens, and enough others that the hidden ones cannot be subtracted from the total', async () => {
      // MENTAL has 9 citizens, PRACTICAL 2, RELATIONS 1: the two small ones together are 3, so MENTAL is hidden too.
      const themes = await report(s.a.tokens.manager, ['LIFE_THEME']);
      expect(themes.groups.map((g) => [g.lifeThemeKey, g.suppressed])).toEqual([
        ['MENTAL_FUNCTIONS', true],
        ['PRACTICAL_TASKS', true],
        ['RELATIONS', true],
      ]);
      for (const group of themes.groups) expect(group).toMatchObject(HIDDEN);
      expectNumbers(themes.total, A_TOTAL);
      // Quarters: 2025-Q1 has 1 citizen, Q2 2, Q3 3, none (unmeasured) 1: together 7, so Q4 (P2's five) stays shown.
      const quarters = await report(s.a.tokens.manager, ['QUARTER']);
      expect(quarters.groups.map((g) => [g.quarter, g.suppressed])).toEqual([
        ['2025-Q1', true],
        ['2025-Q2', true],
        ['2025-Q3', true],
        ['2025-Q4', false],
        [null, true],
      ]);
      expectNumbers(quarters.groups[3], P2_NUMBERS);
    });

    it('hides the total too when the whole report covers fewer than 5 citizens', async () => {
      const small = await buildTenant(server);
      await insertCases(server.db, 4, { authority: small.authority, provider: small.provider, staff: small.users.providerStaff, goals: [measuredGoal(2, 8)] });
      const r = await report(small.tokens.manager, ['PROVIDER']);
      expect(r.total).toMatchObject(HIDDEN);
      expect(r.groups).toEqual([expect.objectContaining({ ...HIDDEN, provider: expect.objectContaining({ id: orgId(small.provider) }) })]);
      expect((await report(small.tokens.manager, [])).groups[0]).toMatchObject(HIDDEN);
    });

    it('cannot be bypassed by differencing a filtered report against the unfiltered one', async () => {
      // Unfiltered, P1 shows 6 citizens; filtered to every theme but RELATIONS, the difference would be c6's
      // RELATIONS goal alone. So the filtered P1 is hidden (its RELATIONS cell has 1 citizen), P2 with it (one
      // hidden group could be subtracted from the total), and the filtered total as well.
      const unfiltered = await report(s.a.tokens.manager, ['PROVIDER']);
      expect(unfiltered.groups.every((g) => !g.suppressed)).toBe(true);
      const filtered = await report(s.a.tokens.manager, ['PROVIDER'], { lifeThemes: ['MENTAL_FUNCTIONS', 'PRACTICAL_TASKS'] });
      expect(filtered.groups.map((g) => g.suppressed)).toEqual([true, true]);
      expect(filtered.total).toMatchObject(HIDDEN);
      const byRange = await report(s.a.tokens.manager, [], { from: '2025-04-01', to: '2025-12-31' });
      expect(byRange.total).toMatchObject(HIDDEN);
    });

    it('shows a filtered report when no cell it leaves out or takes in is small', async () => {
      const d = await twoByFive(server);
      const r = await report(d.t.tokens.manager, ['PROVIDER'], { lifeThemes: ['MENTAL_FUNCTIONS'] });
      expect(r.groups).toHaveLength(1);
      expectNumbers(r.groups[0], X_NUMBERS);
      expectNumbers(r.total, X_NUMBERS);
    });
  });

  describe('who sees what', () => {
    it("gives the authority's caseworker and admin the manager's numbers, of the authority's contracts only", async () => {
      const manager = await report(s.a.tokens.manager, ['PROVIDER', 'SERVICE_TYPE']);
      expect(await report(s.a.tokens.caseworker, ['PROVIDER', 'SERVICE_TYPE'])).toEqual(manager);
      expect(await report(s.a.tokens.authorityAdmin, ['PROVIDER', 'SERVICE_TYPE'])).toEqual(manager);
      // B's five citizens at P1 are not in A's P1 group.
      expectNumbers(manager.groups.find((g) => g.provider.id === orgId(s.a.provider))!, P1_NUMBERS);
    });

    it("gives a provider's manager and staff their provider's contracts from every authority, and nothing of other providers", async () => {
      const r = await report(s.a.tokens.providerManager, ['AUTHORITY']);
      expect(r.groups.map((g) => g.authority.id).sort()).toEqual([orgId(s.a.authority), orgId(s.b.authority)].sort());
      expectNumbers(r.groups.find((g) => g.authority.id === orgId(s.b.authority))!, B_AT_P1);
      expectNumbers(r.groups.find((g) => g.authority.id === orgId(s.a.authority))!, P1_NUMBERS);
      expect(r.total.citizens).toBe(11);
      expect(await report(s.a.tokens.providerStaff, ['AUTHORITY'])).toEqual(r);
    });

    it("never includes another authority's numbers", async () => {
      const r = await report(s.b.tokens.manager, ['PROVIDER']);
      expect(r.groups).toHaveLength(1);
      expect(r.groups[0].provider.id).toBe(orgId(s.a.provider));
      expectNumbers(r.groups[0], B_AT_P1);
      expectNumbers(r.total, B_AT_P1);
    });

    it('gives managers aggregates only: no names or CPR numbers in the report, and still no access to citizens or contracts', async () => {
      const response = await server.gql(s.a.tokens.manager, REPORT, { groupBy: ['PROVIDER', 'LIFE_THEME', 'QUARTER'] });
      expect(JSON.stringify(response.data)).not.toMatch(/\d{6}-\d{4}|Borger Testesen/);
      const citizenId = toGlobalId('Citizen', s.citizenIds[0]);
      const reads = await server.gql(s.a.tokens.manager, `query($id: ID!) { citizens(first: 5) { totalCount edges { node { name cpr } } } contracts(first: 5) { totalCount } citizen(id: $id) { name cpr } }`, { id: citizenId });
      expect(reads.errors).toBeUndefined();
      expect(reads.data).toEqual({ citizens: { totalCount: 0, edges: [] }, contracts: { totalCount: 0 }, citizen: null });
      // The report types have no field that could carry a person.
      const types = await server.gql(s.a.tokens.manager, `{ g: __type(name: "ProgressionGroup") { fields { name } } r: __type(name: "ProgressionReport") { fields { name } } }`);
      const names = [...(types.data?.g.fields ?? []), ...(types.data?.r.fields ?? [])].map((f: { name: string }) => f.name);
      expect(names).toContain('meanChange');
      expect(names.filter((n) => /cpr|name|citizen(?!s$)|contract/i.test(n))).toEqual([]);
    });

    it('answers 401 without a token', async () => {
      const response = await server.gql(null, REPORT, { groupBy: [] });
      expect(response.status).toBe(401);
    });
  });

  describe('bad input', () => {
    it('rejects an unknown dimension with 400, as a literal or a variable', async () => {
      const literal = await server.gql(s.a.tokens.manager, '{ progression(groupBy: [PROVIDER, NOPE]) { total { citizens } } }');
      expect(literal.status).toBe(400);
      expect(literal.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const variable = await server.gql(s.a.tokens.manager, REPORT, { groupBy: ['NOPE'] });
      expect(variable.status).toBe(400);
      expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('rejects a missing groupBy, an impossible date and an unknown scale with 400', async () => {
      expect((await server.gql(s.a.tokens.manager, '{ progression { total { citizens } } }')).status).toBe(400);
      expect((await server.gql(s.a.tokens.manager, REPORT, { groupBy: [], filter: { from: '2025-02-30' } })).status).toBe(400);
      expect((await server.gql(s.a.tokens.manager, REPORT, { groupBy: [], filter: { scale: 'ONE_TO_FIVE' } })).status).toBe(400);
    });

    it('rejects a range that ends before it starts, and too many themes, with BAD_USER_INPUT', async () => {
      const backwards = await server.gql(s.a.tokens.manager, REPORT, { groupBy: [], filter: { from: '2025-09-01', to: '2025-03-01' } });
      expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(backwards.errors?.[0].message).toMatch(/from/);
      const many = await server.gql(s.a.tokens.manager, REPORT, { groupBy: [], filter: { lifeThemes: Array.from({ length: 51 }, (_, i) => `THEME_${i}`) } });
      expect(many.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('takes a dimension named twice once', async () => {
      const r = await report(s.a.tokens.manager, ['PROVIDER', 'PROVIDER']);
      expect(r.groupBy).toEqual(['PROVIDER']);
      expect(r.groups).toHaveLength(2);
    });
  });
});
