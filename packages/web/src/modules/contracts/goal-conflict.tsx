import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { goalTypeLabel, themeName } from './contract-labels.js';
import type { ContractGoal } from './contract-query.js';
import type { GoalValues } from './goal-fields.js';
import { GOAL_TEXTS } from './goal-texts.js';

/** The parts of a saved goal that GoalFields edits (a contract's or a meeting's query of it). */
export type SavedGoal = Pick<ContractGoal, 'title' | 'measurableCriterion' | 'goalType' | 'deadline'> & { lifeTheme?: ContractGoal['lifeTheme'] | null };

/** A saved goal as the values of GoalFields. */
export function goalValuesOf(goal: SavedGoal): GoalValues {
  return {
    lifeThemeKey: goal.lifeTheme?.key ?? '',
    goalType: goal.goalType,
    title: goal.title,
    measurableCriterion: goal.measurableCriterion,
    deadline: goal.deadline,
  };
}

/** Did the user change anything of the saved goal? */
export function goalChanged(goal: SavedGoal, values: GoalValues): boolean {
  const saved = goalValuesOf(goal);
  return (Object.keys(saved) as (keyof GoalValues)[]).some((field) => saved[field].trim() !== values[field].trim());
}

/**
 * VERSION_CONFLICT on a goal: someone saved it while the user was typing. Shows the goal as saved now beside the
 * typed values (which stay in the fields), so the user decides whether their text should still apply.
 */
export function GoalConflictAlert({ goal, values }: { goal: SavedGoal; values: GoalValues }) {
  const t = useTexts(GOAL_TEXTS);
  const { language } = useLanguage();
  const saved = goalValuesOf(goal);
  const savedRows: [keyof GoalValues, string, string][] = [
    ['title', t.title, goal.title],
    ['measurableCriterion', t.criterion, goal.measurableCriterion],
    ['lifeThemeKey', t.theme, themeName(goal.lifeTheme ?? null, language)],
    ['goalType', t.goalType, goalTypeLabel(goal.goalType, language)],
    ['deadline', t.deadline, formatDate(goal.deadline, language)],
  ];
  return (
    <div className="alert alert-warning" role="alert" data-code="VERSION_CONFLICT">
      <div className="alert-body">
        <p className="alert-heading">{t.conflictHeading}</p>
        <p className="alert-text">{t.conflictText}</p>
        <p className="alert-text">
          <strong>{t.conflictSaved}:</strong>
        </p>
        <dl className="conflict-saved alert-text">
          {savedRows.map(([field, label, shown]) => {
            const differs = saved[field].trim() !== values[field].trim();
            return (
              <div key={field} className={differs ? 'differs' : undefined}>
                <dt>{label}</dt>
                <dd>
                  {shown}
                  {differs && <span> ({t.differs})</span>}
                </dd>
              </div>
            );
          })}
        </dl>
      </div>
    </div>
  );
}
