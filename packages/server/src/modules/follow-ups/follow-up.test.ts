import { addMonths } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../graphql/global-id.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { countRows, createContract, daysFromNow, SCHEDULE, scheduleMeeting, today } from './follow-up.fixtures.js';

const rowId = (id: string) => fromGlobalId(id)!.id;

const CONTRACT = `query($id: ID!) { contract(id: $id) {
  id version nextFollowUpDate suggestedFollowUps
  followUpMeetings { id kind scheduledAt contract { id } statusNote { id } }
} }`;

describe('scheduling follow-up meetings over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  it('computes planning 8 weeks and the status 14 days before the meeting day and uses the Hjørring agenda', async () => {
    const contract = await createContract(server, tenant);
    const { data } = await server.gql(tenant.tokens.caseworker, SCHEDULE, {
      input: { contractId: contract.id, kind: 'REGULAR', scheduledAt: '2031-06-30T08:00:00Z', location: 'Bostedet' },
    });
    expect(data?.scheduleFollowUp.userErrors).toEqual([]);
    expect(data?.scheduleFollowUp.meeting).toMatchObject({
      kind: 'REGULAR',
      scheduledAt: '2031-06-30T08:00:00.000Z',
      planningStartBy: '2031-05-05',
      statusDueBy: '2031-06-16',
      location: 'Bostedet',
      heldAt: null,
      version: 1,
      agenda: [
        'Status på indsatsmål',
        'Status på relevante livstemaer (kvalitativt og kvantitativt)',
        'Videre forløb: fortsætte, ændre eller afslutte indsatsen',
        'Hvornår er indsatsen færdig, og hvad skal der ske i stedet',
        'Aftale om dato for næste møde',
      ],
      // Without participants the contract's expected participants are invited.
      participants: [{ name: 'Kontaktperson', role: 'kontaktperson', organization: 'Bostedet' }],
    });
  });

  it('takes the meeting day in Danish time for the deadlines', async () => {
    const contract = await createContract(server, tenant);
    // 23:15 UTC on 14 January is 00:15 on 15 January in Copenhagen.
    const meeting = await scheduleMeeting(server, tenant, contract.id, '2032-01-14T23:15:00Z');
    expect(meeting).toMatchObject({ planningStartBy: '2031-11-20', statusDueBy: '2032-01-01' });
  });

  it('keeps a given agenda and participants', async () => {
    const contract = await createContract(server, tenant);
    const { data } = await server.gql(tenant.tokens.caseworker, SCHEDULE, {
      input: {
        contractId: contract.id,
        kind: 'EARLY',
        scheduledAt: daysFromNow(90),
        agenda: ['Status på indkøb', 'Næste møde'],
        participants: [{ name: 'Borgeren', role: 'borger' }, { name: 'Værgen', role: 'værge' }],
      },
    });
    expect(data?.scheduleFollowUp.meeting).toMatchObject({
      kind: 'EARLY',
      agenda: ['Status på indkøb', 'Næste møde'],
      participants: [{ name: 'Borgeren', role: 'borger', organization: null }, { name: 'Værgen', role: 'værge', organization: null }],
    });
  });

  it('sets the contract\'s next follow-up date only when the new meeting is the next one', async () => {
    const contract = await createContract(server, tenant);
    await scheduleMeeting(server, tenant, contract.id, '2031-06-30T08:00:00Z');
    const read = () => server.gql(tenant.tokens.caseworker, CONTRACT, { id: contract.id });
    const before = (await read()).data?.contract;
    expect(before.nextFollowUpDate).toBe('2031-06-30');
    await scheduleMeeting(server, tenant, contract.id, '2031-03-02T09:00:00Z', 'EXTRA');
    expect((await read()).data?.contract.nextFollowUpDate).toBe('2031-03-02');
    await scheduleMeeting(server, tenant, contract.id, '2032-06-30T08:00:00Z');
    const after = (await read()).data?.contract;
    expect(after.nextFollowUpDate).toBe('2031-03-02');
    // Only the date column changes: the contract's version is not claimed.
    expect(after.version).toBe(before.version);
    expect(after.followUpMeetings.map((m: { scheduledAt: string }) => m.scheduledAt)).toEqual([
      '2031-03-02T09:00:00.000Z',
      '2031-06-30T08:00:00.000Z',
      '2032-06-30T08:00:00.000Z',
    ]);
    expect(after.followUpMeetings.every((m: { contract: { id: string }; statusNote: unknown }) => m.contract.id === contract.id && m.statusNote === null)).toBe(true);
  });

  it('refuses a meeting in the past and stores nothing', async () => {
    const contract = await createContract(server, tenant);
    const before = await countRows(server, 'follow_up_meeting');
    const { data } = await server.gql(tenant.tokens.caseworker, SCHEDULE, { input: { contractId: contract.id, kind: 'REGULAR', scheduledAt: daysFromNow(-1) } });
    expect(data?.scheduleFollowUp).toMatchObject({ meeting: null, userErrors: [{ code: 'MEETING_IN_PAST', field: ['input', 'scheduledAt'] }] });
    expect(await countRows(server, 'follow_up_meeting')).toBe(before);
  });

  it('lets only a caseworker of the contract\'s authority call a meeting', async () => {
    const contract = await createContract(server, tenant);
    const input = { contractId: contract.id, kind: 'REGULAR', scheduledAt: daysFromNow(60) };
    const before = await countRows(server, 'follow_up_meeting');
    const provider = await server.gql(tenant.tokens.providerStaff, SCHEDULE, { input });
    expect(provider.data?.scheduleFollowUp.userErrors).toMatchObject([{ code: 'FORBIDDEN' }]);
    const other = await buildTenant(server);
    const foreign = await server.gql(other.tokens.caseworker, SCHEDULE, { input });
    expect(foreign.data?.scheduleFollowUp.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'contractId'] }]);
    expect(await countRows(server, 'follow_up_meeting')).toBe(before);
  });

  it('refuses a meeting on a contract that is not active', async () => {
    const draft = await createContract(server, tenant, { draft: true });
    const { data } = await server.gql(tenant.tokens.caseworker, SCHEDULE, { input: { contractId: draft.id, kind: 'REGULAR', scheduledAt: daysFromNow(60) } });
    expect(data?.scheduleFollowUp.userErrors).toMatchObject([{ code: 'CONTRACT_NOT_ACTIVE', field: ['input', 'contractId'] }]);
    expect(await countRows(server, 'follow_up_meeting', 'contract_id = ?', [rowId(draft.id)])).toBe(0);
  });

  it('refuses a participant without a name and a malformed contract ID', async () => {
    const contract = await createContract(server, tenant);
    const noName = await server.gql(tenant.tokens.caseworker, SCHEDULE, {
      input: { contractId: contract.id, kind: 'REGULAR', scheduledAt: daysFromNow(60), participants: [{ name: ' ', role: 'borger' }] },
    });
    expect(noName.data?.scheduleFollowUp.userErrors).toMatchObject([{ code: 'REQUIRED', field: ['input', 'participants', '0', 'name'] }]);
    const malformed = await server.gql(tenant.tokens.caseworker, SCHEDULE, { input: { contractId: 'nonsense', kind: 'REGULAR', scheduledAt: daysFromNow(60) } });
    expect(malformed.data?.scheduleFollowUp.userErrors).toMatchObject([{ code: 'MALFORMED_ID', field: ['input', 'contractId'] }]);
    expect(await countRows(server, 'follow_up_meeting', 'contract_id = ?', [rowId(contract.id)])).toBe(0);
  });
});

describe('a contract\'s default follow-up schedule over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  const suggested = async (serviceType: string, startDate: string): Promise<string[]> => {
    const contract = await createContract(server, tenant, { serviceType, startDate });
    const { data } = await server.gql(tenant.tokens.caseworker, CONTRACT, { id: contract.id });
    return data?.contract.suggestedFollowUps;
  };

  it('suggests the 3-month meeting and the next regular one from the service type interval', async () => {
    const start = today();
    expect(await suggested('SEL_108', start)).toEqual([addMonths(start, 3), addMonths(start, 12)]);
    expect(await suggested('SEL_104', start)).toEqual([addMonths(start, 3), addMonths(start, 24)]);
    expect(await suggested('SEL_103', start)).toEqual([addMonths(start, 3), addMonths(start, 36)]);
  });

  it('suggests no regular meeting for floating support, followed up as needed', async () => {
    const start = today();
    expect(await suggested('SEL_85', start)).toEqual([addMonths(start, 3)]);
  });

  it('leaves out a passed 3-month meeting and suggests the next anniversary', async () => {
    const start = addMonths(today(), -15);
    expect(await suggested('SEL_107', start)).toEqual([addMonths(start, 24)]);
  });
});
