import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContract, goalDraft } from '../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/*
 * Listing contracts with their goals, sub-goals and measurements costs a fixed number of SQL queries
 * whatever the page size: every related field goes through the request's DataLoaders.
 */

const CONTRACTS = 52;
const PAGE_SIZES = [5, 50];

/** Each related field on its own, so a failure names the field that costs a query per row. */
const FIELDS: Record<string, string> = {
  'citizen': 'citizen { id name cpr cprMasked }',
  'citizen.contracts/consents': 'citizen { contracts { id } consents { id } }',
  'authority': 'authority { id name kind }',
  'provider': 'provider { id name kind }',
  'order': 'order { id status }',
  'lifeThemes': 'lifeThemes { key code }',
  'versions': 'versions { number }',
  'statusNotes': 'statusNotes { id }',
  'followUpMeetings': 'followUpMeetings { id }',
  'changeNotices': 'changeNotices { id }',
  'goals': 'goals { id title lifeTheme { key } smart { complete missing } contract { id } }',
  'goals.subGoals': 'goals { subGoals { id title approval goal { id } } }',
  'goals.measurements': 'goals { measurements { id value kind scale measuredAt goal { id } } }',
  'goals.baseline/latest/change': 'goals { baseline { value } latest { value } change }',
};

const pageQuery = (selection: string) => `query($first: Int!) {
  contracts(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status ${selection} } } }
}`;

describe('SQL queries per page of contracts (DataLoader)', () => {
  let server: TestServer;
  let tenant: Tenant;
  let counting = false;
  let queries: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    const logger = server.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (counting) queries.push(query);
      return logQuery(query, parameters, runner);
    };
    const propose = 'mutation($i: ProposeSubGoalInput!) { proposeSubGoal(input: $i) { userErrors { code } } }';
    const measure = 'mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { userErrors { code } } }';
    const buildOne = async () => {
      const contract = await createContract(server, tenant, {
        serviceType: 'SEL_85',
        startDate: '2026-09-01',
        goals: [goalDraft(), goalDraft({ lifeThemeKey: 'MENTAL_FUNCTIONS', goalType: 'MAINTAIN' })],
      });
      for (const goal of contract.goals as { id: string }[]) {
        const steps = [
          server.gql(tenant.tokens.providerStaff, propose, { i: { goalId: goal.id, title: 'Laver en indkøbsliste hver søndag' } }),
          server.gql(tenant.tokens.providerStaff, measure, { i: { goalId: goal.id, scale: 'ONE_TO_TEN', value: 3, measuredAt: '2026-09-15', kind: 'BASELINE' } }),
        ];
        for (const response of await Promise.all(steps)) expect(Object.values(response.data ?? {})[0]).toEqual({ userErrors: [] });
        const followUp = await server.gql(tenant.tokens.providerStaff, measure, { i: { goalId: goal.id, scale: 'ONE_TO_TEN', value: 6, measuredAt: '2026-11-01', kind: 'FOLLOW_UP' } });
        expect(followUp.data?.recordMeasurement).toEqual({ userErrors: [] });
      }
    };
    for (let built = 0; built < CONTRACTS; built += 4) await Promise.all([buildOne(), buildOne(), buildOne(), buildOne()]);
  }, 180_000);
  afterAll(() => server.close());

  async function countQueries(selection: string, first: number, token = tenant.tokens.caseworker): Promise<{ count: number; edges: number; queries: string[] }> {
    queries = [];
    counting = true;
    const response = await server.gql(token, pageQuery(selection), { first });
    counting = false;
    expect(response.errors, selection).toBeUndefined();
    return { count: queries.length, edges: response.data?.contracts.edges.length, queries };
  }

  for (const viewer of ['caseworker', 'providerStaff'] as const) {
    it(`reads the whole tree for 5 and for 50 contracts with the same, fixed number of queries (${viewer})`, async () => {
      const all = Object.values(FIELDS).join('\n');
      const counts: number[] = [];
      for (const first of PAGE_SIZES) {
        const { count, edges } = await countQueries(all, first, tenant.tokens[viewer]);
        expect(edges).toBe(first);
        counts.push(count);
      }
      console.info(`SQL queries (${viewer}) for a page of contracts with every related field: ${PAGE_SIZES.map((size, i) => `${size} -> ${counts[i]}`).join(', ')}`);
      // The hook sees the queries: at least authentication, the count and the page itself.
      expect(counts[0]).toBeGreaterThanOrEqual(4);
      expect(new Set(counts).size, `query counts differ by page size: ${counts.join(' vs ')}`).toBe(1);
    });
  }

  it('costs no query per row for any single related field', async () => {
    const perRow: string[] = [];
    for (const [name, selection] of Object.entries(FIELDS)) {
      const small = await countQueries(selection, PAGE_SIZES[0]);
      const big = await countQueries(selection, PAGE_SIZES[1]);
      if (small.count !== big.count) {
        const repeated = big.queries.filter((query, index) => big.queries.indexOf(query) !== index);
        perRow.push(`${name}: ${small.count} queries for ${PAGE_SIZES[0]} contracts, ${big.count} for ${PAGE_SIZES[1]}; repeated: ${[...new Set(repeated)].join(' | ').slice(0, 400)}`);
      }
    }
    expect(perRow, `N+1 in:\n${perRow.join('\n')}`).toEqual([]);
  });

  it('the page really holds the goals, sub-goals and measurements it counts', async () => {
    const { data } = await server.gql(tenant.tokens.caseworker, pageQuery(FIELDS['goals.subGoals'] + FIELDS['goals.measurements'] + FIELDS['goals.baseline/latest/change']), { first: 50 });
    const goals = data?.contracts.edges.flatMap((edge: { node: { goals: unknown[] } }) => edge.node.goals) as { subGoals: unknown[]; measurements: unknown[]; baseline: { value: number }; latest: { value: number }; change: number }[];
    expect(data?.contracts.totalCount).toBe(CONTRACTS);
    expect(goals).toHaveLength(100);
    for (const goal of goals) {
      expect(goal.subGoals).toHaveLength(1);
      expect(goal.measurements).toHaveLength(2);
      expect(goal).toMatchObject({ baseline: { value: 3 }, latest: { value: 6 }, change: 3 });
    }
  });

  it('counts the matching rows only when the client asks for totalCount, and then once', async () => {
    const countStatements = async (query: string) => {
      queries = [];
      counting = true;
      const response = await server.gql(tenant.tokens.caseworker, query, { first: 3 });
      counting = false;
      expect(response.errors).toBeUndefined();
      return { counts: queries.filter((statement) => /COUNT\(/i.test(statement) && /FROM "contract"/.test(statement)).length, data: response.data };
    };
    const without = await countStatements('query($first: Int!) { contracts(first: $first) { edges { cursor node { id } } } }');
    expect(without.counts).toBe(0);
    expect(without.data?.contracts.edges).toHaveLength(3);
    const withCount = await countStatements('query($first: Int!) { contracts(first: $first) { totalCount n: totalCount edges { node { id } } } }');
    expect(withCount.counts).toBe(1);
    expect(withCount.data?.contracts).toMatchObject({ totalCount: CONTRACTS, n: CONTRACTS });
  });
});
