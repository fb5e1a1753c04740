import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowInstant } from '../../db/columns.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { Contract } from '../contracts/contract.entity.js';
import { createContract, noteInput, scheduleMeeting, SUBMIT, today, type ContractFixture, type MeetingFixture } from '../follow-ups/follow-up.fixtures.js';
import { Order, OrderStatus } from '../orders/order.entity.js';

const DEADLINES = `query($filter: DeadlineFilter) { deadlines(filter: $filter) {
  kind dueDate overdue description contract { id } meeting { id } goal { id } order { id }
} }`;

interface DeadlineRow {
  kind: string;
  dueDate: string;
  overdue: boolean;
  description: string;
  contract: { id: string } | null;
  meeting: { id: string } | null;
  goal: { id: string } | null;
  order: { id: string } | null;
}

// Dates a few years ahead so that meetings can still be called; the list is reckoned from an injected "today".
const Y = Number(today().slice(0, 4)) + 5;
const TODAY = `${Y}-05-10`;

interface Scenario {
  tenant: Tenant;
  c1: ContractFixture;
  c2: ContractFixture;
  m1: MeetingFixture;
  orderId: string;
}

/**
 * c1 (residential) started 10 January: sub-goals due 10 April; a meeting on 30 June (planning from 5 May, status
 * due 16 June). c2 started the September before: sub-goals were due 1 December; its next follow-up on 1 September
 * has no meeting yet (planning from 7 July). An order awaits the provider's decision until 20 May. A draft
 * contract has no deadlines.
 */
async function scenario(server: TestServer, existing?: Tenant): Promise<Scenario> {
  const tenant = existing ?? (await buildTenant(server));
  const c1 = await createContract(server, tenant, { serviceType: 'SEL_108', startDate: `${Y}-01-10` });
  const m1 = await scheduleMeeting(server, tenant, c1.id, `${Y}-06-30T08:00:00Z`);
  const c2 = await createContract(server, tenant, { serviceType: 'SEL_108', startDate: `${Y - 1}-09-01` });
  await createContract(server, tenant, { serviceType: 'SEL_108', startDate: `${Y}-01-10`, draft: true });
  const contractRow = await server.db.getRepository(Contract).findOneByOrFail({ rowId: fromGlobalId(c1.id)!.id });
  const order = await server.db.getRepository(Order).save(
    Object.assign(new Order(), {
      rowId: newId(),
      version: 1,
      citizenId: contractRow.citizenId,
      authorityId: tenant.authority.rowId,
      providerId: tenant.provider.rowId,
      assessment: 'Faglig vurdering',
      services: ['SEL_85'],
      goals: [],
      status: OrderStatus.SENT,
      sentAt: nowInstant(),
      decideBy: `${Y}-05-20`,
      decidedAt: null,
      declineReason: null,
      decidedById: null,
      createdAt: nowInstant(),
    }),
  );
  return { tenant, c1, c2, m1, orderId: toGlobalId('Order', order.rowId) };
}

const brief = (d: DeadlineRow) => [d.kind, d.dueDate, d.overdue];

