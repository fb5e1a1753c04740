import { findLifeTheme, LIMITS } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isAdmin, isCaseworker } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { requiredText } from '../../common/validate.js';
import { claimVersion } from '../../common/version.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import { Contract } from '../contracts/contract.entity.js';
import { ContractStatus } from '../contracts/contract.enums.js';
import { findVisibleContract } from '../contracts/contract.scope.js';
import type { AddGoalInput, GoalDraftInput, UpdateGoalInput } from './dto/goal.input.js';
import { Goal } from './goal.entity.js';
import { GoalStatus } from './goal.enums.js';
import { GoalErrors } from './goal.errors.js';

const OPEN_CONTRACT = new Set([ContractStatus.DRAFT, ContractStatus.ACTIVE]);

/** Goals are set by the caseworker of the contract's authority while the contract is a draft or active. */
export function assertMayEditGoals(viewer: Viewer, contract: Contract): void {
  const ownAuthority = viewer.organization.rowId === contract.authorityId;
  if (!ownAuthority || !(isCaseworker(viewer) || isAdmin(viewer))) throw GoalErrors.onlyAuthority();
  if (!OPEN_CONTRACT.has(contract.status)) throw GoalErrors.contractClosed();
}

export function checkLifeTheme(key: string, contract: Contract, field: string[]): string {
  if (!findLifeTheme(key)) throw GoalErrors.unknownTheme(field);
  if (!contract.lifeThemeKeys.includes(key)) throw GoalErrors.themeNotInContract(field);
  return key;
}

function checkDeadline(deadline: string, contract: Contract, field: string[]): string {
  if (deadline < contract.startDate) throw GoalErrors.deadlineBeforeStart(field);
  return deadline;
}

function checkPriority(priority: number, field: string[]): number {
  if (!Number.isInteger(priority) || priority < 1 || priority > LIMITS.maxGoalsPerContract) throw GoalErrors.badPriority(field);
  return priority;
}

/** Goals that count towards the limit of 3: all but discontinued ones. */
export function countsTowardsLimit(goal: Pick<Goal, 'status'>): boolean {
  return goal.status !== GoalStatus.DISCONTINUED;
}

/** Validates one goal draft against its contract and makes the row (not yet saved). */
export function buildGoal(draft: GoalDraftInput, contract: Contract, priority: number, field: string[]): Goal {
  return Object.assign(new Goal(), {
    rowId: newId(),
    version: 1,
    contractId: contract.rowId,
    lifeThemeKey: checkLifeTheme(draft.lifeThemeKey, contract, [...field, 'lifeThemeKey']),
    goalType: draft.goalType,
    title: requiredText(draft.title, [...field, 'title'], LIMITS.shortTextLength),
    measurableCriterion: requiredText(draft.measurableCriterion, [...field, 'measurableCriterion'], LIMITS.shortTextLength * 2),
    deadline: checkDeadline(draft.deadline, contract, [...field, 'deadline']),
    priority: checkPriority(draft.priority ?? priority, [...field, 'priority']),
    status: GoalStatus.ACTIVE,
    outcomeComment: null,
    createdAt: nowInstant(),
  });
}

/** Takes the contract's row lock (and moves its version on) so concurrent goal changes are counted one at a time. */
async function lockContract(tx: EntityManager, contract: Contract): Promise<void> {
  await tx.createQueryBuilder().update(Contract).set({ version: () => 'version + 1' } as never).where('id = :id', { id: contract.rowId }).execute();
  contract.version += 1;
}

async function activeGoals(tx: EntityManager, contractId: string): Promise<Goal[]> {
  return (await tx.getRepository(Goal).findBy({ contractId })).filter(countsTowardsLimit);
}

/** The first priority no goal still in force holds: a discontinued goal's place is free, an active one's is not. */
export function freePriority(active: Pick<Goal, 'priority'>[]): number {
  const taken = new Set(active.map((goal) => goal.priority));
  let priority = 1;
  while (taken.has(priority)) priority++;
  return priority;
}

async function loadEditableContract(tx: EntityManager, viewer: Viewer, contractRowId: string, field: string[]): Promise<Contract> {
  const contract = await findVisibleContract(tx, viewer, contractRowId);
  if (!contract) throw CommonErrors.notFound('Kontrakten', field);
  assertMayEditGoals(viewer, contract);
  return contract;
}

export async function addGoal(tx: EntityManager, viewer: Viewer, input: AddGoalInput, field: string[] = ['input']): Promise<Goal> {
  const contractRowId = rowIdOf(input.contractId, 'Contract', [...field, 'contractId']);
  const contract = await loadEditableContract(tx, viewer, contractRowId, [...field, 'contractId']);
  await lockContract(tx, contract);
  const active = await activeGoals(tx, contract.rowId);
  if (active.length >= LIMITS.maxGoalsPerContract) throw GoalErrors.goalLimit(field);
  return tx.getRepository(Goal).save(buildGoal(input, contract, freePriority(active), field));
}

export async function updateGoal(tx: EntityManager, viewer: Viewer, input: UpdateGoalInput, field: string[] = ['input']): Promise<Goal> {
  const rowId = rowIdOf(input.id, 'Goal', [...field, 'id']);
  const goal = await tx.getRepository(Goal).findOneBy({ rowId });
  const contract = goal ? await findVisibleContract(tx, viewer, goal.contractId) : null;
  if (!goal || !contract) throw CommonErrors.notFound('Målet', [...field, 'id']);
  assertMayEditGoals(viewer, contract);
  const changes: Partial<Goal> = {};
  if (input.lifeThemeKey != null) changes.lifeThemeKey = checkLifeTheme(input.lifeThemeKey, contract, [...field, 'lifeThemeKey']);
  if (input.goalType != null) changes.goalType = input.goalType;
  if (input.title != null) changes.title = requiredText(input.title, [...field, 'title'], LIMITS.shortTextLength);
  if (input.measurableCriterion != null) changes.measurableCriterion = requiredText(input.measurableCriterion, [...field, 'measurableCriterion'], LIMITS.shortTextLength * 2);
  if (input.deadline != null) changes.deadline = checkDeadline(input.deadline, contract, [...field, 'deadline']);
  if (input.priority != null) changes.priority = checkPriority(input.priority, [...field, 'priority']);
  if (input.outcomeComment !== undefined) changes.outcomeComment = input.outcomeComment === null ? null : requiredText(input.outcomeComment, [...field, 'outcomeComment']);
  if (input.status != null) changes.status = input.status;
  const version = await claimVersion(tx, Goal, rowId, input.expectedVersion, 'Målet');
  if (changes.status && countsTowardsLimit({ status: changes.status }) && !countsTowardsLimit(goal)) {
    await lockContract(tx, contract);
    if ((await activeGoals(tx, contract.rowId)).length >= LIMITS.maxGoalsPerContract) throw GoalErrors.goalLimit(field);
  }
  if (Object.keys(changes).length) await tx.getRepository(Goal).update({ rowId }, changes);
  return Object.assign(goal, changes, { version });
}
