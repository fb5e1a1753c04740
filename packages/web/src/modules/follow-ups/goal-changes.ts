import { goalChanged, type SavedGoal } from '../contracts/goal-conflict.js';
import { GOAL_FIELDS, goalInput, missingGoalParts, type GoalValues } from '../contracts/goal-fields.js';
import type { UserError } from '../contracts/form-values.js';

/*
 * The goals a meeting changes and adds, as the completion form keeps them and as completeFollowUp takes them
 * (changedGoals, newGoals). A list's errors come back at ['input', list, index, ...]; the index is the position
 * in the list that was sent, so the form remembers which goal it sent where.
 */

/** A goal opened for changing: the typed values and the goal's version they were started from. */
export interface GoalChange {
  values: GoalValues;
  expectedVersion: number;
  /** Someone saved the goal in between (VERSION_CONFLICT); the typed values stay. */
  conflict: boolean;
}

export interface NewGoalRow {
  key: number;
  values: GoalValues;
}

type GoalWithId = SavedGoal & { id: string };

/** The changed goals to send, in the order shown, leaving out goals opened but not changed. */
export function changedGoalsInput(goals: readonly GoalWithId[], changes: Readonly<Record<string, GoalChange>>) {
  const sent = goals.filter((goal) => changes[goal.id] && goalChanged(goal, changes[goal.id].values));
  return {
    order: sent.map((goal) => goal.id),
    input: sent.map((goal) => ({ id: goal.id, expectedVersion: changes[goal.id].expectedVersion, ...goalInput(changes[goal.id].values) })),
  };
}

/** The parts left empty in the changed and new goals, as errors at the paths the server would use. */
export function missingGoalsParts(order: readonly string[], changes: Readonly<Record<string, GoalChange>>, rows: readonly NewGoalRow[], message: string): UserError[] {
  return [
    ...order.flatMap((id, index) => missingGoalParts(changes[id].values, message, ['changedGoals', String(index)])),
    ...rows.flatMap((row, index) => missingGoalParts(row.values, message, ['newGoals', String(index)])),
  ];
}

/** The goals whose version was stale, by the order they were sent in. */
export function conflictedGoals(errors: readonly UserError[], order: readonly string[]): string[] {
  return errors.flatMap((e) => {
    const goalId = e.code === 'VERSION_CONFLICT' && e.field?.[1] === 'changedGoals' ? order[Number(e.field[2])] : undefined;
    return goalId ? [goalId] : [];
  });
}

/** An error about the goal as a whole (GOAL_LIMIT, a goal not found), not about one of its fields or its version. */
export function wholeGoalError(errors: readonly UserError[] | undefined, list: 'changedGoals' | 'newGoals', index: number): string | undefined {
  return errors?.find((e) => {
    const field = e.field ?? [];
    if (field[0] !== 'input' || field[1] !== list || field[2] !== String(index) || e.code === 'VERSION_CONFLICT') return false;
    return !(GOAL_FIELDS as readonly string[]).includes(field[3] ?? '');
  })?.message;
}

const GOAL_FIELD_IDS: Record<string, string> = { lifeThemeKey: 'theme', goalType: 'type', title: 'title', measurableCriterion: 'criterion', deadline: 'deadline' };

/** The element id of the field an error is about, for the focus after a refused completion. */
export function fieldIdOfError(field: readonly string[] | null | undefined, changedOrder: readonly string[], changedPrefix: (goalId: string) => string): string | null {
  if (field?.[0] !== 'input') return null;
  const [, name, index, part] = field;
  const goalPart = GOAL_FIELD_IDS[part ?? ''] ?? 'theme';
  switch (name) {
    case 'minutes':
      return 'complete-minutes';
    case 'decision':
      return 'decision-CONTINUE';
    case 'heldAt':
      return 'held-date';
    case 'nextMeetingAt':
      return 'next-date';
    case 'goalOutcomes':
      return `outcome-${index}-status`;
    case 'changedGoals': {
      const goalId = changedOrder[Number(index)];
      return goalId ? `${changedPrefix(goalId)}-${goalPart}` : null;
    }
    case 'newGoals':
      return `added-goal-${index}-${goalPart}`;
    default:
      return null;
  }
}
