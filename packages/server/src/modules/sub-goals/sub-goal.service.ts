import { LIMITS } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isAdmin, isCaseworker, isProviderStaff } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { optionalText, requiredText } from '../../common/validate.js';
import { claimVersion } from '../../common/version.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import type { Contract } from '../contracts/contract.entity.js';
import { ContractStatus } from '../contracts/contract.enums.js';
import { findVisibleContract } from '../contracts/contract.scope.js';
import { Goal } from '../goals/goal.entity.js';
import { GoalStatus } from '../goals/goal.enums.js';
import type { DecideSubGoalInput, ProposeSubGoalInput, UpdateSubGoalInput } from './dto/sub-goal.input.js';
import { SubGoal, SubGoalApproval, SubGoalStatus } from './sub-goal.entity.js';
import { SubGoalErrors } from './sub-goal.errors.js';
import { assertProviderMayRecord } from '../../auth/authorize-write.js';
import { ConsentCategory } from '../consents/consent-category.js';

async function goalWithContract(tx: EntityManager, viewer: Viewer, goalRowId: string, field: string[]): Promise<{ goal: Goal; contract: Contract }> {
  const goal = await tx.getRepository(Goal).findOneBy({ rowId: goalRowId });
  const contract = goal ? await findVisibleContract(tx, viewer, goal.contractId) : null;
  if (!goal || !contract) throw CommonErrors.notFound('Målet', field);
  return { goal, contract };
}

function assertProviderOf(viewer: Viewer, contract: Contract): void {
  if (!isProviderStaff(viewer) || viewer.organization.rowId !== contract.providerId) throw SubGoalErrors.onlyProvider();
}

function assertOpen(goal: Goal, contract: Contract): void {
  const contractOpen = contract.status === ContractStatus.DRAFT || contract.status === ContractStatus.ACTIVE;
  if (!contractOpen || goal.status === GoalStatus.DISCONTINUED) throw SubGoalErrors.goalClosed();
}

async function subGoalWithContract(tx: EntityManager, viewer: Viewer, id: string) {
  const rowId = rowIdOf(id, 'SubGoal', ['input', 'id']);
  const subGoal = await tx.getRepository(SubGoal).findOneBy({ rowId });
  if (!subGoal) throw CommonErrors.notFound('Delmålet');
  const { goal, contract } = await goalWithContract(tx, viewer, subGoal.goalId, ['input', 'id']);
  return { rowId, subGoal, goal, contract };
}

export async function proposeSubGoal(tx: EntityManager, viewer: Viewer, input: ProposeSubGoalInput): Promise<SubGoal> {
  const goalRowId = rowIdOf(input.goalId, 'Goal', ['input', 'goalId']);
  const { goal, contract } = await goalWithContract(tx, viewer, goalRowId, ['input', 'goalId']);
  assertProviderOf(viewer, contract);
  assertOpen(goal, contract);
  await assertProviderMayRecord(tx, viewer, contract, ConsentCategory.GOALS);
  if ((await tx.getRepository(SubGoal).countBy({ goalId: goalRowId })) >= LIMITS.maxSubGoalsPerGoal) throw SubGoalErrors.tooMany(LIMITS.maxSubGoalsPerGoal);
  const now = nowInstant();
  return tx.getRepository(SubGoal).save(
    Object.assign(new SubGoal(), {
      rowId: newId(),
      version: 1,
      goalId: goalRowId,
      title: requiredText(input.title, ['input', 'title'], LIMITS.shortTextLength),
      method: optionalText(input.method, ['input', 'method']),
      status: SubGoalStatus.OPEN,
      approval: SubGoalApproval.PROPOSED,
      proposedAt: now,
      decidedAt: null,
      decisionComment: null,
      proposedById: viewer.user.rowId,
      decidedById: null,
      createdAt: now,
    }),
  );
}

export async function decideSubGoal(tx: EntityManager, viewer: Viewer, input: DecideSubGoalInput): Promise<SubGoal> {
  const { rowId, subGoal, contract } = await subGoalWithContract(tx, viewer, input.id);
  if (!(isCaseworker(viewer) || isAdmin(viewer)) || viewer.organization.rowId !== contract.authorityId) throw SubGoalErrors.onlyAuthority();
  if (input.approval === SubGoalApproval.PROPOSED) throw SubGoalErrors.badDecision();
  const comment = input.approval === SubGoalApproval.REJECTED
    ? requiredText(input.comment, ['input', 'comment'])
    : optionalText(input.comment, ['input', 'comment']);
  const version = await claimVersion(tx, SubGoal, rowId, input.expectedVersion, 'Delmålet');
  if (subGoal.approval !== SubGoalApproval.PROPOSED) throw SubGoalErrors.notProposed();
  const changes = { approval: input.approval, decisionComment: comment, decidedAt: nowInstant(), decidedById: viewer.user.rowId };
  await tx.getRepository(SubGoal).update({ rowId }, changes);
  return Object.assign(subGoal, changes, { version });
}

export async function updateSubGoal(tx: EntityManager, viewer: Viewer, input: UpdateSubGoalInput): Promise<SubGoal> {
  const { rowId, subGoal, goal, contract } = await subGoalWithContract(tx, viewer, input.id);
  assertProviderOf(viewer, contract);
  assertOpen(goal, contract);
  await assertProviderMayRecord(tx, viewer, contract, ConsentCategory.GOALS);
  const changes: Partial<SubGoal> = {};
  if (input.title != null) {
    const title = requiredText(input.title, ['input', 'title'], LIMITS.shortTextLength);
    if (title !== subGoal.title) {
      Object.assign(changes, { title, approval: SubGoalApproval.PROPOSED, proposedAt: nowInstant(), decidedAt: null, decidedById: null, decisionComment: null });
    }
  }
  if (input.method !== undefined) changes.method = optionalText(input.method, ['input', 'method']);
  if (input.status != null) changes.status = input.status;
  const version = await claimVersion(tx, SubGoal, rowId, input.expectedVersion, 'Delmålet');
  if (Object.keys(changes).length) await tx.getRepository(SubGoal).update({ rowId }, changes);
  return Object.assign(subGoal, changes, { version });
}
