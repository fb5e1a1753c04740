import type { Answers, FormDefinition, GroupItem } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { Goal } from '../goals/goal.entity.js';
import { countsTowardsLimit } from '../goals/goal.service.js';
import { BoundAnswers } from './bindings/bound-answers.js';
import type { FormSubject } from './form-subject.js';
import { FormSubjectType } from './form.enums.js';

/**
 * Answers the server fills in when a response is started. A status note about a follow-up meeting gets one
 * goal entry per goal of the meeting's contract, with the goal's global ID in the item bound to
 * 'goalStatus.goalId' (read-only for the provider).
 */
export async function prefillAnswers(tx: EntityManager, definition: FormDefinition, subject: FormSubject): Promise<Answers> {
  if (subject.type !== FormSubjectType.MEETING) return {};
  const bound = BoundAnswers.of(definition, {});
  const group = bound.node('statusNote.goalStatuses');
  const goalIdItem = group?.children.find((child) => (child.item as { binding?: { target?: string } }).binding?.target === 'goalStatus.goalId');
  if (!group || !goalIdItem) return {};
  const goals = (await tx.getRepository(Goal).find({ where: { contractId: subject.contract.rowId }, order: { priority: 'ASC', createdAt: 'ASC' } })).filter(countsTowardsLimit);
  const max = (group.item as GroupItem).maxCount;
  const entries = goals.slice(0, Number.isFinite(max) ? max : goals.length).map((goal) => ({ [goalIdItem.id]: goal.id }));
  return entries.length > 0 ? { [group.id]: entries } : {};
}
