import { changeNotice, contractChecklist } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizen } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { countRows, createContract } from '../follow-ups/follow-up.fixtures.js';
import { RESPONSE, copy, publish, save, saved, storedResponse, submit } from './forms.fixtures.js';

const NODE = 'query($id: ID!) { node(id: $id) { __typename id } }';
const RESPONSES = 'query($id: ID!) { formResponses(first: 20, subjectId: $id) { totalCount edges { node { id template { key } } } } }';

describe('form responses: drafts over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  /** A change notice draft about an active contract, started by the provider. */
  async function changeNoticeDraft(answers: Record<string, unknown> = { description: 'Borgeren er flyttet til egen bolig.' }, who: Tenant = tenant) {
    const contract = await createContract(server, who);
    const response = await saved(server, who.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers });
    return { contract, response };
  }

  it('starts a draft with incomplete answers and lists what is still required as issues', async () => {
    const { contract, response } = await changeNoticeDraft();
    expect(response).toMatchObject({
      version: 1,
      status: 'DRAFT',
      subjectType: 'CONTRACT',
      subjectId: contract.id,
      submittedAt: null,
      writtenObject: null,
      answers: { description: 'Borgeren er flyttet til egen bolig.' },
      template: { key: 'change-notice', version: changeNotice.version, builtIn: true },
    });
    const required = response.issues.filter((i: { code: string }) => i.code === 'REQUIRED').map((i: { path: string[] }) => i.path);
    expect(required).toEqual(expect.arrayContaining([['changeKind'], ['consequences']]));
    expect(required).not.toContainEqual(['description']);
    expect(response.issues[0].message).toBeTruthy();
    expect(response.issues[0].messageEn).toBeTruthy();

    const updated = await saved(server, tenant.tokens.providerStaff, {
      id: response.id,
      expectedVersion: 1,
      answers: { description: 'Borgeren er flyttet til egen bolig.', consequences: 'Færre timer om ugen.' },
    });
    expect(updated).toMatchObject({ version: 2, answers: { consequences: 'Færre timer om ugen.' } });
    expect((await storedResponse(server, response.id)).version).toBe(2);
  });

  it('lists the responses about a subject and resolves one by id and by node(id)', async () => {
    const { contract, response } = await changeNoticeDraft();
    const list = await server.gql(tenant.tokens.caseworker, RESPONSES, { id: contract.id });
    expect(list.data?.formResponses).toEqual({ totalCount: 1, edges: [{ node: { id: response.id, template: { key: 'change-notice' } } }] });
    const BY_KEY = 'query($id: ID!, $key: String) { formResponses(first: 20, subjectId: $id, templateKey: $key) { totalCount } }';
    expect((await server.gql(tenant.tokens.caseworker, BY_KEY, { id: contract.id, key: 'change-notice' })).data?.formResponses.totalCount).toBe(1);
    expect((await server.gql(tenant.tokens.caseworker, BY_KEY, { id: contract.id, key: 'status-note' })).data?.formResponses.totalCount).toBe(0);
    expect((await server.gql(tenant.tokens.caseworker, BY_KEY, { id: 'garbage' })).data?.formResponses.totalCount).toBe(0);
    const one = await server.gql(tenant.tokens.caseworker, RESPONSE, { id: response.id });
    expect(one.data?.formResponse).toMatchObject({ id: response.id, status: 'DRAFT' });
    expect((await server.gql(tenant.tokens.providerStaff, NODE, { id: response.id })).data?.node).toEqual({ __typename: 'FormResponse', id: response.id });
    const subject = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { formResponse(id: $id) { subject { __typename ... on Contract { id } } } }', { id: response.id });
    expect(subject.errors).toBeUndefined();
    expect(subject.data?.formResponse.subject).toEqual({ __typename: 'Contract', id: contract.id });
  });

  const misfits: [string, Record<string, unknown>, string, string[]][] = [
    ['an unknown item', { nonsense: 'x' }, 'UNKNOWN_ITEM', ['answers', 'nonsense']],
    ['a wrong type', { description: 42 }, 'WRONG_TYPE', ['answers', 'description']],
    ['a text that is too long', { description: 'x'.repeat(20_001) }, 'TOO_LONG', ['answers', 'description']],
    ['a value that is not an option', { changeKind: 'NOPE' }, 'NOT_AN_OPTION', ['answers', 'changeKind']],
    ['an answer to a hidden item', { hasDocumentation: false, documentation: 'Journalnotat' }, 'HIDDEN_ANSWERED', ['answers', 'documentation']],
  ];
  for (const [what, answers, code, field] of misfits) {
    it(`refuses ${what} with the item path, and stores nothing (new and existing drafts)`, async () => {
      const contract = await createContract(server, tenant);
      const before = await countRows(server, 'form_response');
      const created = await save(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers });
      expect(created.formResponse).toBeNull();
      expect(created.userErrors).toContainEqual(expect.objectContaining({ code, field }));
      expect(await countRows(server, 'form_response')).toBe(before);

      const draft = await saved(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers: { consequences: 'Ingen' } });
      const updated = await save(server, tenant.tokens.providerStaff, { id: draft.id, expectedVersion: 1, answers: { consequences: 'Nye', ...answers } });
      expect(updated.userErrors).toContainEqual(expect.objectContaining({ code, field }));
      expect(await storedResponse(server, draft.id)).toEqual({ version: 1, status: 'DRAFT', answers: { consequences: 'Ingen' } });
    });
  }

  it('reports every misfit at once, one userError per issue', async () => {
    const contract = await createContract(server, tenant);
    const result = await save(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers: { nonsense: 1, description: 42 } });
    expect(result.userErrors.map((e) => e.code).sort()).toEqual(['UNKNOWN_ITEM', 'WRONG_TYPE']);
  });

  it('refuses answers that are not a JSON object', async () => {
    const contract = await createContract(server, tenant);
    const result = await save(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers: ['a'] });
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'WRONG_TYPE', field: ['input', 'answers'] })]);
  });

  it('refuses a stale expectedVersion with VERSION_CONFLICT and keeps the stored answers; expectedVersion is required to update', async () => {
    const { response } = await changeNoticeDraft({ description: 'Første' });
    await saved(server, tenant.tokens.providerStaff, { id: response.id, expectedVersion: 1, answers: { description: 'Anden' } });
    const stale = await save(server, tenant.tokens.providerStaff, { id: response.id, expectedVersion: 1, answers: { description: 'Tredje' } });
    expect(stale).toEqual({ formResponse: null, userErrors: [expect.objectContaining({ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] })] });
    const missing = await save(server, tenant.tokens.providerStaff, { id: response.id, answers: { description: 'Fjerde' } });
    expect(missing.userErrors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: ['input', 'expectedVersion'] })]);
    expect(await storedResponse(server, response.id)).toMatchObject({ version: 2, answers: { description: 'Anden' } });
  });

  it('refuses a template about another kind of subject, an unknown template and a malformed subject ID', async () => {
    const citizenId = await createCitizen(server, tenant);
    const wrong = await save(server, tenant.tokens.caseworker, { templateKey: 'change-notice', subjectId: citizenId, answers: {} });
    expect(wrong.userErrors).toEqual([expect.objectContaining({ code: 'WRONG_SUBJECT', field: ['input', 'subjectId'] })]);
    const contract = await createContract(server, tenant);
    const unknown = await save(server, tenant.tokens.providerStaff, { templateKey: 'no-such-form', subjectId: contract.id, answers: {} });
    expect(unknown.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'templateKey'] })]);
    const noVersion = await save(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', templateVersion: 42, subjectId: contract.id, answers: {} });
    expect(noVersion.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'templateVersion'] })]);
    const malformed = await save(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', subjectId: 'garbage', answers: {} });
    expect(malformed.userErrors).toEqual([expect.objectContaining({ code: 'MALFORMED_ID', field: ['input', 'subjectId'] })]);
    const noSubject = await save(server, tenant.tokens.providerStaff, { templateKey: 'change-notice', answers: {} });
    expect(noSubject.userErrors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: ['input', 'subjectId'] })]);
  });

  it("hides a response from another organisation and managers, and refuses their saves and starts", async () => {
    const { contract, response } = await changeNoticeDraft();
    const other = await buildTenant(server);
    for (const token of [other.tokens.caseworker, other.tokens.providerStaff, tenant.tokens.manager]) {
      expect((await server.gql(token, RESPONSE, { id: response.id })).data?.formResponse).toBeNull();
      expect((await server.gql(token, NODE, { id: response.id })).data?.node).toBeNull();
      expect((await server.gql(token, RESPONSES, { id: contract.id })).data?.formResponses.totalCount).toBe(0);
    }
    const before = await storedResponse(server, response.id);
    const foreignSave = await save(server, other.tokens.providerStaff, { id: response.id, expectedVersion: 1, answers: { description: 'Overtaget' } });
    expect(foreignSave.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'id'] })]);
    const foreignStart = await save(server, other.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers: {} });
    expect(foreignStart.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'subjectId'] })]);
    const manager = await save(server, tenant.tokens.manager, { id: response.id, expectedVersion: 1, answers: {} });
    expect(manager.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const foreignSubmit = await submit(server, other.tokens.caseworker, { id: response.id, expectedVersion: 1 });
    expect(foreignSubmit.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect(await storedResponse(server, response.id)).toEqual(before);
  });

  describe('two parties on one response (filledBy)', () => {
    /** The contract checklist's subject as its template says: a citizen (with an order at the provider) or a draft contract. */
    async function checklistSubject(): Promise<string> {
      if (contractChecklist.subject === 'CONTRACT') return (await createContract(server, tenant, { draft: true })).id;
      const citizenId = await createCitizen(server, tenant, 'Jonas Holm Sørensen');
      const order = await server.gql(tenant.tokens.caseworker, 'mutation($i: SendOrderInput!) { sendOrder(input: $i) { userErrors { code } } }', {
        i: { citizenId, providerId: tenant.provider.id, assessment: 'Vurdering', services: ['SEL_107'] },
      });
      expect(order.data?.sendOrder.userErrors).toEqual([]);
      return citizenId;
    }

    const authorityAnswers = { purpose: 'At Jonas bliver tryg i sin nye bolig.', assessmentTool: 'VUM' };
    const providerAnswers = { subGoals: [{ subGoalGoalNumber: 1, subGoalTitle: 'Indkøbsliste hver søndag' }] };

    it("keeps the other party's answers and the items left out when a party saves; null clears one's own answer", async () => {
      const subjectId = await checklistSubject();
      const started = await saved(server, tenant.tokens.caseworker, { templateKey: 'contract-checklist', subjectId, answers: authorityAnswers });
      const byProvider = await saved(server, tenant.tokens.providerStaff, { id: started.id, expectedVersion: 1, answers: providerAnswers });
      expect(byProvider.answers).toEqual({ ...authorityAnswers, ...providerAnswers });
      const echoed = await saved(server, tenant.tokens.providerStaff, { id: started.id, expectedVersion: 2, answers: { ...byProvider.answers } });
      expect(echoed.answers).toEqual({ ...authorityAnswers, ...providerAnswers });
      const byAuthority = await saved(server, tenant.tokens.caseworker, { id: started.id, expectedVersion: 3, answers: { purpose: 'Et nyt formål.' } });
      expect(byAuthority.answers).toEqual({ ...authorityAnswers, purpose: 'Et nyt formål.', ...providerAnswers });
      const cleared = await saved(server, tenant.tokens.caseworker, { id: started.id, expectedVersion: 4, answers: { assessmentTool: null } });
      expect(cleared.answers).toEqual({ purpose: 'Et nyt formål.', ...providerAnswers });
      const providerClears = await save(server, tenant.tokens.providerStaff, { id: started.id, expectedVersion: 5, answers: { purpose: null } });
      expect(providerClears.userErrors).toEqual([expect.objectContaining({ code: 'NOT_YOURS', field: ['answers', 'purpose'] })]);
    });

    it("refuses a change to the other party's items with NOT_YOURS at the item path, and stores nothing", async () => {
      const subjectId = await checklistSubject();
      const started = await saved(server, tenant.tokens.caseworker, { templateKey: 'contract-checklist', subjectId, answers: authorityAnswers });
      const providerEdit = await save(server, tenant.tokens.providerStaff, { id: started.id, expectedVersion: 1, answers: { ...providerAnswers, purpose: 'Leverandørens formål' } });
      expect(providerEdit.userErrors).toEqual([expect.objectContaining({ code: 'NOT_YOURS', field: ['answers', 'purpose'] })]);
      const withSubGoals = await saved(server, tenant.tokens.providerStaff, { id: started.id, expectedVersion: 1, answers: providerAnswers });
      const authorityEdit = await save(server, tenant.tokens.caseworker, {
        id: started.id,
        expectedVersion: withSubGoals.version,
        answers: { ...authorityAnswers, subGoals: [{ subGoalGoalNumber: 2, subGoalTitle: 'Rådgiverens delmål' }] },
      });
      expect(authorityEdit.userErrors).toEqual([expect.objectContaining({ code: 'NOT_YOURS', field: ['answers', 'subGoals'] })]);
      expect(await storedResponse(server, started.id)).toEqual({ version: 2, status: 'DRAFT', answers: { ...authorityAnswers, ...providerAnswers } });
      const providerStart = await save(server, tenant.tokens.providerStaff, { templateKey: 'contract-checklist', subjectId, answers: { purpose: 'Formål' } });
      expect(providerStart.userErrors).toEqual([expect.objectContaining({ code: 'NOT_YOURS', field: ['answers', 'purpose'] })]);
    });
  });

  describe('template versions', () => {
    it('keeps a response on the version it was started on after a newer one is published, and validates and submits with it', async () => {
      const own = await buildTenant(server);
      const contract = await createContract(server, own);
      const old = await saved(server, own.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers: { description: 'Før den nye version' } });
      expect(old.template).toMatchObject({ version: 1, builtIn: true });

      const next = copy(changeNotice) as Record<string, any>;
      next.sections[0].items.push({ id: 'reportedBy', type: 'text', label: { da: 'Indberettet af', en: 'Reported by' }, required: true });
      const published = await publish(server, own.tokens.caseworker, 'change-notice', next);
      expect(published.formTemplate).toMatchObject({ version: 2 });

      const reread = await server.gql(own.tokens.providerStaff, RESPONSE, { id: old.id });
      expect(reread.data?.formResponse.template).toMatchObject({ version: 1, builtIn: true });
      expect(reread.data?.formResponse.issues.map((i: { path: string[] }) => i.path)).not.toContainEqual(['reportedBy']);
      const newItem = await save(server, own.tokens.providerStaff, { id: old.id, expectedVersion: 1, answers: { description: 'x', reportedBy: 'Lise' } });
      expect(newItem.userErrors).toEqual([expect.objectContaining({ code: 'UNKNOWN_ITEM', field: ['answers', 'reportedBy'] })]);

      const fresh = await saved(server, own.tokens.providerStaff, { templateKey: 'change-notice', subjectId: contract.id, answers: { reportedBy: 'Lise' } });
      expect(fresh.template).toMatchObject({ version: 2, builtIn: false });
      const pinned = await saved(server, own.tokens.providerStaff, { templateKey: 'change-notice', templateVersion: 1, subjectId: contract.id, answers: {} });
      expect(pinned.template).toMatchObject({ version: 1 });

      const complete = { changeKind: 'OTHER', description: 'Borgeren er flyttet.', consequences: 'Færre timer.', hasDocumentation: false, followUpWanted: false };
      const filled = await saved(server, own.tokens.providerStaff, { id: old.id, expectedVersion: 1, answers: complete });
      expect(filled.issues).toEqual([]);
      const submitted = await submit(server, own.tokens.providerStaff, { id: old.id, expectedVersion: filled.version });
      expect(submitted.userErrors).toEqual([]);
      expect(submitted.formResponse).toMatchObject({ status: 'SUBMITTED', template: { version: 1 } });
    });
  });
});
