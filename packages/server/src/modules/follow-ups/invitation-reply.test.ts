import { addDays } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../graphql/global-id.js';
import { createActiveContract, createCitizen, grantProviderConsent } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { auditEntriesAfter, headSeq } from '../audit/audit.fixtures.js';
import { COMPLETE, countRows, createContract, daysFromNow, SCHEDULE, today } from './follow-up.fixtures.js';

const rowId = (id: string) => fromGlobalId(id)!.id;

const RECORD = `mutation($input: RecordInvitationReplyInput!) {
  recordInvitationReply(input: $input) {
    reply { id version participantIndex reply answeredBy answeredOn comment recordedAt participant { name role } recordedByOrganization { id } meeting { id } }
    userErrors { code field message }
  }
}`;

const MEETING = `query($id: ID!) { node(id: $id) { ... on FollowUpMeeting {
  participants { name }
  invitationReplies { id version participantIndex reply answeredBy answeredOn comment participant { name } recordedByOrganization { id } }
} } }`;

const PARTICIPANTS = [
  { name: 'Anne Borger', role: 'borger' },
  { name: 'Karin Kontakt', role: 'kontaktperson', organization: 'Bostedet' },
  { name: 'Jobcentret', role: 'sagsbehandler', organization: 'Jobcenter' },
];

