import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../graphql/global-id.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { COMPLETE, countRows, createContract, daysFromNow, noteInput, scheduleMeeting, SUBMIT } from '../follow-ups/follow-up.fixtures.js';

const rowId = (id: string) => fromGlobalId(id)!.id;

const UPDATE = `mutation($input: UpdateStatusNoteInput!) {
  updateStatusNote(input: $input) {
    statusNote { id version providerAssessment reviewedWithCitizen notReviewedReason remarks goalStatuses { attainment score goal { id } } }
    userErrors { code field message }
  }
}`;

describe('status notes over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  it('is on time when submitted on or before 14 days before the meeting', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(30));
    const { data } = await server.gql(tenant.tokens.providerStaff, SUBMIT, { input: noteInput(meeting.id) });
    expect(data?.submitStatusNote.userErrors).toEqual([]);
    expect(data?.submitStatusNote.statusNote).toMatchObject({ dueBy: meeting.statusDueBy, onTime: true, version: 1, reviewedWithCitizen: true, recommendation: 'CONTINUE' });
  });

  it('is late when submitted after its due date (the meeting is less than 14 days away)', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(5));
    const { data } = await server.gql(tenant.tokens.providerManager, SUBMIT, { input: noteInput(meeting.id) });
    expect(data?.submitStatusNote.userErrors).toEqual([]);
    expect(data?.submitStatusNote.statusNote).toMatchObject({ dueBy: meeting.statusDueBy, onTime: false });
  });

  it('stores theme changes, the goal reports side by side, and records a score as a FOLLOW_UP measurement tied to the note', async () => {
    const contract = await createContract(server, tenant, { goals: 2 });
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    const { data } = await server.gql(tenant.tokens.providerStaff, SUBMIT, {
      input: noteInput(meeting.id, {
        remarks: 'Behov for et nyt mål om økonomi.',
        themeChanges: [{ lifeThemeKey: 'MENTAL_FUNCTIONS', description: 'Sover bedre.', functionalLevel: 2 }],
        goalStatuses: [
          { goalId: contract.goalIds[0], attainment: 'PARTLY', how: 'Ugentlig indkøbstræning.', citizenView: 'Det går fint.', professionalView: 'Stabil fremgang.', scale: 'ONE_TO_TEN', score: 6 },
          { goalId: contract.goalIds[1], attainment: 'NOT_REACHED' },
        ],
      }),
    });
    expect(data?.submitStatusNote.userErrors).toEqual([]);
    const note = data?.submitStatusNote.statusNote;
    expect(note.themeChanges).toEqual([{ lifeThemeKey: 'MENTAL_FUNCTIONS', description: 'Sover bedre.', functionalLevel: 2 }]);
    expect(note.goalStatuses).toEqual([
      { attainment: 'PARTLY', how: 'Ugentlig indkøbstræning.', citizenView: 'Det går fint.', professionalView: 'Stabil fremgang.', scale: 'ONE_TO_TEN', score: 6, goal: { id: contract.goalIds[0] } },
      { attainment: 'NOT_REACHED', how: null, citizenView: null, professionalView: null, scale: null, score: null, goal: { id: contract.goalIds[1] } },
    ]);
    const rows = await server.db.query(
      server.db.options.type === 'postgres' ? 'SELECT goal_id, scale, value, kind FROM measurement WHERE status_note_id = $1' : 'SELECT goal_id, scale, value, kind FROM measurement WHERE status_note_id = ?',
      [rowId(note.id)],
    );
    expect(rows).toEqual([{ goal_id: rowId(contract.goalIds[0]), scale: 'ONE_TO_TEN', value: 6, kind: 'FOLLOW_UP' }]);
    const goal = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { node(id: $id) { ... on Goal { latest { value kind } } } }', { id: contract.goalIds[0] });
    expect(goal.data?.node.latest).toEqual({ value: 6, kind: 'FOLLOW_UP' });
  });

  it('reaches the note from the meeting and the contract, and the contract and meeting from the note', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    const submitted = await server.gql(tenant.tokens.providerStaff, SUBMIT, { input: noteInput(meeting.id) });
    const noteId = submitted.data?.submitStatusNote.statusNote.id;
    const { data } = await server.gql(
      tenant.tokens.caseworker,
      `query($id: ID!) { contract(id: $id) { statusNotes { id contract { id } meeting { id } } followUpMeetings { id statusNote { id } } } }`,
      { id: contract.id },
    );
    expect(data?.contract.statusNotes).toEqual([{ id: noteId, contract: { id: contract.id }, meeting: { id: meeting.id } }]);
    expect(data?.contract.followUpMeetings).toEqual([{ id: meeting.id, statusNote: { id: noteId } }]);
  });

  it('accepts one status note per meeting: a second is STATUS_NOTE_EXISTS and changes nothing', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    await server.gql(tenant.tokens.providerStaff, SUBMIT, { input: noteInput(meeting.id) });
    const before = await countRows(server, 'status_note');
    const { data } = await server.gql(tenant.tokens.providerManager, SUBMIT, { input: noteInput(meeting.id, { providerAssessment: 'En anden vurdering' }) });
    expect(data?.submitStatusNote).toMatchObject({ statusNote: null, userErrors: [{ code: 'STATUS_NOTE_EXISTS', field: ['input', 'meetingId'] }] });
    expect(await countRows(server, 'status_note')).toBe(before);
  });

  it('is written by the contract\'s provider only', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    const caseworker = await server.gql(tenant.tokens.caseworker, SUBMIT, { input: noteInput(meeting.id) });
    expect(caseworker.data?.submitStatusNote.userErrors).toMatchObject([{ code: 'FORBIDDEN', field: null }]);
    const manager = await server.gql(tenant.tokens.manager, SUBMIT, { input: noteInput(meeting.id) });
    expect(manager.data?.submitStatusNote.userErrors).toMatchObject([{ code: 'FORBIDDEN' }]);
    const other = await buildTenant(server);
    const otherProvider = await server.gql(other.tokens.providerStaff, SUBMIT, { input: noteInput(meeting.id) });
    expect(otherProvider.data?.submitStatusNote.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'meetingId'] }]);
    expect(await countRows(server, 'status_note', 'meeting_id = ?', [rowId(meeting.id)])).toBe(0);
  });

  it('refuses a goal of another contract and writes neither note nor measurement', async () => {
    const contract = await createContract(server, tenant);
    const otherContract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    const measurements = await countRows(server, 'measurement');
    const { data } = await server.gql(tenant.tokens.providerStaff, SUBMIT, {
      input: noteInput(meeting.id, {
        goalStatuses: [
          { goalId: contract.goalIds[0], attainment: 'REACHED', scale: 'ONE_TO_TEN', score: 8 },
          { goalId: otherContract.goalIds[0], attainment: 'REACHED' },
        ],
      }),
    });
    expect(data?.submitStatusNote.userErrors).toMatchObject([{ code: 'GOAL_NOT_IN_CONTRACT', field: ['input', 'goalStatuses', '1', 'goalId'] }]);
    expect(await countRows(server, 'status_note', 'meeting_id = ?', [rowId(meeting.id)])).toBe(0);
    expect(await countRows(server, 'measurement')).toBe(measurements);
  });

  it('refuses a score outside its scale and writes nothing', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    const measurements = await countRows(server, 'measurement');
    const { data } = await server.gql(tenant.tokens.providerStaff, SUBMIT, {
      input: noteInput(meeting.id, { goalStatuses: [{ goalId: contract.goalIds[0], attainment: 'REACHED', scale: 'VUM_0_4', score: 5 }] }),
    });
    expect(data?.submitStatusNote.userErrors).toMatchObject([{ code: 'VALUE_OUT_OF_RANGE', field: ['input', 'goalStatuses', '0', 'score'] }]);
    const noScale = await server.gql(tenant.tokens.providerStaff, SUBMIT, {
      input: noteInput(meeting.id, { goalStatuses: [{ goalId: contract.goalIds[0], attainment: 'REACHED', score: 5 }] }),
    });
    expect(noScale.data?.submitStatusNote.userErrors).toMatchObject([{ code: 'REQUIRED', field: ['input', 'goalStatuses', '0', 'scale'] }]);
    expect(await countRows(server, 'status_note', 'meeting_id = ?', [rowId(meeting.id)])).toBe(0);
    expect(await countRows(server, 'measurement')).toBe(measurements);
  });

  it('requires a reason when the status was not reviewed with the citizen, and an assessment', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    const noReason = await server.gql(tenant.tokens.providerStaff, SUBMIT, { input: noteInput(meeting.id, { reviewedWithCitizen: false }) });
    expect(noReason.data?.submitStatusNote.userErrors).toMatchObject([{ code: 'REQUIRED', field: ['input', 'notReviewedReason'] }]);
    const noAssessment = await server.gql(tenant.tokens.providerStaff, SUBMIT, { input: noteInput(meeting.id, { providerAssessment: '  ' }) });
    expect(noAssessment.data?.submitStatusNote.userErrors).toMatchObject([{ code: 'REQUIRED', field: ['input', 'providerAssessment'] }]);
    expect(await countRows(server, 'status_note', 'meeting_id = ?', [rowId(meeting.id)])).toBe(0);
    const withReason = await server.gql(tenant.tokens.providerStaff, SUBMIT, {
      input: noteInput(meeting.id, { reviewedWithCitizen: false, notReviewedReason: 'Borgeren var indlagt; gennemgået med værgen.' }),
    });
    expect(withReason.data?.submitStatusNote.statusNote).toMatchObject({ reviewedWithCitizen: false, notReviewedReason: 'Borgeren var indlagt; gennemgået med værgen.' });
  });

  it('accepts only the 11 life themes and functional levels 0-4', async () => {
    const contract = await createContract(server, tenant);
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    const unknown = await server.gql(tenant.tokens.providerStaff, SUBMIT, {
      input: noteInput(meeting.id, { themeChanges: [{ lifeThemeKey: 'ECONOMY', description: 'Ny gæld.' }] }),
    });
    expect(unknown.data?.submitStatusNote.userErrors).toMatchObject([{ code: 'UNKNOWN_LIFE_THEME', field: ['input', 'themeChanges', '0', 'lifeThemeKey'] }]);
    const level = await server.gql(tenant.tokens.providerStaff, SUBMIT, {
      input: noteInput(meeting.id, { themeChanges: [{ lifeThemeKey: 'MOBILITY', description: 'Bruger rollator.', functionalLevel: 5 }] }),
    });
    expect(level.data?.submitStatusNote.userErrors).toMatchObject([{ code: 'VALUE_OUT_OF_RANGE', field: ['input', 'themeChanges', '0', 'functionalLevel'] }]);
    expect(await countRows(server, 'status_note', 'meeting_id = ?', [rowId(meeting.id)])).toBe(0);
  });

  it('is updated before the meeting: given goal reports replace the old ones and their measurements; a stale version changes nothing', async () => {
    const contract = await createContract(server, tenant, { goals: 2 });
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    const submitted = await server.gql(tenant.tokens.providerStaff, SUBMIT, {
      input: noteInput(meeting.id, { goalStatuses: [{ goalId: contract.goalIds[0], attainment: 'PARTLY', scale: 'ONE_TO_TEN', score: 4 }] }),
    });
    const note = submitted.data?.submitStatusNote.statusNote;
    const { data } = await server.gql(tenant.tokens.providerStaff, UPDATE, {
      input: {
        id: note.id,
        expectedVersion: 1,
        providerAssessment: 'Opdateret vurdering.',
        goalStatuses: [
          { goalId: contract.goalIds[0], attainment: 'REACHED', scale: 'ONE_TO_TEN', score: 7 },
          { goalId: contract.goalIds[1], attainment: 'PARTLY', scale: 'ONE_TO_TEN', score: 5 },
        ],
      },
    });
    expect(data?.updateStatusNote.userErrors).toEqual([]);
    expect(data?.updateStatusNote.statusNote).toMatchObject({
      version: 2,
      providerAssessment: 'Opdateret vurdering.',
      goalStatuses: [
        { attainment: 'REACHED', score: 7, goal: { id: contract.goalIds[0] } },
        { attainment: 'PARTLY', score: 5, goal: { id: contract.goalIds[1] } },
      ],
    });
    const values = await server.db.query(
      server.db.options.type === 'postgres' ? 'SELECT value FROM measurement WHERE status_note_id = $1 ORDER BY value' : 'SELECT value FROM measurement WHERE status_note_id = ? ORDER BY value',
      [rowId(note.id)],
    );
    expect(values.map((r: { value: number }) => r.value)).toEqual([5, 7]);

    const stale = await server.gql(tenant.tokens.providerStaff, UPDATE, { input: { id: note.id, expectedVersion: 1, providerAssessment: 'Forældet', goalStatuses: [] } });
    expect(stale.data?.updateStatusNote.userErrors).toMatchObject([{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }]);
    expect(await countRows(server, 'measurement', 'status_note_id = ?', [rowId(note.id)])).toBe(2);
    expect(await countRows(server, 'goal_status', 'status_note_id = ?', [rowId(note.id)])).toBe(2);
  });

  it('can be neither submitted nor changed after the meeting was held', async () => {
    const contract = await createContract(server, tenant);
    const noted = await scheduleMeeting(server, tenant, contract.id, daysFromNow(40));
    const submitted = await server.gql(tenant.tokens.providerStaff, SUBMIT, { input: noteInput(noted.id) });
    const noteId = submitted.data?.submitStatusNote.statusNote.id;
    const bare = await scheduleMeeting(server, tenant, contract.id, daysFromNow(50), 'EXTRA');
    for (const meeting of [noted, bare]) {
      const done = await server.gql(tenant.tokens.caseworker, COMPLETE, {
        input: { meetingId: meeting.id, expectedVersion: meeting.version, minutes: 'Referat.', decision: 'CONTINUE', nextMeetingAt: meeting === bare ? daysFromNow(400) : null },
      });
      expect(done.data?.completeFollowUp.userErrors).toEqual([]);
    }
    const late = await server.gql(tenant.tokens.providerStaff, SUBMIT, { input: noteInput(bare.id) });
    expect(late.data?.submitStatusNote.userErrors).toMatchObject([{ code: 'MEETING_HELD', field: ['input', 'meetingId'] }]);
    const change = await server.gql(tenant.tokens.providerStaff, UPDATE, { input: { id: noteId, expectedVersion: 1, remarks: 'Efter mødet' } });
    expect(change.data?.updateStatusNote.userErrors).toMatchObject([{ code: 'MEETING_HELD', field: ['input', 'id'] }]);
    expect(await countRows(server, 'status_note', 'meeting_id = ?', [rowId(bare.id)])).toBe(0);
  });
});
