import { checkDefinition, type FormDefinition } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isAdmin, isCaseworker } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { newId, nowInstant } from '../../db/columns.js';
import type { PublishFormTemplateInput } from './dto/form.input.js';
import { FormProblemsError } from './form-mutation.js';
import { FormTemplate } from './form-template.entity.js';
import { highestVersion } from './form-template.scope.js';
import { FormErrors } from './form.errors.js';

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An authority publishes its own version of a template ("municipalities have different templates"): the
 * next version number of the key among the built-in and the authority's own versions. The definition must
 * pass checkDefinition; every problem comes back as a userError under ['input', 'definition', ...].
 * Responses already started keep the version they were started on.
 */
export async function publishFormTemplate(tx: EntityManager, viewer: Viewer, input: PublishFormTemplateInput): Promise<FormTemplate> {
  if (viewer.organization.kind !== 'AUTHORITY' || !(isCaseworker(viewer) || isAdmin(viewer))) throw FormErrors.onlyAuthority();
  const key = typeof input.key === 'string' ? input.key.trim() : '';
  if (!KEY.test(key) || key.length > 100) throw FormErrors.badKey();
  if (!isPlainObject(input.definition)) throw FormErrors.notAnObject(['input', 'definition']);
  const version = (await highestVersion(tx, viewer.organization.rowId, key)) + 1;
  const definition = { ...input.definition, key, version } as unknown as FormDefinition;
  const problems = checkDefinition(definition);
  if (problems.length > 0) {
    throw new FormProblemsError(problems.map((problem) => ({ code: problem.code, messages: problem.message, field: ['input', 'definition', ...problem.path.map(String)] })));
  }
  const now = nowInstant();
  const template = Object.assign(new FormTemplate(), {
    rowId: newId(),
    key,
    version,
    authorityId: viewer.organization.rowId,
    title: String(definition.title?.da ?? key).slice(0, 500),
    definition,
    publishedAt: now,
    publishedById: viewer.user.rowId,
    createdAt: now,
  });
  await tx.getRepository(FormTemplate).insert(template);
  return template;
}
