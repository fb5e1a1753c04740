import { addMonths, localDate } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../graphql/global-id.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { COMPLETE, countRows, createContract, daysFromNow, scheduleMeeting, today } from './follow-up.fixtures.js';

const rowId = (id: string) => fromGlobalId(id)!.id;

const CONTRACT = `query($id: ID!) { contract(id: $id) {
  version status documentVersion nextFollowUpDate
  versions { number reason snapshot }
  goals { id version title status outcomeComment }
  followUpMeetings { id kind heldAt scheduledAt }
} }`;

const newGoal = {
  lifeThemeKey: 'MENTAL_FUNCTIONS',
  goalType: 'MAINTAIN',
  title: 'Jeg vil fastholde min døgnrytme',
  measurableCriterion: 'Står op før kl. 9 fem dage om ugen',
  deadline: addMonths(today(), 12),
};

describe('completing a follow-up meeting over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  const read = async (contractId: string) => (await server.gql(tenant.tokens.caseworker, CONTRACT, { id: contractId })).data?.contract;

  it('records the meeting and makes contract version n+1 while version n stays readable', async () => {
    const contract = await createContract(server, tenant, { serviceType: 'SEL_108', goals: 2 });
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    const before = await read(contract.id);
    expect(before.versions.map((v: { number: number }) => v.number)).toEqual([1]);
    const { data } = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: {
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        minutes: 'Borgeren handler selv ind. Målet om døgnrytme fortsætter.',
        decision: 'CHANGE',
        goalOutcomes: [{ goalId: contract.goalIds[0], status: 'ACHIEVED', comment: 'Handler selv ind hver uge.' }],
        changedGoals: [{ id: contract.goalIds[1], expectedVersion: 1, title: 'Jeg vil sove mindst 8 timer hver nat' }],
        newGoals: [newGoal],
      },
    });
    expect(data?.completeFollowUp.userErrors).toEqual([]);
    const done = data?.completeFollowUp;
    const heldOn = localDate(done.meeting.heldAt);
    expect(done.meeting).toMatchObject({ id: meeting.id, version: 2, decision: 'CHANGE', minutes: 'Borgeren handler selv ind. Målet om døgnrytme fortsætter.' });
    expect(done.contractVersion).toMatchObject({ number: 2, reason: `Opfølgningsmøde ${heldOn}` });
    expect(done.contract).toMatchObject({ status: 'ACTIVE', documentVersion: 2, toBeSentToCitizen: true });
    // Residential: the next regular meeting a year after this one, at the same time of day.
    expect(done.nextMeeting).toMatchObject({ kind: 'REGULAR', scheduledAt: `${addMonths(heldOn, 12)}T10:00:00.000Z` });
    expect(done.meeting.nextMeetingAt).toBe(done.nextMeeting.scheduledAt);
    expect(done.contract.nextFollowUpDate).toBe(addMonths(heldOn, 12));

    const after = await read(contract.id);
    expect(after.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    const [v1, v2] = after.versions;
    expect(v1.snapshot.goals.map((g: { title: string; status: string }) => [g.title, g.status])).toEqual([
      ['Jeg vil selv handle ind hver uge', 'ACTIVE'],
      ['Jeg vil sove mindst 7 timer hver nat', 'ACTIVE'],
    ]);
    expect(v2.snapshot.goals.map((g: { title: string; status: string }) => [g.title, g.status])).toEqual([
      ['Jeg vil selv handle ind hver uge', 'ACHIEVED'],
      ['Jeg vil sove mindst 8 timer hver nat', 'ACTIVE'],
      ['Jeg vil fastholde min døgnrytme', 'ACTIVE'],
    ]);
    expect(after.goals.find((g: { id: string }) => g.id === contract.goalIds[0])).toMatchObject({ status: 'ACHIEVED', outcomeComment: 'Handler selv ind hver uge.' });
    expect(after.followUpMeetings).toHaveLength(2);
  });

  it('rolls everything back when a new goal would exceed the limit of 3 (GOAL_LIMIT)', async () => {
    const contract = await createContract(server, tenant, { goals: 3 });
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    const before = await read(contract.id);
    const counts = async () => ({
      versions: await countRows(server, 'contract_version', 'contract_id = ?', [rowId(contract.id)]),
      meetings: await countRows(server, 'follow_up_meeting', 'contract_id = ?', [rowId(contract.id)]),
      goals: await countRows(server, 'goal', 'contract_id = ?', [rowId(contract.id)]),
    });
    const countsBefore = await counts();
    const { data } = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: {
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        minutes: 'Referat',
        decision: 'CHANGE',
        goalOutcomes: [{ goalId: contract.goalIds[0], status: 'ACHIEVED' }],
        newGoals: [newGoal],
        nextMeetingAt: daysFromNow(200),
      },
    });
    expect(data?.completeFollowUp).toMatchObject({ meeting: null, contract: null, contractVersion: null, userErrors: [{ code: 'GOAL_LIMIT', field: ['input', 'newGoals', '0'] }] });
    expect(await counts()).toEqual(countsBefore);
    const after = await read(contract.id);
    expect(after).toEqual(before);
    expect(after.followUpMeetings).toMatchObject([{ id: meeting.id, heldAt: null }]);
    expect(after.goals.map((g: { status: string }) => g.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
  });

  it('refuses a stale meeting version with VERSION_CONFLICT and changes nothing', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    const before = await read(contract.id);
    const { data } = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: { meetingId: meeting.id, expectedVersion: meeting.version + 1, minutes: 'Referat', decision: 'CONTINUE' },
    });
    expect(data?.completeFollowUp.userErrors).toMatchObject([{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }]);
    expect(await read(contract.id)).toEqual(before);
  });

  it('reports a changed goal saved by someone else at that goal (VERSION_CONFLICT) and changes nothing', async () => {
    const contract = await createContract(server, tenant, { goals: 2 });
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    // Someone edits goal 2 on the contract page while the meeting's form is open.
    const edit = await server.gql(tenant.tokens.caseworker, 'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { userErrors { code } } }', { i: { id: contract.goalIds[1], expectedVersion: 1, title: 'Jeg vil sove 7 timer' } });
    expect(edit.data?.updateGoal.userErrors).toEqual([]);
    const before = await read(contract.id);
    const { data } = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: {
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        minutes: 'Referat',
        decision: 'CHANGE',
        changedGoals: [{ id: contract.goalIds[1], expectedVersion: 1, title: 'Jeg vil sove mindst 8 timer hver nat' }],
        newGoals: [newGoal],
      },
    });
    expect(data?.completeFollowUp).toMatchObject({ meeting: null, userErrors: [{ code: 'VERSION_CONFLICT', field: ['input', 'changedGoals', '0', 'expectedVersion'] }] });
    expect(await read(contract.id)).toEqual(before);
  });

  it('changes a goal and records its outcome in the same meeting', async () => {
    const contract = await createContract(server, tenant, { goals: 1 });
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    const { data } = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: {
        meetingId: meeting.id,
        expectedVersion: meeting.version,
        minutes: 'Referat',
        decision: 'CHANGE',
        changedGoals: [{ id: contract.goalIds[0], expectedVersion: 1, measurableCriterion: 'Handler ind tre gange om ugen' }],
        goalOutcomes: [{ goalId: contract.goalIds[0], status: 'PARTLY_ACHIEVED', comment: 'To gange om ugen nu.' }],
      },
    });
    expect(data?.completeFollowUp.userErrors).toEqual([]);
    expect(data?.completeFollowUp.contractVersion.snapshot.goals).toMatchObject([{ measurableCriterion: 'Handler ind tre gange om ugen', status: 'PARTLY_ACHIEVED' }]);
  });

  it('refuses to complete a meeting twice', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    const first = await server.gql(tenant.tokens.caseworker, COMPLETE, { input: { meetingId: meeting.id, expectedVersion: 1, minutes: 'Referat', decision: 'CONTINUE' } });
    expect(first.data?.completeFollowUp.userErrors).toEqual([]);
    const before = await read(contract.id);
    const second = await server.gql(tenant.tokens.caseworker, COMPLETE, { input: { meetingId: meeting.id, expectedVersion: 2, minutes: 'Igen', decision: 'CONTINUE' } });
    expect(second.data?.completeFollowUp.userErrors).toMatchObject([{ code: 'MEETING_HELD', field: ['input', 'meetingId'] }]);
    expect(await read(contract.id)).toEqual(before);
  });

  it('ends the contract on END, with the end date and no next meeting', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    const refused = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: { meetingId: meeting.id, expectedVersion: 1, minutes: 'Referat', decision: 'END', nextMeetingAt: daysFromNow(100) },
    });
    expect(refused.data?.completeFollowUp.userErrors).toMatchObject([{ code: 'INVALID', field: ['input', 'nextMeetingAt'] }]);
    const { data } = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: { meetingId: meeting.id, expectedVersion: 1, minutes: 'Indsatsen afsluttes; udskrivningskriterierne er opfyldt.', decision: 'END' },
    });
    expect(data?.completeFollowUp.userErrors).toEqual([]);
    const heldOn = localDate(data?.completeFollowUp.meeting.heldAt);
    expect(data?.completeFollowUp.contract).toMatchObject({ status: 'ENDED', endDate: heldOn, nextFollowUpDate: null });
    expect(data?.completeFollowUp.contractVersion.snapshot.status).toBe('ENDED');
    expect(data?.completeFollowUp.nextMeeting).toBeNull();
    expect(await countRows(server, 'follow_up_meeting', 'contract_id = ?', [rowId(contract.id)])).toBe(1);
  });

  it('schedules the agreed next meeting, and none for floating support when no date is agreed', async () => {
    const residential = await createContract(server, tenant, { serviceType: 'SEL_108' });
    const m1 = await scheduleMeeting(server, tenant, residential.id, daysFromNow(20));
    const agreed = daysFromNow(180);
    const { data } = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: { meetingId: m1.id, expectedVersion: 1, minutes: 'Referat', decision: 'CONTINUE', nextMeetingAt: agreed },
    });
    expect(data?.completeFollowUp.nextMeeting).toMatchObject({ kind: 'REGULAR', scheduledAt: agreed });
    expect(data?.completeFollowUp.contract.nextFollowUpDate).toBe(agreed.slice(0, 10));

    const floating = await createContract(server, tenant, { serviceType: 'SEL_85' });
    const m2 = await scheduleMeeting(server, tenant, floating.id, daysFromNow(20));
    const asNeeded = await server.gql(tenant.tokens.caseworker, COMPLETE, { input: { meetingId: m2.id, expectedVersion: 1, minutes: 'Referat', decision: 'CONTINUE' } });
    expect(asNeeded.data?.completeFollowUp.userErrors).toEqual([]);
    expect(asNeeded.data?.completeFollowUp.nextMeeting).toBeNull();
    expect(asNeeded.data?.completeFollowUp.contract.nextFollowUpDate).toBeNull();
  });

  it('refuses a held time in the future and a next meeting in the past', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    const future = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: { meetingId: meeting.id, expectedVersion: 1, minutes: 'Referat', decision: 'CONTINUE', heldAt: daysFromNow(2) },
    });
    expect(future.data?.completeFollowUp.userErrors).toMatchObject([{ code: 'HELD_IN_FUTURE', field: ['input', 'heldAt'] }]);
    const past = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: { meetingId: meeting.id, expectedVersion: 1, minutes: 'Referat', decision: 'CONTINUE', nextMeetingAt: daysFromNow(-3) },
    });
    expect(past.data?.completeFollowUp.userErrors).toMatchObject([{ code: 'MEETING_IN_PAST', field: ['input', 'nextMeetingAt'] }]);
    const noMinutes = await server.gql(tenant.tokens.caseworker, COMPLETE, { input: { meetingId: meeting.id, expectedVersion: 1, minutes: '', decision: 'CONTINUE' } });
    expect(noMinutes.data?.completeFollowUp.userErrors).toMatchObject([{ code: 'REQUIRED', field: ['input', 'minutes'] }]);
    expect(await countRows(server, 'follow_up_meeting', 'contract_id = ? AND held_at IS NULL AND version = 1', [rowId(contract.id)])).toBe(1);
  });

  it('refuses a goal of another contract and changes nothing', async () => {
    const contract = await createContract(server, tenant);
    const other = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    const before = await read(other.id);
    const { data } = await server.gql(tenant.tokens.caseworker, COMPLETE, {
      input: { meetingId: meeting.id, expectedVersion: 1, minutes: 'Referat', decision: 'CONTINUE', goalOutcomes: [{ goalId: other.goalIds[0], status: 'ACHIEVED' }] },
    });
    expect(data?.completeFollowUp.userErrors).toMatchObject([{ code: 'GOAL_NOT_IN_CONTRACT', field: ['input', 'goalOutcomes', '0', 'goalId'] }]);
    expect(await read(other.id)).toEqual(before);
  });

  it('is done by the caseworker of the contract\'s authority only', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(20));
    const input = { meetingId: meeting.id, expectedVersion: 1, minutes: 'Referat', decision: 'CONTINUE' };
    const provider = await server.gql(tenant.tokens.providerStaff, COMPLETE, { input });
    expect(provider.data?.completeFollowUp.userErrors).toMatchObject([{ code: 'FORBIDDEN' }]);
    const other = await buildTenant(server);
    const foreign = await server.gql(other.tokens.caseworker, COMPLETE, { input });
    expect(foreign.data?.completeFollowUp.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'meetingId'] }]);
    expect(await countRows(server, 'follow_up_meeting', 'contract_id = ? AND held_at IS NULL AND version = 1', [rowId(contract.id)])).toBe(1);
  });
});
