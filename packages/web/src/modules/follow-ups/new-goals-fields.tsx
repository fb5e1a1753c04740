import { LIMITS } from '@treklang/schema';
import { useTexts } from '../../i18n/language.js';
import { EMPTY_GOAL, GoalFields } from '../contracts/goal-fields.js';
import type { UserError } from '../contracts/form-values.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { wholeGoalError, type NewGoalRow } from './goal-changes.js';
import type { MeetingContract } from './meeting-query.js';

let nextKey = 1;
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * Goals the meeting adds, with the contract page's fields and SMART hints. The limit of three is the server's
 * rule (GOAL_LIMIT, shown at the goal it refuses): a goal discontinued at the same meeting makes room.
 */
export function NewGoalsFields({ rows, onChange, themes, goalCount, errors }: { rows: NewGoalRow[]; onChange: (rows: NewGoalRow[]) => void; themes: MeetingContract['lifeThemes']; goalCount: number; errors: readonly UserError[] }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const add = () => {
    onChange([...rows, { key: nextKey++, values: EMPTY_GOAL }]);
    focusSoon(`added-goal-${rows.length}-theme`);
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    focusSoon('add-new-goal');
  };
  return (
    <fieldset className="form-group new-goals" aria-describedby="new-goals-hint">
      <legend className="form-label">{t.newGoals}</legend>
      <span className="form-hint" id="new-goals-hint">
        {t.newGoalsHint(goalCount, LIMITS.maxGoalsPerContract)}
      </span>
      {rows.map((row, index) => {
        const prefix = `added-goal-${index}`;
        const whole = wholeGoalError(errors, 'newGoals', index);
        return (
          <fieldset className={`new-goal panel${whole ? ' form-error' : ''}`} key={row.key} aria-describedby={whole ? `${prefix}-error` : undefined} data-new-goal={index}>
            <legend className="goal-outcome-title">
              <strong>{t.newGoalLegend(index + 1)}</strong>
            </legend>
            {whole && (
              <span className="form-error-message" id={`${prefix}-error`}>
                {whole}
              </span>
            )}
            <GoalFields idPrefix={prefix} values={row.values} onChange={(values) => onChange(rows.map((r) => (r.key === row.key ? { ...r, values } : r)))} themes={themes} errors={errors} errorPath={['newGoals', String(index)]} />
            <button type="button" className="button button-tertiary" onClick={() => remove(index)}>
              {t.removeNewGoal(index + 1)}
            </button>
          </fieldset>
        );
      })}
      {rows.length < LIMITS.maxGoalsPerContract && (
        <button type="button" id="add-new-goal" className="button button-secondary" onClick={add}>
          {t.addNewGoal}
        </button>
      )}
    </fieldset>
  );
}
