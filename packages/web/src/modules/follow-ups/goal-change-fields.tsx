import { useTexts } from '../../i18n/language.js';
import { GoalConflictAlert, goalValuesOf } from '../contracts/goal-conflict.js';
import { GoalFields } from '../contracts/goal-fields.js';
import type { UserError } from '../contracts/form-values.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { wholeGoalError, type GoalChange } from './goal-changes.js';
import type { MeetingContract } from './meeting-query.js';

type Goal = MeetingContract['goals'][number];

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * Changing a goal at the meeting: opened by a button, the goal's five parts with the contract page's fields and
 * SMART hints. `sentAt` is the goal's place in the changedGoals last sent (for the errors), or -1.
 */
export function GoalChangeFields({ goal, idPrefix, change, onChange, themes, errors, sentAt }: { goal: Goal; idPrefix: string; change: GoalChange | undefined; onChange: (change: GoalChange | null) => void; themes: MeetingContract['lifeThemes']; errors: readonly UserError[]; sentAt: number }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const toggleId = `${idPrefix}-toggle`;
  if (!change) {
    return (
      <button
        type="button"
        id={toggleId}
        className="button button-secondary goal-change-toggle"
        aria-expanded="false"
        onClick={() => {
          onChange({ values: goalValuesOf(goal), expectedVersion: goal.version, conflict: false });
          focusSoon(`${idPrefix}-title`);
        }}
      >
        {t.changeGoal(goal.priority)}
      </button>
    );
  }
  const whole = sentAt >= 0 ? wholeGoalError(errors, 'changedGoals', sentAt) : undefined;
  return (
    <fieldset className={`goal-change${whole ? ' form-error' : ''}`} aria-describedby={whole ? `${idPrefix}-error` : `${idPrefix}-hint`}>
      <legend className="form-label">{t.changeGoalLegend(goal.priority)}</legend>
      <span className="form-hint" id={`${idPrefix}-hint`}>
        {t.changeGoalHint}
      </span>
      {whole && (
        <span className="form-error-message" id={`${idPrefix}-error`}>
          {whole}
        </span>
      )}
      {change.conflict && <GoalConflictAlert goal={goal} values={change.values} />}
      <GoalFields idPrefix={idPrefix} values={change.values} onChange={(values) => onChange({ ...change, values })} themes={themes} errors={sentAt >= 0 ? errors : []} errorPath={['changedGoals', String(sentAt)]} />
      <button
        type="button"
        className="button button-tertiary"
        onClick={() => {
          onChange(null);
          focusSoon(toggleId);
        }}
      >
        {t.undoChange(goal.priority)}
      </button>
    </fieldset>
  );
}