describe('deadlines over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const list = async (token: string, filter: Record<string, unknown>, headers?: Record<string, string>): Promise<DeadlineRow[]> => {
    const { data, errors } = await server.gql(token, DEADLINES, { filter }, headers);
    expect(errors).toBeUndefined();
    return data?.deadlines;
  };

  it('lists overdue and upcoming deadlines of the caseworker\'s authority by due date, with what they concern', async () => {
    const s = await scenario(server);
    const deadlines = await list(s.tenant.tokens.caseworker, { today: TODAY });
    expect(deadlines.map(brief)).toEqual([
      ['SUB_GOAL_APPROVAL', `${Y - 1}-12-01`, true],
      ['SUB_GOAL_APPROVAL', `${Y}-04-10`, true],
      ['MEETING_PLANNING', `${Y}-05-05`, true],
      ['ORDER_DECISION', `${Y}-05-20`, false],
      ['STATUS_NOTE', `${Y}-06-16`, false],
      ['MEETING', `${Y}-06-30`, false],
    ]);
    expect(deadlines[0]).toMatchObject({ contract: { id: s.c2.id }, goal: { id: s.c2.goalIds[0] }, meeting: null, order: null });
    expect(deadlines[1]).toMatchObject({ contract: { id: s.c1.id }, goal: { id: s.c1.goalIds[0] } });
    expect(deadlines[2]).toMatchObject({ contract: { id: s.c1.id }, meeting: { id: s.m1.id }, goal: null });
    expect(deadlines[3]).toMatchObject({
      order: { id: s.orderId },
      contract: null,
      description: `Bestillingen skal accepteres eller afvises senest 20. maj ${Y} (månedligt ledelsestilsyn).`,
    });
    // The text writes its dates as the reader does; the structured due date stays ISO.
    expect(deadlines[4]).toMatchObject({
      meeting: { id: s.m1.id },
      dueDate: `${Y}-06-16`,
      description: `Skriftlig status til opfølgningsmødet 30. jun. ${Y} skal afleveres senest 16. jun. ${Y}.`,
    });
    const english = await list(s.tenant.tokens.caseworker, { today: TODAY, kinds: ['STATUS_NOTE', 'SUB_GOAL_APPROVAL'] }, { 'accept-language': 'en' });
    expect(english.map((d) => [d.dueDate, d.description])).toEqual([
      [`${Y - 1}-12-01`, `Sub-goals for the goal "Jeg vil selv handle ind hver uge" must be approved by 1 Dec ${Y - 1}.`],
      [`${Y}-04-10`, `Sub-goals for the goal "Jeg vil selv handle ind hver uge" must be approved by 10 Apr ${Y}.`],
      [`${Y}-06-16`, `The status note for the follow-up meeting on 30 Jun ${Y} is due by 16 Jun ${Y}.`],
    ]);
  });

  it('shows the provider the same deadlines of its own contracts, and other organisations and managers none of them', async () => {
    const s = await scenario(server);
    const provider = await list(s.tenant.tokens.providerStaff, { today: TODAY });
    expect(provider.map(brief)).toEqual((await list(s.tenant.tokens.caseworker, { today: TODAY })).map(brief));
    const other = await buildTenant(server);
    expect(await list(other.tokens.caseworker, { today: TODAY })).toEqual([]);
    expect(await list(other.tokens.providerStaff, { today: TODAY })).toEqual([]);
    expect(await list(s.tenant.tokens.manager, { today: TODAY })).toEqual([]);
  });

  it('filters overdue only, by horizon and by kind', async () => {
    const s = await scenario(server);
    const token = s.tenant.tokens.caseworker;
    expect((await list(token, { today: TODAY, overdueOnly: true })).map(brief)).toEqual([
      ['SUB_GOAL_APPROVAL', `${Y - 1}-12-01`, true],
      ['SUB_GOAL_APPROVAL', `${Y}-04-10`, true],
      ['MEETING_PLANNING', `${Y}-05-05`, true],
    ]);
    expect((await list(token, { today: TODAY, withinDays: 14 })).map((d) => d.kind)).toEqual(['SUB_GOAL_APPROVAL', 'SUB_GOAL_APPROVAL', 'MEETING_PLANNING', 'ORDER_DECISION']);
    expect((await list(token, { today: TODAY, kinds: ['MEETING', 'STATUS_NOTE'] })).map((d) => d.kind)).toEqual(['STATUS_NOTE', 'MEETING']);
    // 60 days ahead reaches the planning of c2's next follow-up, for which no meeting has been called yet.
    const wider = await list(token, { today: TODAY, withinDays: 60, kinds: ['MEETING_PLANNING'] });
    expect(wider.map(brief)).toEqual([
      ['MEETING_PLANNING', `${Y}-05-05`, true],
      ['MEETING_PLANNING', `${Y}-07-07`, false],
    ]);
    expect(wider[1]).toMatchObject({ contract: { id: s.c2.id }, meeting: null });
    // Seen from later, the same deadlines are overdue.
    expect((await list(token, { today: `${Y}-07-01`, kinds: ['STATUS_NOTE', 'MEETING'] })).map(brief)).toEqual([
      ['STATUS_NOTE', `${Y}-06-16`, true],
      ['MEETING', `${Y}-06-30`, true],
    ]);
  });

  it('drops a deadline once it is met: an approved sub-goal, a submitted status note, a held meeting', async () => {
    const s = await scenario(server);
    const kinds = async () => (await list(s.tenant.tokens.caseworker, { today: TODAY })).map((d) => `${d.kind} ${d.dueDate}`);
    const proposed = await server.gql(
      s.tenant.tokens.providerStaff,
      'mutation($input: ProposeSubGoalInput!) { proposeSubGoal(input: $input) { subGoal { id version } userErrors { code } } }',
      { input: { goalId: s.c1.goalIds[0], title: 'Jeg laver en indkøbsseddel hver søndag' } },
    );
    const subGoal = proposed.data?.proposeSubGoal.subGoal;
    // Proposed is not enough: the authority must approve it.
    expect(await kinds()).toContain(`SUB_GOAL_APPROVAL ${Y}-04-10`);
    const decided = await server.gql(
      s.tenant.tokens.caseworker,
      'mutation($input: DecideSubGoalInput!) { decideSubGoal(input: $input) { userErrors { code } } }',
      { input: { id: subGoal.id, expectedVersion: subGoal.version, approval: 'APPROVED' } },
    );
    expect(decided.data?.decideSubGoal.userErrors).toEqual([]);
    expect(await kinds()).not.toContain(`SUB_GOAL_APPROVAL ${Y}-04-10`);

    const note = await server.gql(s.tenant.tokens.providerStaff, SUBMIT, { input: noteInput(s.m1.id) });
    expect(note.data?.submitStatusNote.userErrors).toEqual([]);
    expect(await kinds()).not.toContain(`STATUS_NOTE ${Y}-06-16`);
    expect(await kinds()).toContain(`MEETING ${Y}-06-30`);

    const held = await server.gql(
      s.tenant.tokens.caseworker,
      'mutation($input: CompleteFollowUpInput!) { completeFollowUp(input: $input) { userErrors { code field } } }',
      { input: { meetingId: s.m1.id, expectedVersion: s.m1.version, minutes: 'Referat', decision: 'CONTINUE', nextMeetingAt: `${Y + 2}-06-30T08:00:00Z` } },
    );
    expect(held.data?.completeFollowUp.userErrors).toEqual([]);
    expect(await kinds()).toEqual([`SUB_GOAL_APPROVAL ${Y - 1}-12-01`, `ORDER_DECISION ${Y}-05-20`]);
  });

  it('costs a fixed number of SQL queries whatever the number of contracts', async () => {
    const logger = server.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    let queries = 0;
    logger.logQuery = (query, parameters, runner) => {
      queries += 1;
      return logQuery(query, parameters, runner);
    };
    const count = async (token: string): Promise<{ queries: number; deadlines: number }> => {
      queries = 0;
      const deadlines = await list(token, { today: TODAY });
      return { queries, deadlines: deadlines.length };
    };
    try {
      const small = await scenario(server);
      const large = await scenario(server);
      await scenario(server, large.tenant);
      await scenario(server, large.tenant);
      const one = await count(small.tenant.tokens.caseworker);
      const three = await count(large.tenant.tokens.caseworker);
      expect(three.deadlines).toBe(3 * one.deadlines);
      expect(one.queries).toBeGreaterThanOrEqual(4);
      expect(three.queries).toBe(one.queries);
    } finally {
      logger.logQuery = logQuery;
    }
  });

  it('refuses a horizon outside 0-731 days and an impossible date as bad input', async () => {
    const tenant = await buildTenant(server);
    const negative = await server.gql(tenant.tokens.caseworker, DEADLINES, { filter: { withinDays: -1 } });
    expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await server.gql(tenant.tokens.caseworker, DEADLINES, { filter: { withinDays: 5000 } });
    expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await server.gql(tenant.tokens.caseworker, DEADLINES, { filter: { today: '2026-02-30' } });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
