import { contractChecklist, indexDefinition, type FormDefinition, type FormRole } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActiveContract, createCitizen, goalDraft } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { countRows, createContract, daysFromNow, scheduleMeeting } from '../follow-ups/follow-up.fixtures.js';
import { completeAnswersOf, copy, publish, save, saved, storedResponse, submit } from './forms.fixtures.js';

/** The answers to the top-level items a role fills. */
function partOf(definition: FormDefinition, answers: Record<string, unknown>, role: FormRole): Record<string, unknown> {
  const index = indexDefinition(definition);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => index.topLevel.get(id)?.filledBy.includes(role)));
}

const rowId = (globalId: string): string => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];

describe('submitting form responses over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  describe('change notice (subject: a contract)', () => {
    it('refuses a submit with issues, one userError per issue at its item path, and leaves a draft with nothing written', async () => {
      const contract = await createContract(server, tenant);
      const draft = await saved(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers: { description: 'Borgeren er flyttet.' } });
      const before = await countRows(server, 'change_notice');
      const result = await submit(server, tenant.tokens.providerStaff, { id: draft.id, expectedVersion: 1 });
      expect(result.formResponse).toBeNull();
      expect(result.userErrors.length).toBe(draft.issues.length);
      expect(result.userErrors).toContainEqual(expect.objectContaining({ code: 'REQUIRED', field: ['answers', 'consequences'] }));
      for (const error of result.userErrors) expect(error.field?.[0]).toBe('answers');
      expect(await storedResponse(server, draft.id)).toMatchObject({ version: 1, status: 'DRAFT' });
      expect(await countRows(server, 'change_notice')).toBe(before);
    });

    it('submits a complete response: SUBMITTED, the ChangeNotice row written, and no further saves or submits', async () => {
      const contract = await createContract(server, tenant);
      const answers = await completeAnswersOf('change-notice');
      const draft = await saved(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers });
      expect(draft.issues).toEqual([]);
      const stale = await submit(server, tenant.tokens.providerStaff, { id: draft.id, expectedVersion: 7 });
      expect(stale.userErrors).toEqual([expect.objectContaining({ code: 'VERSION_CONFLICT' })]);

      const result = await submit(server, tenant.tokens.providerStaff, { id: draft.id, expectedVersion: 1 });
      expect(result.userErrors).toEqual([]);
      expect(result.formResponse).toMatchObject({ status: 'SUBMITTED', version: 2, writtenObject: { __typename: 'ChangeNotice' } });
      expect(result.formResponse!.submittedAt).toBeTruthy();
      const noticeId = result.formResponse!.writtenObject.id as string;
      const { data } = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { node(id: $id) { ... on ChangeNotice { description consequences documentation contract { id } } } }', { id: noticeId });
      expect(data?.node).toEqual({ description: answers.description, consequences: answers.consequences, documentation: answers.documentation, contract: { id: contract.id } });

      const again = await submit(server, tenant.tokens.providerStaff, { id: draft.id, expectedVersion: 2 });
      expect(again.userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_SUBMITTED' })]);
      const edit = await save(server, tenant.tokens.providerStaff, { id: draft.id, expectedVersion: 2, answers });
      expect(edit.userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_SUBMITTED' })]);
      expect(await countRows(server, 'change_notice', 'contract_id = ?', [rowId(contract.id)])).toBe(1);
    });

    it('stays a draft and writes nothing when the change-notices service refuses (a contract that is not active)', async () => {
      const contract = await createContract(server, tenant, { draft: true });
      const draft = await saved(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers: await completeAnswersOf('change-notice') });
      const result = await submit(server, tenant.tokens.providerStaff, { id: draft.id, expectedVersion: 1 });
      expect(result.userErrors).toEqual([expect.objectContaining({ code: 'CONTRACT_NOT_ACTIVE' })]);
      expect(await storedResponse(server, draft.id)).toMatchObject({ version: 1, status: 'DRAFT' });
      expect(await countRows(server, 'change_notice', 'contract_id = ?', [rowId(contract.id)])).toBe(0);
    });
  });

  describe('status note (subject: a follow-up meeting)', () => {
    async function meetingWithGoals() {
      const contract = await createContract(server, tenant, { goals: 2 });
      const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(60));
      return { contract, meeting };
    }

    async function completeNote(goalIds: string[]): Promise<Record<string, any>> {
      const answers = await completeAnswersOf('status-note');
      answers.goalStatuses = goalIds.map((goalId, i) => ({ ...answers.goalStatuses[i], goalId }));
      return answers;
    }

    it("pre-fills one goal entry per goal of the meeting's contract, with the goal IDs read-only", async () => {
      const { contract, meeting } = await meetingWithGoals();
      const draft = await saved(server, tenant.tokens.providerStaff, { templateKey: 'status-note', subjectId: meeting.id, answers: {} });
      expect(draft.answers).toEqual({ goalStatuses: contract.goalIds.map((goalId) => ({ goalId })) });

      const swapped = await save(server, tenant.tokens.providerStaff, {
        id: draft.id,
        expectedVersion: 1,
        answers: { goalStatuses: [{ goalId: contract.goalIds[1] }, { goalId: contract.goalIds[0] }] },
      });
      expect(swapped.userErrors).toEqual([
        expect.objectContaining({ code: 'READ_ONLY', field: ['answers', 'goalStatuses', '0', 'goalId'] }),
        expect.objectContaining({ code: 'READ_ONLY', field: ['answers', 'goalStatuses', '1', 'goalId'] }),
      ]);
      const filled = await saved(server, tenant.tokens.providerStaff, {
        id: draft.id,
        expectedVersion: 1,
        answers: { providerAssessment: 'Det går godt.', goalStatuses: [{ attainment: 'PARTLY' }, { attainment: 'REACHED' }] },
      });
      expect(filled.answers.goalStatuses).toEqual([
        { goalId: contract.goalIds[0], attainment: 'PARTLY' },
        { goalId: contract.goalIds[1], attainment: 'REACHED' },
      ]);
      const outOfRange = await save(server, tenant.tokens.providerStaff, { id: draft.id, expectedVersion: 2, answers: { goalStatuses: [{ score: 11 }, {}] } });
      expect(outOfRange.userErrors).toEqual([expect.objectContaining({ code: 'OUT_OF_RANGE', field: ['answers', 'goalStatuses', '0', 'score'] })]);
      expect((await storedResponse(server, draft.id)).version).toBe(2);
    });

    it('refuses answers to the status note from the authority side (NOT_YOURS)', async () => {
      const { meeting } = await meetingWithGoals();
      const result = await save(server, tenant.tokens.caseworker, { templateKey: 'status-note', subjectId: meeting.id, answers: { providerAssessment: 'Rådgiverens vurdering' } });
      expect(result.userErrors).toEqual([expect.objectContaining({ code: 'NOT_YOURS', field: ['answers', 'providerAssessment'] })]);
    });

    it('writes the StatusNote, its goal reports and the scores as FOLLOW_UP measurements on submit', async () => {
      const { contract, meeting } = await meetingWithGoals();
      const answers = await completeNote(contract.goalIds);
      const draft = await saved(server, tenant.tokens.providerStaff, { templateKey: 'status-note', subjectId: meeting.id, answers });
      expect(draft.issues).toEqual([]);
      const result = await submit(server, tenant.tokens.providerStaff, { id: draft.id, expectedVersion: draft.version });
      expect(result.userErrors).toEqual([]);
      expect(result.formResponse).toMatchObject({ status: 'SUBMITTED', writtenObject: { __typename: 'StatusNote' } });

      const { data } = await server.gql(
        tenant.tokens.caseworker,
        `query($id: ID!) { formResponse(id: $id) { statusNote { id providerAssessment recommendation reviewedWithCitizen remarks
          themeChanges { lifeThemeKey functionalLevel } goalStatuses { attainment score scale goal { id } } } } }`,
        { id: draft.id },
      );
      const note = data?.formResponse.statusNote;
      expect(note).toMatchObject({ providerAssessment: answers.providerAssessment, recommendation: 'CHANGE', reviewedWithCitizen: true, remarks: answers.remarks });
      expect(note.themeChanges).toEqual([
        { lifeThemeKey: 'PRACTICAL_TASKS', functionalLevel: 2 },
        { lifeThemeKey: 'MENTAL_FUNCTIONS', functionalLevel: null },
      ]);
      expect(note.goalStatuses).toEqual([
        { attainment: 'PARTLY', score: 6, scale: 'ONE_TO_TEN', goal: { id: contract.goalIds[0] } },
        { attainment: 'REACHED', score: 8, scale: 'ONE_TO_TEN', goal: { id: contract.goalIds[1] } },
      ]);
      const measurements = await server.db.query(
        `SELECT goal_id, value, kind, scale FROM measurement WHERE status_note_id = ${server.db.options.type === 'postgres' ? '$1' : '?'} ORDER BY value`,
        [rowId(note.id)],
      );
      expect(measurements.map((m: Record<string, unknown>) => ({ ...m, value: Number(m.value) }))).toEqual([
        { goal_id: rowId(contract.goalIds[0]), value: 6, kind: 'FOLLOW_UP', scale: 'ONE_TO_TEN' },
        { goal_id: rowId(contract.goalIds[1]), value: 8, kind: 'FOLLOW_UP', scale: 'ONE_TO_TEN' },
      ]);
    });

    it('stays a draft and writes nothing when the status-notes service refuses (a second note for the meeting; an authority submitter)', async () => {
      const { contract, meeting } = await meetingWithGoals();
      const answers = await completeNote(contract.goalIds);
      const first = await saved(server, tenant.tokens.providerStaff, { templateKey: 'status-note', subjectId: meeting.id, answers });
      const second = await saved(server, tenant.tokens.providerStaff, { templateKey: 'status-note', subjectId: meeting.id, answers });

      const before = { notes: await countRows(server, 'status_note'), reports: await countRows(server, 'goal_status'), measurements: await countRows(server, 'measurement') };
      const byAuthority = await submit(server, tenant.tokens.caseworker, { id: first.id, expectedVersion: 1 });
      expect(byAuthority.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
      expect(await storedResponse(server, first.id)).toMatchObject({ version: 1, status: 'DRAFT' });

      expect((await submit(server, tenant.tokens.providerStaff, { id: first.id, expectedVersion: 1 })).userErrors).toEqual([]);
      const afterFirst = { notes: await countRows(server, 'status_note'), reports: await countRows(server, 'goal_status'), measurements: await countRows(server, 'measurement') };
      expect(afterFirst).toEqual({ notes: before.notes + 1, reports: before.reports + 2, measurements: before.measurements + 2 });

      const duplicate = await submit(server, tenant.tokens.providerStaff, { id: second.id, expectedVersion: 1 });
      expect(duplicate.userErrors).toEqual([expect.objectContaining({ code: 'STATUS_NOTE_EXISTS' })]);
      expect(await storedResponse(server, second.id)).toMatchObject({ version: 1, status: 'DRAFT' });
      expect({ notes: await countRows(server, 'status_note'), reports: await countRows(server, 'goal_status'), measurements: await countRows(server, 'measurement') }).toEqual(afterFirst);
    });
  });

  describe('contract checklist', () => {
    /** The built-in checklist published as the authority's own version about a citizen or about a draft contract. */
    async function checklistAbout(owner: Tenant, subject: 'CITIZEN' | 'CONTRACT'): Promise<void> {
      const definition = { ...copy(contractChecklist), subject };
      const published = await publish(server, owner.tokens.caseworker, 'contract-checklist', definition);
      expect(published.userErrors).toEqual([]);
    }

    /** The caseworker fills the authority's items, the provider its own (sub-goals, seller signature). */
    async function filledChecklist(owner: Tenant, subjectId: string, answers: Record<string, unknown>): Promise<Record<string, any>> {
      const draft = await saved(server, owner.tokens.caseworker, { templateKey: 'contract-checklist', subjectId, answers: partOf(contractChecklist, answers, 'AUTHORITY') });
      const full = await saved(server, owner.tokens.providerStaff, { id: draft.id, expectedVersion: 1, answers: partOf(contractChecklist, answers, 'PROVIDER') });
      expect(full.issues).toEqual([]);
      return full;
    }

    async function citizenWithOrder(owner: Tenant): Promise<string> {
      const citizenId = await createCitizen(server, owner, 'Jonas Holm Sørensen');
      const order = await server.gql(owner.tokens.caseworker, 'mutation($i: SendOrderInput!) { sendOrder(input: $i) { userErrors { code } } }', {
        i: { citizenId, providerId: owner.provider.id, assessment: 'VUM-udredning', services: ['SEL_107'] },
      });
      expect(order.data?.sendOrder.userErrors).toEqual([]);
      // The provider fills its part of a form about the citizen only through an active contract (a current effort)
      // and the citizen's consent: an order alone does not show it the citizen (auth/policy-table.ts).
      await createActiveContract(server, owner, { citizenId, serviceType: 'SEL_85', goals: [goalDraft()] });
      return citizenId;
    }

    const CONTRACT = `query($id: ID!) { formResponse(id: $id) { derived contract { id status serviceType startDate purpose goalRationale nextFollowUpDate noticePeriodDays
      assessmentTool reportingForms price { amount unit } citizen { id } provider { id } lifeThemes { key }
      goals { title goalType deadline priority status lifeTheme { key } } } } }`;

    it('about a citizen: creates the draft Contract and its Goals from the answers, with the provider given on submit', async () => {
      const owner = await buildTenant(server);
      await checklistAbout(owner, 'CITIZEN');
      const citizenId = await citizenWithOrder(owner);
      const answers = await completeAnswersOf('contract-checklist');
      const full = await filledChecklist(owner, citizenId, answers);

      const before = { contracts: await countRows(server, 'contract'), goals: await countRows(server, 'goal') };
      const noProvider = await submit(server, owner.tokens.caseworker, { id: full.id, expectedVersion: full.version });
      expect(noProvider.userErrors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: ['input', 'providerId'] })]);
      expect({ contracts: await countRows(server, 'contract'), goals: await countRows(server, 'goal') }).toEqual(before);

      const result = await submit(server, owner.tokens.caseworker, { id: full.id, expectedVersion: full.version, providerId: owner.provider.id });
      expect(result.userErrors).toEqual([]);
      expect(result.formResponse).toMatchObject({ status: 'SUBMITTED', writtenObject: { __typename: 'Contract' } });
      const { data } = await server.gql(owner.tokens.caseworker, CONTRACT, { id: full.id });
      const contract = data?.formResponse.contract;
      expect(contract).toMatchObject({
        status: 'DRAFT',
        serviceType: answers.serviceType,
        startDate: answers.startDate,
        purpose: answers.purpose,
        goalRationale: answers.goalRationale,
        nextFollowUpDate: answers.nextFollowUpDate,
        noticePeriodDays: answers.noticePeriodDays,
        assessmentTool: answers.assessmentTool,
        reportingForms: answers.reportingForms,
        price: { amount: answers.priceAmount, unit: answers.priceUnit },
        citizen: { id: citizenId },
        provider: { id: owner.provider.id },
      });
      expect(contract.lifeThemes.map((t: { key: string }) => t.key)).toEqual(answers.lifeThemeKeys);
      expect(contract.goals).toEqual(
        answers.goals.map((goal: Record<string, string>, i: number) => ({
          title: goal.title, goalType: goal.goalType, deadline: goal.deadline, priority: i + 1, status: 'ACTIVE', lifeTheme: { key: goal.lifeThemeKey },
        })),
      );
      expect({ contracts: await countRows(server, 'contract'), goals: await countRows(server, 'goal') }).toEqual({ contracts: before.contracts + 1, goals: before.goals + answers.goals.length });
      expect(Object.keys(data?.formResponse.derived).sort()).toEqual([...(contractChecklist.derived ?? [])].sort());
    });

    it("points a refusal by the contracts service at the answer it came from, and writes nothing", async () => {
      const owner = await buildTenant(server);
      await checklistAbout(owner, 'CITIZEN');
      const citizenId = await citizenWithOrder(owner);
      const answers = await completeAnswersOf('contract-checklist');
      answers.goals[1].deadline = '2026-01-15'; // before the start on 2026-03-01
      const full = await filledChecklist(owner, citizenId, answers);
      const before = { contracts: await countRows(server, 'contract'), goals: await countRows(server, 'goal') };
      const result = await submit(server, owner.tokens.caseworker, { id: full.id, expectedVersion: full.version, providerId: owner.provider.id });
      expect(result.userErrors).toEqual([expect.objectContaining({ code: 'DEADLINE_BEFORE_START', field: ['answers', 'goals', '1', 'deadline'] })]);
      expect(await storedResponse(server, full.id)).toMatchObject({ version: full.version, status: 'DRAFT' });
      expect({ contracts: await countRows(server, 'contract'), goals: await countRows(server, 'goal') }).toEqual(before);
    });

    it('about a draft contract: fills in its fields and goals (updating, adding and discontinuing goals in order)', async () => {
      const owner = await buildTenant(server);
      await checklistAbout(owner, 'CONTRACT');
      const draftContract = await createContract(server, owner, { draft: true, goals: 3 });
      const answers = await completeAnswersOf('contract-checklist');
      const full = await filledChecklist(owner, draftContract.id, answers);
      const result = await submit(server, owner.tokens.caseworker, { id: full.id, expectedVersion: full.version });
      expect(result.userErrors).toEqual([]);
      expect(result.formResponse?.writtenObject).toEqual({ __typename: 'Contract', id: draftContract.id });
      const { data } = await server.gql(owner.tokens.caseworker, CONTRACT, { id: full.id });
      const contract = data?.formResponse.contract;
      expect(contract).toMatchObject({ id: draftContract.id, status: 'DRAFT', purpose: answers.purpose, startDate: answers.startDate, serviceType: answers.serviceType });
      expect(contract.lifeThemes.map((t: { key: string }) => t.key)).toEqual(answers.lifeThemeKeys);
      const active = contract.goals.filter((g: { status: string }) => g.status === 'ACTIVE');
      expect(active.map((g: { title: string }) => g.title)).toEqual(answers.goals.map((g: { title: string }) => g.title));
      expect(contract.goals.filter((g: { status: string }) => g.status === 'DISCONTINUED')).toHaveLength(1);
    });

    it('refuses to fill a contract that is no longer a draft, and changes nothing', async () => {
      const owner = await buildTenant(server);
      await checklistAbout(owner, 'CONTRACT');
      const active = await createContract(server, owner);
      const answers = await completeAnswersOf('contract-checklist');
      const full = await filledChecklist(owner, active.id, answers);
      const result = await submit(server, owner.tokens.caseworker, { id: full.id, expectedVersion: full.version });
      expect(result.userErrors).toEqual([expect.objectContaining({ code: 'CONTRACT_NOT_DRAFT' })]);
      expect(await storedResponse(server, full.id)).toMatchObject({ status: 'DRAFT' });
    });
  });
});
