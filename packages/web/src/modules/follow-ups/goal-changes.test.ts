import { describe, expect, it } from 'vitest';
import { goalValuesOf } from '../contracts/goal-conflict.js';
import { changedGoalsInput, conflictedGoals, fieldIdOfError, missingGoalsParts, wholeGoalError, type GoalChange } from './goal-changes.js';

const goal = (id: string, title: string) => ({ id, title, measurableCriterion: 'Otte uger i træk', goalType: 'DEVELOP' as const, deadline: '2027-06-30', lifeTheme: { key: 'RELATIONS', name: 'Relationer', nameEn: 'Relations' } });
const goals = [goal('G1', 'Jeg handler selv ind'), goal('G2', 'Jeg sover igennem'), goal('G3', 'Jeg ser en ven')];
const opened = (g: (typeof goals)[number], version: number, title = g.title): GoalChange => ({ values: { ...goalValuesOf(g), title }, expectedVersion: version, conflict: false });

describe('the goals a meeting changes and adds', () => {
  it('sends only the goals whose text changed, in the order shown, each with the version it was started from', () => {
    const changes = { G3: opened(goals[2]!, 4, 'Jeg ser to venner hver uge'), G1: opened(goals[0]!, 2), G2: opened(goals[1]!, 1, ' Jeg sover igennem ') };
    const { order, input } = changedGoalsInput(goals, changes);
    expect(order).toEqual(['G3']);
    expect(input).toEqual([{ id: 'G3', expectedVersion: 4, lifeThemeKey: 'RELATIONS', goalType: 'DEVELOP', title: 'Jeg ser to venner hver uge', measurableCriterion: 'Otte uger i træk', deadline: '2027-06-30' }]);
  });

  it('finds empty parts at the paths the server uses for changed and new goals', () => {
    const changes = { G2: opened(goals[1]!, 1, '') };
    const rows = [{ key: 1, values: { lifeThemeKey: 'RELATIONS', goalType: 'MAINTAIN' as const, title: 'Nyt mål', measurableCriterion: '', deadline: '2027-01-01' } }];
    expect(missingGoalsParts(['G2'], changes, rows, 'Udfyld feltet.').map((e) => e.field)).toEqual([
      ['input', 'changedGoals', '0', 'title'],
      ['input', 'newGoals', '0', 'measurableCriterion'],
    ]);
  });

  it('tells which changed goal had a stale version, by the order sent', () => {
    const errors = [
      { code: 'VERSION_CONFLICT', message: 'Målet er blevet ændret', field: ['input', 'changedGoals', '1', 'expectedVersion'] },
      { code: 'VERSION_CONFLICT', message: 'Mødet er blevet ændret', field: ['input', 'expectedVersion'] },
    ];
    expect(conflictedGoals(errors, ['G1', 'G3'])).toEqual(['G3']);
  });

  it('puts GOAL_LIMIT on the new goal it refuses, not on one of its fields', () => {
    const errors = [
      { code: 'REQUIRED', message: 'Udfyld feltet.', field: ['input', 'newGoals', '0', 'title'] },
      { code: 'GOAL_LIMIT', message: 'En kontrakt kan højst have 3 indsatsmål.', field: ['input', 'newGoals', '1'] },
    ];
    expect(wholeGoalError(errors, 'newGoals', 0)).toBeUndefined();
    expect(wholeGoalError(errors, 'newGoals', 1)).toBe('En kontrakt kan højst have 3 indsatsmål.');
    expect(wholeGoalError(errors, 'changedGoals', 1)).toBeUndefined();
  });

  it('names the field to focus for an error', () => {
    const prefix = (id: string) => `changed-goal-${['G1', 'G2', 'G3'].indexOf(id)}`;
    expect(fieldIdOfError(['input', 'minutes'], [], prefix)).toBe('complete-minutes');
    expect(fieldIdOfError(['input', 'goalOutcomes', '2', 'status'], [], prefix)).toBe('outcome-2-status');
    expect(fieldIdOfError(['input', 'changedGoals', '0', 'measurableCriterion'], ['G3'], prefix)).toBe('changed-goal-2-criterion');
    expect(fieldIdOfError(['input', 'changedGoals', '0', 'expectedVersion'], ['G2'], prefix)).toBe('changed-goal-1-theme');
    expect(fieldIdOfError(['input', 'newGoals', '1'], [], prefix)).toBe('added-goal-1-theme');
    expect(fieldIdOfError(['input', 'expectedVersion'], [], prefix)).toBeNull();
    expect(fieldIdOfError(null, [], prefix)).toBeNull();
  });
});
