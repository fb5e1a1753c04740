import { useState } from 'react';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { CONTRACT_LABELS, goalTypeLabel, themeName } from './contract-labels.js';
import type { ContractData, ContractGoal } from './contract-query.js';
import { EditGoalForm } from './edit-goal-form.js';
import { GOAL_TEXTS } from './goal-texts.js';
import { SmartHints } from './smart-hints.js';
import { SubGoals } from './sub-goals.js';
import { useFocusReturn } from './focus.js';
import { SuccessMessage, useFlash } from './success-message.js';

interface GoalCardProps {
  goal: ContractGoal;
  contract: ContractData;
  mayEdit: boolean;
  mayPropose: boolean;
  mayDecide: boolean;
  reload: () => Promise<unknown>;
}

/** One goal: its parts, what it lacks to be SMART, the caseworker's edit, and its sub-goals. */
export function GoalCard({ goal, contract, mayEdit, mayPropose, mayDecide, reload }: GoalCardProps) {
  const t = useTexts(GOAL_TEXTS);
  const labels = useTexts(CONTRACT_LABELS);
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  const [flash, showFlash, clearFlash] = useFlash();
  const [editButton, returnToEdit] = useFocusReturn<HTMLButtonElement>();
  const open = goal.status !== 'DISCONTINUED';

  return (
    <article className="goal-card" aria-labelledby={`goal-${goal.id}`} data-goal-priority={goal.priority}>
      <h3 id={`goal-${goal.id}`}>{t.goalHeading(goal.priority, goal.title)}</h3>
      <SuccessMessage message={flash} takeFocus />
      <dl className="facts goal-facts">
        <div className="fact">
          <dt>{t.theme}</dt>
          <dd>{themeName(goal.lifeTheme, language)}</dd>
        </div>
        <div className="fact">
          <dt>{t.goalType}</dt>
          <dd>{goalTypeLabel(goal.goalType, language)}</dd>
        </div>
        <div className="fact">
          <dt>{t.deadline}</dt>
          <dd>{formatDate(goal.deadline, language)}</dd>
        </div>
        <div className="fact">
          <dt>{t.status}</dt>
          <dd>{labels.goalStatus[goal.status]}</dd>
        </div>
        <div className="fact fact-wide">
          <dt>{t.criterion}</dt>
          <dd>{goal.measurableCriterion}</dd>
        </div>
        {goal.outcomeComment && (
          <div className="fact fact-wide">
            <dt>{t.outcome}</dt>
            <dd>{goal.outcomeComment}</dd>
          </div>
        )}
      </dl>
      <SmartHints missing={goal.smart.missing} />
      {mayEdit && open && !editing && (
        <button
          type="button"
          className="button button-secondary"
          aria-label={t.edit(goal.title)}
          ref={editButton}
          onClick={() => {
            clearFlash();
            setEditing(true);
          }}
        >
          {t.editHeading}
        </button>
      )}
      {mayEdit && editing && (
        <EditGoalForm
          goal={goal}
          themes={contract.lifeThemes}
          reload={reload}
          onDone={(done) => {
            setEditing(false);
            showFlash(done);
          }}
          onCancel={() => {
            setEditing(false);
            returnToEdit();
          }}
        />
      )}
      <SubGoals goal={goal} dueBy={contract.subGoalsDueBy} mayPropose={mayPropose && open} mayDecide={mayDecide} />
    </article>
  );
}
