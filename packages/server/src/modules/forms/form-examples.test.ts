import { BUILT_IN_TEMPLATES, indexDefinition, type FormDefinition } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActiveContract, createCitizen } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { createContract, daysFromNow, scheduleMeeting } from '../follow-ups/follow-up.fixtures.js';
import { completeAnswersOf, saved, submit } from './forms.fixtures.js';

/** The caseworker answers the items the authority fills; the provider the rest it fills. */
function split(definition: FormDefinition, answers: Record<string, unknown>): { authority: Record<string, unknown>; provider: Record<string, unknown> } {
  const index = indexDefinition(definition);
  const authority: Record<string, unknown> = {};
  const provider: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers)) {
    const roles = index.topLevel.get(id)?.filledBy ?? [];
    if (roles.includes('AUTHORITY')) authority[id] = value;
    else if (roles.includes('PROVIDER')) provider[id] = value;
    else throw new Error(`${definition.key}: no staff role fills ${id}`);
  }
  return { authority, provider };
}

const hasBindings = (definition: FormDefinition): boolean => JSON.stringify(definition).includes('"binding"');

describe('every built-in template through the API, with its shared example', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  async function subjectFor(definition: FormDefinition): Promise<{ subjectId: string; goalIds: string[] }> {
    if (definition.subject === 'CITIZEN') {
      // The provider fills its part about a citizen only through an active contract and the citizen's consent.
      const citizenId = await createCitizen(server, tenant);
      await createActiveContract(server, tenant, { citizenId });
      return { subjectId: citizenId, goalIds: [] };
    }
    const contract = await createContract(server, tenant, { goals: 2, draft: definition.key === 'contract-checklist' });
    if (definition.subject === 'CONTRACT') return { subjectId: contract.id, goalIds: contract.goalIds };
    const meeting = await scheduleMeeting(server, tenant, contract.id, daysFromNow(60));
    return { subjectId: meeting.id, goalIds: contract.goalIds };
  }

  for (const definition of BUILT_IN_TEMPLATES) {
    it(`${definition.key}: the complete example saves in two parts without issues${hasBindings(definition) ? '' : ' and submits'}`, async () => {
      const answers = await completeAnswersOf(definition.key);
      const { subjectId, goalIds } = await subjectFor(definition);
      // The server fills the status note's goal IDs itself; the provider leaves them out.
      if (Array.isArray(answers.goalStatuses)) answers.goalStatuses = answers.goalStatuses.map(({ goalId: _, ...entry }: Record<string, unknown>) => entry);
      const parts = split(definition, answers);
      let response = await saved(server, tenant.tokens.caseworker, { templateKey: definition.key, subjectId, answers: parts.authority });
      response = await saved(server, tenant.tokens.providerStaff, { id: response.id, expectedVersion: response.version, answers: parts.provider });
      expect(response.issues).toEqual([]);
      if (definition.key === 'status-note') expect(response.answers.goalStatuses.map((e: { goalId: string }) => e.goalId)).toEqual(goalIds);
      expect(Object.keys(response.derived).sort()).toEqual([...(definition.derived ?? [])].sort());
      if (hasBindings(definition)) return;
      const result = await submit(server, tenant.tokens.caseworker, { id: response.id, expectedVersion: response.version });
      expect(result.userErrors).toEqual([]);
      expect(result.formResponse).toMatchObject({ status: 'SUBMITTED', writtenObject: null, issues: [] });
    });
  }

  it('the split covers every top-level item of every template with a staff role', () => {
    for (const definition of BUILT_IN_TEMPLATES) {
      for (const node of indexDefinition(definition).topLevel.values()) {
        if (node.item.type === 'display') continue;
        expect(node.filledBy.some((role) => role === 'AUTHORITY' || role === 'PROVIDER'), `${definition.key}.${node.id}`).toBe(true);
      }
    }
  });
});
