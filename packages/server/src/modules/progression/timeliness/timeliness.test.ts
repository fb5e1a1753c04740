import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../graphql/global-id.js';
import { buildTenant, type Tenant } from '../../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../../test-support/test-server.js';
import { insertCase, insertMeeting, insertSubGoal } from '../progression.fixtures.js';

const SHARE = 'suppressed citizens onTime total late share';
const REPORT = `query($groupBy: [TimelinessDimension!]!, $filter: TimelinessFilter) { timeliness(groupBy: $groupBy, filter: $filter) {
  groupBy today
  total { statusNotes { ${SHARE} } subGoalApprovals { ${SHARE} } meetings { ${SHARE} } }
  groups { authority { id } provider { id } serviceType quarter statusNotes { ${SHARE} } subGoalApprovals { ${SHARE} } meetings { ${SHARE} } }
  lateStatusNotes(first: 10) { totalCount edges { node { id statusNote { onTime } } } }
  lateSubGoalApprovals(first: 10) { totalCount edges { node { id } } }
  lateMeetings(first: 10) { totalCount edges { node { id } } }
} }`;
const TODAY = '2025-12-01';

/**
 * Authority A (tenant t) with provider P1, "today" 2025-12-01. Contracts k1-k5 start 2025-01-10, so their
 * sub-goals are due 2025-04-10, and each has a meeting on 2025-06-15 (status note due 2025-06-01):
 *   k1: approved 2025-03-01 (on time); meeting held that day; note 2025-05-20 (on time)
 *   k2: approved 2025-04-10, the last day; meeting held 2025-06-20 (late); note 2025-06-05 (late)
 *   k3: approved 2025-05-01 (late); meeting not held (late); no note (late)
 *   k4: proposed only (late); meeting held 2025-06-14 (early); note on the due day
 *   k5: two goals, one approved on time, one late (late); meeting held that day; note 2025-05-01
 * k6 starts 2025-11-01: sub-goals due 2026-02-01, nothing yet: not counted; its meeting 2026-03-01 neither.
 * k7 starts 2025-10-01, approved 2025-10-20: counted (met early); its meeting on 2025-12-10 is ahead, but the
 *   status note was due 2025-11-26 and is missing: late.
 */
interface Scenario {
  t: Tenant;
  meetings: string[];
  contracts: string[];
}

async function scenario(server: TestServer): Promise<Scenario> {
  const t = await buildTenant(server);
  const staff = t.users.providerStaff;
  const caseworker = t.users.caseworker;
  const spec = { authority: t.authority, provider: t.provider, staff };
  const ks = [];
  for (let i = 0; i < 5; i++) ks.push(await insertCase(server.db, { ...spec, start: '2025-01-10', goals: i === 4 ? [{}, {}] : [{}] }));
  const k6 = await insertCase(server.db, { ...spec, start: '2025-11-01', goals: [{}] });
  const k7 = await insertCase(server.db, { ...spec, start: '2025-10-01', goals: [{}] });
  const approve = (goalId: string, decidedOn: string) => insertSubGoal(server.db, { goalId, staff, caseworker, approval: 'APPROVED', decidedOn });
  await approve(ks[0].goalIds[0], '2025-03-01');
  await approve(ks[1].goalIds[0], '2025-04-10');
  await insertSubGoal(server.db, { goalId: ks[2].goalIds[0], staff, caseworker, approval: 'REJECTED', decidedOn: '2025-03-01' });
  await approve(ks[2].goalIds[0], '2025-05-01');
  await insertSubGoal(server.db, { goalId: ks[3].goalIds[0], staff, caseworker, approval: 'PROPOSED' });
  await approve(ks[4].goalIds[0], '2025-04-01');
  await approve(ks[4].goalIds[1], '2025-04-11');
  await approve(k7.goalIds[0], '2025-10-20');
  const plan: [string | null, string | null][] = [
    ['2025-06-15', '2025-05-20'],
    ['2025-06-20', '2025-06-05'],
    [null, null],
    ['2025-06-14', '2025-06-01'],
    ['2025-06-15', '2025-05-01'],
  ];
  const meetings = [];
  for (const [i, [heldOn, noteOn]] of plan.entries()) {
    meetings.push((await insertMeeting(server.db, { contractId: ks[i].contractId, on: '2025-06-15', heldOn, noteOn, staff })).rowId);
  }
  meetings.push((await insertMeeting(server.db, { contractId: k6.contractId, on: '2026-03-01', staff })).rowId);
  meetings.push((await insertMeeting(server.db, { contractId: k7.contractId, on: '2025-12-10', staff })).rowId);
  return { t, meetings, contracts: [...ks, k6, k7].map((k) => k.contractId) };
}