describe('replies to a follow-up meeting’s invitation over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);
  });
  afterAll(() => server.close());

  async function meetingOn(contractId: string): Promise<string> {
    const { data } = await server.gql(tenant.tokens.caseworker, SCHEDULE, { input: { contractId, kind: 'REGULAR', scheduledAt: daysFromNow(40), participants: PARTICIPANTS } });
    expect(data?.scheduleFollowUp.userErrors).toEqual([]);
    return data?.scheduleFollowUp.meeting.id;
  }

  const replies = async (token: string, meetingId: string) => (await server.gql(token, MEETING, { id: meetingId })).data?.node?.invitationReplies;
  const replyRows = (meetingId: string) => countRows(server, 'invitation_reply', 'meeting_id = ?', [rowId(meetingId)]);

  it('stores the caseworker’s record of a reply per meeting and participant, shown on the meeting and audited', async () => {
    const contract = await createContract(server, tenant);
    const meetingId = await meetingOn(contract.id);
    const before = await headSeq(server.db);
    const { data } = await server.gql(tenant.tokens.caseworker, RECORD, { input: { meetingId, participantIndex: 2, reply: 'SEND_NOTE', comment: 'Notatet kommer senest en uge før.' } });
    expect(data?.recordInvitationReply.userErrors).toEqual([]);
    const reply = data?.recordInvitationReply.reply;
    expect(reply).toMatchObject({
      version: 1,
      participantIndex: 2,
      reply: 'SEND_NOTE',
      answeredBy: 'Jobcentret', // the participant, when nobody else is named
      answeredOn: today(),
      comment: 'Notatet kommer senest en uge før.',
      participant: { name: 'Jobcentret', role: 'sagsbehandler' },
      recordedByOrganization: { id: tenant.authority.id },
      meeting: { id: meetingId },
    });
    // The provider's staff see it on the meeting, under the participant it belongs to.
    expect(await replies(tenant.tokens.providerStaff, meetingId)).toEqual([
      { id: reply.id, version: 1, participantIndex: 2, reply: 'SEND_NOTE', answeredBy: 'Jobcentret', answeredOn: today(), comment: 'Notatet kommer senest en uge før.', participant: { name: 'Jobcentret' }, recordedByOrganization: { id: tenant.authority.id } },
    ]);
    // By its global ID too, for the contract's parties only.
    const node = async (token: string) => (await server.gql(token, 'query($id: ID!) { node(id: $id) { __typename id } }', { id: reply.id })).data?.node;
    expect(await node(tenant.tokens.providerStaff)).toEqual({ __typename: 'InvitationReply', id: reply.id });
    expect(await node(other.tokens.caseworker)).toBeNull();
    expect(await node(tenant.tokens.manager)).toBeNull();
    const entries = await auditEntriesAfter(server.db, before);
    const write = entries.find((entry) => entry.roots.includes('recordInvitationReply'));
    expect(write).toMatchObject({ outcome: 'OK', userRole: 'CASEWORKER', operationType: 'mutation' });
    expect(write?.parsed.written).toContainEqual({ type: 'InvitationReply', id: rowId(reply.id) });
    expect(write?.citizens).toHaveLength(1);
  });

  it('lets the provider’s staff answer for a participant and change the answer against the version read', async () => {
    const contract = await createContract(server, tenant);
    const meetingId = await meetingOn(contract.id);
    const first = await server.gql(tenant.tokens.providerStaff, RECORD, { input: { meetingId, participantIndex: 1, reply: 'OTHER_DATE', comment: 'Tirsdag eller torsdag formiddag.', answeredOn: addDays(today(), -2) } });
    expect(first.data?.recordInvitationReply.userErrors).toEqual([]);
    expect(first.data?.recordInvitationReply.reply).toMatchObject({ version: 1, reply: 'OTHER_DATE', recordedByOrganization: { id: tenant.provider.id }, answeredOn: addDays(today(), -2) });

    const changed = await server.gql(tenant.tokens.providerManager, RECORD, { input: { meetingId, participantIndex: 1, reply: 'ATTEND', answeredBy: 'Karins leder', expectedVersion: 1 } });
    expect(changed.data?.recordInvitationReply.userErrors).toEqual([]);
    expect(changed.data?.recordInvitationReply.reply).toMatchObject({ version: 2, reply: 'ATTEND', answeredBy: 'Karins leder', comment: null });

    // A stale version, or none where a reply exists, is refused: the answer given in between is not overwritten.
    for (const expectedVersion of [1, null]) {
      const stale = await server.gql(tenant.tokens.caseworker, RECORD, { input: { meetingId, participantIndex: 1, reply: 'NOT_RELEVANT', expectedVersion } });
      expect(stale.data?.recordInvitationReply).toMatchObject({ reply: null, userErrors: [{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }] });
    }
    expect(await replies(tenant.tokens.caseworker, meetingId)).toMatchObject([{ participantIndex: 1, version: 2, reply: 'ATTEND', answeredBy: 'Karins leder' }]);
    expect(await replyRows(meetingId)).toBe(1);
  });

  it('refuses an unknown participant, other dates without dates, a reply from the future and a held meeting, storing nothing', async () => {
    const contract = await createContract(server, tenant);
    const meetingId = await meetingOn(contract.id);
    const attempt = async (input: Record<string, unknown>) => (await server.gql(tenant.tokens.caseworker, RECORD, { input: { meetingId, participantIndex: 0, reply: 'ATTEND', ...input } })).data?.recordInvitationReply;
    expect(await attempt({ participantIndex: 3 })).toMatchObject({ reply: null, userErrors: [{ code: 'INVALID', field: ['input', 'participantIndex'] }] });
    expect(await attempt({ participantIndex: -1 })).toMatchObject({ userErrors: [{ code: 'INVALID', field: ['input', 'participantIndex'] }] });
    expect(await attempt({ reply: 'OTHER_DATE', comment: '  ' })).toMatchObject({ userErrors: [{ code: 'REQUIRED', field: ['input', 'comment'], message: 'Skriv, hvilke andre datoer deltageren kan.' }] });
    expect(await attempt({ answeredOn: addDays(today(), 1) })).toMatchObject({ userErrors: [{ code: 'INVALID', field: ['input', 'answeredOn'] }] });
    expect(await attempt({ meetingId: 'nonsense' })).toMatchObject({ userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'meetingId'] }] });
    expect(await replyRows(meetingId)).toBe(0);

    const done = await server.gql(tenant.tokens.caseworker, COMPLETE, { input: { meetingId, expectedVersion: 1, minutes: 'Referat', decision: 'CONTINUE' } });
    expect(done.data?.completeFollowUp.userErrors).toEqual([]);
    expect(await attempt({})).toMatchObject({ userErrors: [{ code: 'MEETING_HELD', field: ['input', 'meetingId'] }] });
    expect(await replyRows(meetingId)).toBe(0);
  });

  it('lets only the contract’s caseworker and provider staff record a reply, and logs the refusals', async () => {
    const contract = await createContract(server, tenant);
    const meetingId = await meetingOn(contract.id);
    const input = { meetingId, participantIndex: 0, reply: 'ATTEND' };
    for (const token of [tenant.tokens.manager, tenant.tokens.authorityAdmin]) {
      const before = await headSeq(server.db);
      const refused = await server.gql(token, RECORD, { input });
      expect(refused.data?.recordInvitationReply).toMatchObject({ reply: null, userErrors: [{ code: 'FORBIDDEN', field: null }] });
      const [entry] = await auditEntriesAfter(server.db, before);
      expect(entry).toMatchObject({ outcome: 'REFUSED', roots: ['recordInvitationReply'] });
      expect(entry.parsed.refused?.[0].operation).toBe('Mutation.recordInvitationReply');
    }
    // Another authority's caseworker and another provider's staff do not find the meeting at all.
    for (const token of [other.tokens.caseworker, other.tokens.providerStaff]) {
      const foreign = await server.gql(token, RECORD, { input });
      expect(foreign.data?.recordInvitationReply.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'meetingId'] }]);
      expect(await replies(token, meetingId)).toBeUndefined();
    }
    expect(await replyRows(meetingId)).toBe(0);
  });

  it('refuses the provider when the citizen’s consent does not cover meetings', async () => {
    const citizenId = await createCitizen(server, tenant);
    const contract = await createActiveContract(server, tenant, { citizenId, startDate: today(), participants: PARTICIPANTS, consent: false });
    await grantProviderConsent(server, tenant, citizenId, ['IDENTITY', 'GOALS']);
    const meetingId = await meetingOn(contract.id);
    const refused = await server.gql(tenant.tokens.providerStaff, RECORD, { input: { meetingId, participantIndex: 1, reply: 'ATTEND' } });
    expect(refused.data?.recordInvitationReply.userErrors).toMatchObject([{ code: 'FORBIDDEN' }]);
    expect(await replyRows(meetingId)).toBe(0);
    const allowed = await server.gql(tenant.tokens.caseworker, RECORD, { input: { meetingId, participantIndex: 1, reply: 'ATTEND' } });
    expect(allowed.data?.recordInvitationReply.userErrors).toEqual([]);
  });
});
