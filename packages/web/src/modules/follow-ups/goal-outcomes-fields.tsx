import type { GoalStatus } from '../../generated/graphql.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { fieldError, type UserError } from '../contracts/form-values.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { GoalChangeFields } from './goal-change-fields.js';
import type { GoalChange } from './goal-changes.js';
import type { MeetingContract } from './meeting-query.js';

export interface OutcomeValue {
  status: GoalStatus;
  comment: string;
}

const STATUSES: GoalStatus[] = ['ACTIVE', 'ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'DISCONTINUED'];

/** The id prefix of a goal's change fields, by its place in the list shown. */
export const changeFieldsPrefix = (index: number) => `changed-goal-${index}`;

interface GoalOutcomesProps {
  goals: MeetingContract['goals'];
  values: Record<string, OutcomeValue>;
  onChange: (goalId: string, value: OutcomeValue) => void;
  changes: Record<string, GoalChange>;
  onChangeGoal: (goalId: string, change: GoalChange | null) => void;
  /** The goals in the order of the changedGoals last sent, so that their errors find them. */
  sentChanges: readonly string[];
  themes: MeetingContract['lifeThemes'];
  errors: readonly UserError[];
}

/**
 * Per goal of the contract: the outcome recorded at the meeting, a comment on how it was reached or why not, and,
 * when the meeting changes the goal, its new wording.
 */
export function GoalOutcomesFields({ goals, values, onChange, changes, onChangeGoal, sentChanges, themes, errors }: GoalOutcomesProps) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const { language } = useLanguage();
  return (
    <fieldset className="form-group goal-outcomes">
      <legend className="form-label">{t.goalOutcomes}</legend>
      <span className="form-hint">{t.goalOutcomesHint}</span>
      {goals.map((goal, index) => {
        const value = values[goal.id] ?? { status: 'ACTIVE', comment: '' };
        const statusError = fieldError(errors, 'goalOutcomes', String(index), 'status') ?? fieldError(errors, 'goalOutcomes', String(index), 'goalId');
        const theme = goal.lifeTheme ? (language === 'da' ? goal.lifeTheme.name : goal.lifeTheme.nameEn) : null;
        return (
          <fieldset className="goal-outcome panel" key={goal.id}>
            <legend className="goal-outcome-title">
              <strong>{t.goalNumber(goal.priority)}</strong> {goal.title}
              {theme && <span className="muted"> · {theme}</span>}
            </legend>
            <div className={`form-group${statusError ? ' form-error' : ''}`}>
              <label className="form-label" htmlFor={`outcome-${index}-status`}>
                {t.outcome}
              </label>
              {statusError && (
                <span className="form-error-message" id={`outcome-${index}-status-error`}>
                  {statusError}
                </span>
              )}
              <select
                className="form-select"
                id={`outcome-${index}-status`}
                value={value.status}
                aria-invalid={statusError ? true : undefined}
                aria-describedby={statusError ? `outcome-${index}-status-error` : undefined}
                onChange={(e) => onChange(goal.id, { ...value, status: e.target.value as GoalStatus })}
              >
                {STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t.goalStatuses[status]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor={`outcome-${index}-comment`}>
                {t.outcomeComment} <span className="muted">{t.optional}</span>
              </label>
              <textarea className="form-input" id={`outcome-${index}-comment`} rows={2} value={value.comment} onChange={(e) => onChange(goal.id, { ...value, comment: e.target.value })} />
            </div>
            <GoalChangeFields goal={goal} idPrefix={changeFieldsPrefix(index)} change={changes[goal.id]} onChange={(change) => onChangeGoal(goal.id, change)} themes={themes} errors={errors} sentAt={sentChanges.indexOf(goal.id)} />
          </fieldset>
        );
      })}
    </fieldset>
  );
}