const meetingId = (rowId: string) => toGlobalId('FollowUpMeeting', rowId);
const contractId = (rowId: string) => toGlobalId('Contract', rowId);
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id).sort();

describe('timeliness over HTTP', () => {
  let server: TestServer;
  let s: Scenario;
  beforeAll(async () => {
    server = await startTestServer();
    s = await scenario(server);
  });
  afterAll(() => server.close());

  async function report(token: string, groupBy: string[], filter: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const response = await server.gql(token, REPORT, { groupBy, filter: { today: TODAY, ...filter } });
    expect(response.errors).toBeUndefined();
    return response.data?.timeliness;
  }

  it('gives each share with its numerator and denominator', async () => {
    const r = await report(s.t.tokens.manager, []);
    expect(r.today).toBe(TODAY);
    expect(r.total.statusNotes).toEqual({ suppressed: false, citizens: 6, onTime: 3, total: 6, late: 3, share: 0.5 });
    expect(r.total.subGoalApprovals).toEqual({ suppressed: false, citizens: 6, onTime: 3, total: 6, late: 3, share: 0.5 });
    expect(r.total.meetings).toEqual({ suppressed: false, citizens: 5, onTime: 3, total: 5, late: 2, share: 0.6 });
    expect(r.groups).toEqual([expect.objectContaining({ statusNotes: r.total.statusNotes, quarter: null, provider: null })]);
  });

  it('lists the late items behind each share for the caseworker and the provider, in their own cases', async () => {
    for (const token of [s.t.tokens.caseworker, s.t.tokens.providerStaff, s.t.tokens.providerManager]) {
      const r = await report(token, []);
      expect(r.lateStatusNotes.totalCount).toBe(3);
      expect(ids(r.lateStatusNotes)).toEqual([s.meetings[1], s.meetings[2], s.meetings[6]].map(meetingId).sort());
      const notes = Object.fromEntries(r.lateStatusNotes.edges.map((e: any) => [e.node.id, e.node.statusNote]));
      expect(notes[meetingId(s.meetings[1])]).toEqual({ onTime: false });
      expect(notes[meetingId(s.meetings[2])]).toBeNull();
      expect(ids(r.lateSubGoalApprovals)).toEqual([s.contracts[2], s.contracts[3], s.contracts[4]].map(contractId).sort());
      expect(ids(r.lateMeetings)).toEqual([s.meetings[1], s.meetings[2]].map(meetingId).sort());
      expect(r.lateMeetings.totalCount).toBe(r.total.meetings.late);
    }
  });

  it('gives managers the shares only, and other organisations nothing of these cases', async () => {
    const manager = await report(s.t.tokens.manager, []);
    expect(manager).toMatchObject({ lateStatusNotes: null, lateSubGoalApprovals: null, lateMeetings: null });
    const other = await buildTenant(server);
    for (const token of [other.tokens.caseworker, other.tokens.manager, other.tokens.providerStaff]) {
      const r = await report(token, []);
      expect(r.total.statusNotes).toEqual({ suppressed: false, citizens: 0, onTime: 0, total: 0, late: 0, share: null });
      expect(r.total.meetings.total).toBe(0);
      expect(r.lateMeetings?.totalCount ?? 0).toBe(0);
    }
  });

  it('groups by quarter of the deadline, by provider and by authority, hiding shares of fewer than 5 citizens', async () => {
    const quarters = await report(s.t.tokens.caseworker, ['QUARTER']);
    // k7's sub-goals were due 2026-01-01 and met early, so that quarter has a group too.
    expect(quarters.groups.map((g: any) => g.quarter)).toEqual(['2025-Q2', '2025-Q4', '2026-Q1']);
    const [q2, q4, q1] = quarters.groups;
    expect(q1.subGoalApprovals.suppressed).toBe(true);
    expect(q2.statusNotes).toEqual({ suppressed: false, citizens: 5, onTime: 3, total: 5, late: 2, share: 0.6 });
    expect(q2.subGoalApprovals).toEqual({ suppressed: false, citizens: 5, onTime: 2, total: 5, late: 3, share: 0.4 });
    expect(q4.statusNotes).toEqual({ suppressed: true, citizens: null, onTime: null, total: null, late: null, share: null });
    expect(q4.meetings).toEqual({ suppressed: false, citizens: 0, onTime: 0, total: 0, late: 0, share: null });
    const byProvider = await report(s.t.tokens.caseworker, ['PROVIDER', 'AUTHORITY', 'SERVICE_TYPE']);
    expect(byProvider.groups).toHaveLength(1);
    expect(byProvider.groups[0]).toMatchObject({ provider: { id: toGlobalId('Organization', s.t.provider.rowId) }, authority: { id: toGlobalId('Organization', s.t.authority.rowId) }, serviceType: 'SEL_108' });
    expect(byProvider.groups[0].statusNotes).toEqual(byProvider.total.statusNotes);
  });

  it('filters by the due date, and the lists follow the filter', async () => {
    const june = await report(s.t.tokens.caseworker, [], { from: '2025-06-01', to: '2025-06-30' });
    expect(june.total.statusNotes).toMatchObject({ onTime: 3, total: 5 });
    expect(june.total.meetings).toMatchObject({ onTime: 3, total: 5 });
    expect(june.total.subGoalApprovals).toMatchObject({ citizens: 0, total: 0 });
    expect(june.lateStatusNotes.totalCount).toBe(2);
    const other = await report(s.t.tokens.caseworker, [], { serviceTypes: ['SEL_85'] });
    expect(other.total.meetings.total).toBe(0);
    expect(other.lateMeetings.totalCount).toBe(0);
  });

  it('reckons from the day given: deadlines not yet passed count only once met', async () => {
    const early = await report(s.t.tokens.caseworker, [], { today: '2025-04-01' });
    // Sub-goals: k1, k2 and k7 met theirs (3 citizens, hidden); k3-k5 are not yet due, so none is late.
    expect(early.total.subGoalApprovals).toMatchObject({ suppressed: true });
    expect(early.lateSubGoalApprovals.totalCount).toBe(0);
    // Status notes due 2025-06-01 count once delivered: k2's came late; k3's and k7's missing ones are not due yet.
    expect(ids(early.lateStatusNotes)).toEqual([meetingId(s.meetings[1])]);
    expect(early.total.statusNotes).toMatchObject({ suppressed: true });
    // Meetings count once held (k2's, held late) or once their day has passed (none by then).
    expect(ids(early.lateMeetings)).toEqual([meetingId(s.meetings[1])]);
  });

  it('rejects an unknown dimension with 400 and a backwards range with BAD_USER_INPUT', async () => {
    const unknown = await server.gql(s.t.tokens.manager, REPORT, { groupBy: ['LIFE_THEME'] });
    expect(unknown.status).toBe(400);
    const backwards = await server.gql(s.t.tokens.manager, REPORT, { groupBy: [], filter: { from: '2025-09-01', to: '2025-03-01' } });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
