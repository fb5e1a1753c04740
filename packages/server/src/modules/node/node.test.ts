import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { newId, nowInstant } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createActiveContract, createCitizen } from '../../test-support/case-fixtures.js';
import { buildTenant, uniqueCpr, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { ChangeNotice } from '../change-notices/change-notice.entity.js';
import { Citizen } from '../citizens/citizen.entity.js';
import { CONSENT_CATEGORIES } from '../consents/consent-category.js';
import { ConsentShare } from '../consents/consent-share.entity.js';
import { Consent } from '../consents/consent.entity.js';
import { ContractVersion } from '../contracts/contract-version.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { AssessmentTool, ContractStatus, ReportingForm } from '../contracts/contract.enums.js';
import { EffortDecision, FollowUpMeeting, MeetingKind } from '../follow-ups/follow-up-meeting.entity.js';
import { Goal } from '../goals/goal.entity.js';
import { GoalStatus } from '../goals/goal.enums.js';
import { Measurement, MeasurementKind } from '../measurements/measurement.entity.js';
import { Order, OrderStatus } from '../orders/order.entity.js';
import { GoalAttainment, GoalStatusReport } from '../status-notes/goal-status.entity.js';
import { StatusNote } from '../status-notes/status-note.entity.js';
import { SubGoal, SubGoalApproval, SubGoalStatus } from '../sub-goals/sub-goal.entity.js';
import { NODE_TYPES } from './node.registry.js';

/** One row of every case type for a tenant, inserted through the repositories. */
interface CaseRows {
  citizen: Citizen;
  consent: Consent;
  order: Order;
  contract: Contract;
  contractVersion: ContractVersion;
  goal: Goal;
  subGoal: SubGoal;
  measurement: Measurement;
  meeting: FollowUpMeeting;
  statusNote: StatusNote;
  goalStatus: GoalStatusReport;
  changeNotice: ChangeNotice;
}

async function insertCase(db: DataSource, tenant: Tenant): Promise<CaseRows> {
  const at = nowInstant();
  const save = <T extends object>(entity: new () => T, values: Partial<T>): Promise<T> =>
    db.getRepository(entity).save(Object.assign(new entity(), { rowId: newId(), createdAt: at }, values) as T);
  const staffId = tenant.users.providerStaff.rowId;
  const caseworkerId = tenant.users.caseworker.rowId;
  const citizen = await save(Citizen, { version: 1, name: 'Node Borger', cpr: uniqueCpr(), birthDate: '1980-01-01', authorityId: tenant.authority.rowId });
  const consent = await save(Consent, { citizenId: citizen.rowId, parties: ['Kommune', 'Bosted'], scope: ['Status'], excluded: [], givenAt: at, recordedById: caseworkerId });
  // The consent covers the provider for every kind of information, as the policy requires for provider staff.
  for (const category of CONSENT_CATEGORIES) {
    await save(ConsentShare, { consentId: consent.rowId, citizenId: citizen.rowId, organizationId: tenant.provider.rowId, category });
  }
  const order = await save(Order, {
    version: 1, citizenId: citizen.rowId, authorityId: tenant.authority.rowId, providerId: tenant.provider.rowId,
    assessment: 'Vurdering', services: ['SEL_85'], goals: [], status: OrderStatus.ACCEPTED, sentAt: at, decideBy: '2026-12-01',
  });
  const contract = await save(Contract, {
    version: 1, documentVersion: 1, orderId: order.rowId, citizenId: citizen.rowId, authorityId: tenant.authority.rowId,
    providerId: tenant.provider.rowId, serviceType: 'SEL_85', status: ContractStatus.ACTIVE, startDate: '2026-01-05',
    assessmentTool: AssessmentTool.VUM, lifeThemeKeys: ['MENTAL_FUNCTIONS'], purpose: 'Formål', goalRationale: 'Begrundelse',
    reportingForms: [ReportingForm.PROSE], participants: [], dischargeCriteria: 'Kriterier', signatures: [],
  });
  const contractVersion = await save(ContractVersion, { contractId: contract.rowId, number: 1, reason: 'Aktiveret', snapshot: { purpose: 'Formål' } });
  const goal = await save(Goal, {
    version: 1, contractId: contract.rowId, lifeThemeKey: 'MENTAL_FUNCTIONS', goalType: 'DEVELOP', title: 'Jeg vil sove bedre',
    measurableCriterion: 'Søvn 7 timer', deadline: '2026-12-31', priority: 1, status: GoalStatus.ACTIVE,
  });
  const subGoal = await save(SubGoal, {
    version: 1, goalId: goal.rowId, title: 'Fast sengetid', status: SubGoalStatus.OPEN, approval: SubGoalApproval.PROPOSED, proposedAt: at, proposedById: staffId,
  });
  const meeting = await save(FollowUpMeeting, {
    version: 1, contractId: contract.rowId, kind: MeetingKind.REGULAR, scheduledAt: '2026-06-01T09:00:00.000Z',
    planningStartBy: '2026-04-06', statusDueBy: '2026-05-18', agenda: [], participants: [],
  });
  const statusNote = await save(StatusNote, {
    version: 1, contractId: contract.rowId, meetingId: meeting.rowId, submittedAt: at, dueBy: '2026-05-18', onTime: true,
    reviewedWithCitizen: true, providerAssessment: 'Vurdering', themeChanges: [], recommendation: EffortDecision.CONTINUE, submittedById: staffId,
  });
  const measurement = await save(Measurement, {
    goalId: goal.rowId, scale: 'ONE_TO_TEN', value: 4, measuredAt: '2026-01-05', kind: MeasurementKind.BASELINE, recordedById: staffId,
  });
  const goalStatus = await save(GoalStatusReport, { statusNoteId: statusNote.rowId, goalId: goal.rowId, attainment: GoalAttainment.PARTLY });
  const changeNotice = await save(ChangeNotice, { contractId: contract.rowId, description: 'Ændring', consequences: 'Konsekvens', reportedById: staffId });
  return { citizen, consent, order, contract, contractVersion, goal, subGoal, measurement, meeting, statusNote, goalStatus, changeNotice };
}

const NODE = 'query($id: ID!) { node(id: $id) { __typename id } }';

describe('Query.node over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  let other: Tenant;
  let rows: CaseRows;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
    other = await buildTenant(server);
    rows = await insertCase(server.db, tenant);
  });
  afterAll(() => server.close());

  async function nodeAs(token: string, id: string): Promise<{ __typename: string; id: string } | null> {
    const response = await server.gql(token, NODE, { id });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    return response.data?.node ?? null;
  }

  // Every case type: the tenant's caseworker and provider staff see it; the other tenant's users and managers do not.
  const caseTypes: [keyof CaseRows, string][] = [
    ['citizen', 'Citizen'],
    ['consent', 'Consent'],
    ['order', 'Order'],
    ['contract', 'Contract'],
    ['contractVersion', 'ContractVersion'],
    ['goal', 'Goal'],
    ['subGoal', 'SubGoal'],
    ['measurement', 'Measurement'],
    ['meeting', 'FollowUpMeeting'],
    ['statusNote', 'StatusNote'],
    ['goalStatus', 'GoalStatusReport'],
    ['changeNotice', 'ChangeNotice'],
  ];

  for (const [key, typeName] of caseTypes) {
    it(`resolves a ${typeName} for its own authority and provider, and null for other organisations and managers`, async () => {
      const id = rows[key].id;
      expect(id).toBe(toGlobalId(typeName, rows[key].rowId));
      expect(await nodeAs(tenant.tokens.caseworker, id)).toEqual({ __typename: typeName, id });
      expect(await nodeAs(tenant.tokens.authorityAdmin, id)).toEqual({ __typename: typeName, id });
      expect(await nodeAs(tenant.tokens.providerStaff, id)).toEqual({ __typename: typeName, id });
      expect(await nodeAs(tenant.tokens.providerManager, id)).toEqual({ __typename: typeName, id });
      expect(await nodeAs(other.tokens.caseworker, id)).toBeNull();
      expect(await nodeAs(other.tokens.providerStaff, id)).toBeNull();
      expect(await nodeAs(tenant.tokens.manager, id)).toBeNull();
    });
  }

  it('resolves an Organization for every signed-in user (names are not personal data)', async () => {
    const id = toGlobalId('Organization', tenant.provider.rowId);
    const { data } = await server.gql(other.tokens.manager, 'query($id: ID!) { node(id: $id) { __typename ... on Organization { name kind } } }', { id });
    expect(data?.node).toEqual({ __typename: 'Organization', name: tenant.provider.name, kind: 'PROVIDER' });
  });

  it("resolves a User only for users of the same organisation", async () => {
    const id = toGlobalId('User', tenant.users.caseworker.rowId);
    const { data } = await server.gql(tenant.tokens.manager, 'query($id: ID!) { node(id: $id) { ... on User { email role } } }', { id });
    expect(data?.node).toEqual({ email: tenant.users.caseworker.email, role: 'CASEWORKER' });
    expect(await nodeAs(tenant.tokens.providerStaff, id)).toBeNull();
    expect(await nodeAs(other.tokens.caseworker, id)).toBeNull();
  });

  it('hides a citizen from a provider without an active contract for them', async () => {
    const lone = await server.db.getRepository(Citizen).save(
      Object.assign(new Citizen(), { rowId: newId(), version: 1, name: 'Uden kontrakt', cpr: uniqueCpr(), birthDate: '1970-02-02', authorityId: tenant.authority.rowId, createdAt: nowInstant() }),
    );
    expect(await nodeAs(tenant.tokens.caseworker, lone.id)).toEqual({ __typename: 'Citizen', id: lone.id });
    expect(await nodeAs(tenant.tokens.providerStaff, lone.id)).toBeNull();
  });

  it('resolves a citizen created through createCitizen and reads its fields through the fragment', async () => {
    const cpr = uniqueCpr();
    const created = await server.gql(tenant.tokens.caseworker, 'mutation($input: CreateCitizenInput!) { createCitizen(input: $input) { citizen { id } userErrors { code } } }', {
      input: { name: 'Via Mutation', cpr },
    });
    const id = created.data?.createCitizen.citizen.id as string;
    const { data } = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { node(id: $id) { id ... on Citizen { name cpr } } }', { id });
    expect(data?.node).toEqual({ id, name: 'Via Mutation', cpr });
  });

  it('resolves the objects made through the API: order, contract, version, goal, sub-goal, measurement, meeting, status note, goal status, consent, change notice', async () => {
    const mutate = async (token: string, name: string, inputType: string, payloadField: string, input: Record<string, unknown>): Promise<string> => {
      const { data, errors } = await server.gql(token, `mutation($i: ${inputType}!) { ${name}(input: $i) { ${payloadField} { id } userErrors { code field message } } }`, { i: input });
      expect(errors, name).toBeUndefined();
      expect(data?.[name].userErrors, name).toEqual([]);
      return data?.[name][payloadField].id;
    };
    const citizenId = await createCitizen(server, tenant, 'API Borger');
    const orderId = await mutate(tenant.tokens.caseworker, 'sendOrder', 'SendOrderInput', 'order', {
      citizenId, providerId: tenant.provider.id, assessment: 'Faglig vurdering', services: ['SEL_108'],
    });
    const contract = await createActiveContract(server, tenant, { citizenId });
    const goalId = contract.goals[0].id as string;
    const { data } = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { contract(id: $id) { versions { id } } }', { id: contract.id });
    const versionId = data?.contract.versions[0].id as string;
    const subGoalId = await mutate(tenant.tokens.providerStaff, 'proposeSubGoal', 'ProposeSubGoalInput', 'subGoal', { goalId, title: 'Skriver indkøbsliste hver søndag' });
    const measurementId = await mutate(tenant.tokens.providerStaff, 'recordMeasurement', 'RecordMeasurementInput', 'measurement', {
      goalId, scale: 'ONE_TO_TEN', value: 4, measuredAt: '2026-09-02', kind: 'BASELINE',
    });
    const meetingId = await mutate(tenant.tokens.caseworker, 'scheduleFollowUp', 'ScheduleFollowUpInput', 'meeting', {
      contractId: contract.id, kind: 'EXTRA', scheduledAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
    });
    const note = await server.gql(
      tenant.tokens.providerStaff,
      'mutation($i: SubmitStatusNoteInput!) { submitStatusNote(input: $i) { statusNote { id goalStatuses { id } } userErrors { code field message } } }',
      { i: { meetingId, reviewedWithCitizen: true, providerAssessment: 'Det går fremad', recommendation: 'CONTINUE', goalStatuses: [{ goalId, attainment: 'PARTLY' }] } },
    );
    expect(note.data?.submitStatusNote.userErrors).toEqual([]);
    const statusNoteId = note.data?.submitStatusNote.statusNote.id as string;
    const goalStatusId = note.data?.submitStatusNote.statusNote.goalStatuses[0].id as string;
    const consentId = await mutate(tenant.tokens.caseworker, 'grantConsent', 'GrantConsentInput', 'consent', { citizenId, parties: ['Kommunen', 'Bostedet'], scope: ['Status'] });
    const noticeId = await mutate(tenant.tokens.providerStaff, 'reportChange', 'ReportChangeInput', 'changeNotice', {
      contractId: contract.id, description: 'Borgeren er flyttet', consequences: 'Færre timer',
    });
    const made: [string, string][] = [
      ['Citizen', citizenId], ['Order', orderId], ['Contract', contract.id], ['ContractVersion', versionId], ['Goal', goalId], ['SubGoal', subGoalId],
      ['Measurement', measurementId], ['FollowUpMeeting', meetingId], ['StatusNote', statusNoteId], ['GoalStatusReport', goalStatusId],
      ['Consent', consentId], ['ChangeNotice', noticeId],
    ];
    for (const [typeName, id] of made) {
      expect(await nodeAs(tenant.tokens.caseworker, id), typeName).toEqual({ __typename: typeName, id });
      expect(await nodeAs(tenant.tokens.providerStaff, id), typeName).toEqual({ __typename: typeName, id });
      expect(await nodeAs(other.tokens.caseworker, id), typeName).toBeNull();
      expect(await nodeAs(other.tokens.providerStaff, id), typeName).toBeNull();
      expect(await nodeAs(tenant.tokens.manager, id), typeName).toBeNull();
    }
  });

  it('returns null, not an error, for malformed, unknown-type, wrong-type and absent IDs', async () => {
    const ids = [
      '',
      'not an id',
      'bm9wZQ',
      Buffer.from('Citizen:not-a-uuid').toString('base64url'),
      toGlobalId('Spaceship', rows.citizen.rowId),
      toGlobalId('Goal', rows.citizen.rowId),
      toGlobalId('Citizen', newId()),
      toGlobalId('constructor', rows.citizen.rowId),
      'x'.repeat(5000),
    ];
    for (const id of ids) expect(await nodeAs(tenant.tokens.caseworker, id)).toBeNull();
  });

  it('resolves several IDs with nodes(ids), in order, with null for the ones the viewer may not see', async () => {
    const ids = [rows.goal.id, 'garbage', rows.contract.id];
    const mine = await server.gql(tenant.tokens.caseworker, 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
    expect(mine.data?.nodes).toEqual([{ __typename: 'Goal', id: rows.goal.id }, null, { __typename: 'Contract', id: rows.contract.id }]);
    const theirs = await server.gql(other.tokens.caseworker, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(theirs.data?.nodes).toEqual([null, null, null]);
    const tooMany = await server.gql(tenant.tokens.caseworker, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill(rows.goal.id) });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('knows every type that implements Node in the served schema', async () => {
    const { data } = await server.gql(tenant.tokens.caseworker, '{ __type(name: "Node") { possibleTypes { name } } }');
    const served = (data!.__type.possibleTypes as { name: string }[]).map((type) => type.name).sort();
    expect(served.filter((name) => !(name in NODE_TYPES)), 'types implementing Node without an entry in modules/node/node.registry.ts').toEqual([]);
    expect(served).toEqual(expect.arrayContaining(caseTypes.map(([, name]) => name)));
  });
});
