import { BUILT_IN_TEMPLATES } from '../../packages/schema/src/index.js';
import { expect } from 'vitest';
import { createCitizen } from '../../packages/server/src/test-support/case-fixtures.js';
import { buildTenant, buildUser, type Tenant } from '../../packages/server/src/test-support/factories.js';
import type { TestServer } from '../../packages/server/src/test-support/test-server.js';
import { createContract, daysFromNow, scheduleMeeting } from '../../packages/server/src/modules/follow-ups/follow-up.fixtures.js';
import type { IdPool } from './fuzz-inputs.js';

/*
 * What the fuzzing runs against: two tenants with citizens, contracts (active and draft), a follow-up meeting and
 * a draft of every built-in form, and a pool of their global IDs.
 */

export interface Draft {
  id: string;
  version: number;
  token: string;
  templateKey: string;
  itemIds: string[];
}

export interface FuzzWorld {
  tenant: Tenant;
  other: Tenant;
  /** A user whose forged tokens the fuzzing sends (and may lock out), so the others stay usable. */
  victimToken: string;
  pool: IdPool;
  drafts: Draft[];
  subjects: Record<'CITIZEN' | 'CONTRACT' | 'MEETING', string>;
  cursor: string;
}

/** Every string under an `id` key in a template definition: the item ids answers are keyed by. */
function itemIdsOf(definition: unknown): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'id' && typeof inner === 'string') ids.add(inner);
        else walk(inner);
      }
    }
  };
  walk(definition);
  return [...ids];
}

const SAVE = 'mutation($input: SaveFormResponseInput!) { saveFormResponse(input: $input) { formResponse { id version } userErrors { code } } }';

export async function startDraft(server: TestServer, world: Pick<FuzzWorld, 'tenant' | 'subjects'>, templateKey: string): Promise<Draft | null> {
  const template = BUILT_IN_TEMPLATES.find((candidate) => candidate.key === templateKey)!;
  const subjectId = world.subjects[template.subject as keyof FuzzWorld['subjects']];
  for (const token of [world.tenant.tokens.caseworker, world.tenant.tokens.providerStaff]) {
    const { data } = await server.gql(token, SAVE, { input: { templateKey, subjectId, answers: {} } });
    const response = data?.saveFormResponse?.formResponse;
    if (response) return { id: response.id, version: response.version, token, templateKey, itemIds: itemIdsOf(template) };
  }
  return null;
}

export async function buildWorld(server: TestServer): Promise<FuzzWorld> {
  const tenant = await buildTenant(server);
  const other = await buildTenant(server);
  const victim = await buildUser(server.db, tenant.authority, 'CASEWORKER');
  const active = await createContract(server, tenant, { goals: 2 });
  const draftContract = await createContract(server, tenant, { draft: true });
  const meeting = await scheduleMeeting(server, tenant, active.id, daysFromNow(40));
  const citizenId = await createCitizen(server, tenant, 'Fuzz Borger');
  const foreign = await createContract(server, other, { goals: 1 });
  const foreignCitizen = await createCitizen(server, other, 'Fremmed Fuzz');

  const subjects = { CITIZEN: citizenId, CONTRACT: active.id, MEETING: meeting.id };
  const drafts: Draft[] = [];
  for (const template of BUILT_IN_TEMPLATES) {
    const draft = await startDraft(server, { tenant, subjects }, template.key);
    if (draft) drafts.push(draft);
  }
  expect(drafts.length).toBeGreaterThanOrEqual(8);

  const page = await server.gql(tenant.tokens.caseworker, '{ citizens(first: 1) { pageInfo { endCursor } edges { node { id } } } contracts(first: 5) { edges { node { id citizen { id } } } } }');
  const citizenIds = [citizenId, ...(page.data?.contracts.edges ?? []).map((edge: { node: { citizen: { id: string } } }) => edge.node.citizen.id)];
  return {
    tenant,
    other,
    victimToken: await server.tokenFor(victim.rowId),
    subjects,
    drafts,
    cursor: page.data?.citizens.pageInfo.endCursor,
    pool: {
      own: [...new Set([...citizenIds, active.id, draftContract.id, ...active.goalIds, ...draftContract.goalIds, meeting.id, ...drafts.map((draft) => draft.id), tenant.provider.id, tenant.authority.id])],
      foreign: [foreign.id, ...foreign.goalIds, foreignCitizen, other.provider.id, other.authority.id],
    },
  };
}
