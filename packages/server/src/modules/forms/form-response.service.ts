import { danishToday, validateResponse, type Answers, type FormRole, type ValidationContext } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { claimVersion } from '../../common/version.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import type { SaveFormResponseInput, SubmitFormResponseInput } from './dto/form.input.js';
import { mergeAnswers, withoutNulls } from './form-answers.js';
import { writeBindings } from './form-bindings.js';
import { FormProblemsError, issuesToProblems } from './form-mutation.js';
import { prefillAnswers } from './form-prefill.js';
import { FormResponse } from './form-response.entity.js';
import { findVisibleResponse } from './form-response.scope.js';
import { decodeSubjectId, findVisibleSubject, formRoleOf, type FormSubject } from './form-subject.js';
import { FormTemplate } from './form-template.entity.js';
import { findTemplate } from './form-template.scope.js';
import { FormErrors, SUBJECT_WORDS } from './form.errors.js';
import { FormResponseStatus, FormSubjectType } from './form.enums.js';
import { assertProviderMayRecord, consentCovers, PolicyErrors } from '../../auth/authorize-write.js';
import { ConsentCategory } from '../consents/consent-category.js';

const WHAT = 'Besvarelsen';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fillerRole(viewer: Viewer): FormRole {
  const role = formRoleOf(viewer);
  if (!role) throw FormErrors.cannotFill();
  return role;
}

/** The validation context of a save or submit: today in Denmark, and for a save the viewer's role and the stored answers. */
function context(mode: 'draft' | 'submit', extra: { role?: FormRole; previous?: Answers } = {}): ValidationContext {
  return { mode, today: danishToday(), ...extra };
}

/** A provider fills forms about a citizen only on an active contract and while a consent covers forms (auth/authorize-write.ts). */
async function assertMayFill(tx: EntityManager, viewer: Viewer, subject: FormSubject): Promise<void> {
  if (subject.type !== FormSubjectType.CITIZEN) return assertProviderMayRecord(tx, viewer, subject.contract, ConsentCategory.FORMS);
  if (viewer.organization.kind === 'PROVIDER' && !(await consentCovers(tx, subject.rowId, viewer.organization.rowId, ConsentCategory.FORMS))) {
    throw PolicyErrors.noConsent(ConsentCategory.FORMS);
  }
}

async function loadDraft(tx: EntityManager, viewer: Viewer, id: string): Promise<{ response: FormResponse; subject: FormSubject; template: FormTemplate }> {
  const rowId = rowIdOf(id, 'FormResponse', ['input', 'id']);
  const found = await findVisibleResponse(tx, viewer, rowId);
  if (!found) throw CommonErrors.notFound(WHAT);
  if (found.response.status !== FormResponseStatus.DRAFT) throw FormErrors.alreadySubmitted();
  await assertMayFill(tx, viewer, found.subject);
  const template = await tx.getRepository(FormTemplate).findOneByOrFail({ rowId: found.response.templateId });
  return { ...found, template };
}

async function startResponse(tx: EntityManager, viewer: Viewer, input: SaveFormResponseInput): Promise<{ subject: FormSubject; template: FormTemplate }> {
  if (!input.subjectId) throw FormErrors.subjectRequired();
  if (!input.templateKey) throw FormErrors.templateRequired();
  const decoded = decodeSubjectId(input.subjectId);
  if (!decoded) throw CommonErrors.malformedId(['input', 'subjectId']);
  const subject = await findVisibleSubject(tx, viewer, decoded.type, decoded.rowId);
  if (!subject) throw FormErrors.subjectNotFound();
  await assertMayFill(tx, viewer, subject);
  // The subject's authority decides which templates apply: the built-in ones and its own versions.
  const template = await findTemplate(tx, subject.authorityId, input.templateKey, input.templateVersion ?? null);
  if (!template) throw FormErrors.templateNotFound(input.templateVersion != null ? ['input', 'templateVersion'] : ['input', 'templateKey']);
  if (template.definition.subject !== subject.type) throw FormErrors.wrongSubject(SUBJECT_WORDS[template.definition.subject]);
  return { subject, template };
}

/**
 * Creates or updates a draft. The viewer's answers are merged into the stored ones (their own items only)
 * and validated in draft mode with their role: missing answers are fine, anything else wrong refuses the
 * whole save with one userError per issue, and nothing is stored.
 */
export async function saveFormResponse(tx: EntityManager, viewer: Viewer, input: SaveFormResponseInput): Promise<FormResponse> {
  const role = fillerRole(viewer);
  if (!isPlainObject(input.answers)) throw FormErrors.notAnObject(['input', 'answers']);
  const existing = input.id ? await loadDraft(tx, viewer, input.id) : null;
  if (existing && input.expectedVersion == null) throw FormErrors.expectedVersionRequired();
  const { subject, template } = existing ?? (await startResponse(tx, viewer, input));
  const stored: Answers = existing ? existing.response.answers : await prefillAnswers(tx, template.definition, subject);
  const merged = mergeAnswers(template.definition, stored, input.answers, role);
  const issues = validateResponse(template.definition, merged.answers, context('draft', { role, previous: stored }));
  const problems = [...merged.problems, ...issuesToProblems(issues)];
  if (problems.length > 0) throw new FormProblemsError(problems);
  const answers = withoutNulls(merged.answers);
  const now = nowInstant();
  if (existing) {
    const { response } = existing;
    const version = await claimVersion(tx, FormResponse, response.rowId, input.expectedVersion as number, WHAT);
    await tx.getRepository(FormResponse).update({ rowId: response.rowId }, { answers, updatedAt: now });
    return Object.assign(response, { answers, updatedAt: now, version });
  }
  const response = Object.assign(new FormResponse(), {
    rowId: newId(),
    version: 1,
    templateId: template.rowId,
    subjectType: subject.type,
    subjectRowId: subject.rowId,
    answers,
    status: FormResponseStatus.DRAFT,
    submittedAt: null,
    submittedById: null,
    writtenType: null,
    writtenRowId: null,
    createdById: viewer.user.rowId,
    updatedAt: now,
    createdAt: now,
  });
  await tx.getRepository(FormResponse).insert(response);
  return response;
}

/**
 * Submits a draft: full validation (submit mode) of the stored answers with the template version the
 * response was started on; any issue refuses the submit with one userError per issue (field
 * ['answers', ...item path]). A clean response becomes SUBMITTED and its bound items write their rows in
 * the same transaction, so a refusal by the contracts or status-notes service leaves it a draft.
 */
export async function submitFormResponse(tx: EntityManager, viewer: Viewer, input: SubmitFormResponseInput): Promise<FormResponse> {
  fillerRole(viewer);
  const { response, subject, template } = await loadDraft(tx, viewer, input.id);
  const version = await claimVersion(tx, FormResponse, response.rowId, input.expectedVersion, WHAT);
  const issues = validateResponse(template.definition, response.answers, context('submit'));
  if (issues.length > 0) throw new FormProblemsError(issuesToProblems(issues));
  const written = await writeBindings(tx, viewer, template.definition, response.answers, subject, input);
  const now = nowInstant();
  const changes: Partial<FormResponse> = {
    status: FormResponseStatus.SUBMITTED,
    submittedAt: now,
    submittedById: viewer.user.rowId,
    writtenType: written?.type ?? null,
    writtenRowId: written?.rowId ?? null,
    updatedAt: now,
  };
  await tx.getRepository(FormResponse).update({ rowId: response.rowId }, changes);
  return Object.assign(response, changes, { version });
}
