import { LIMITS } from '@treklang/schema';
import { useState } from 'react';
import { useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { AddGoalForm } from './add-goal-form.js';
import { useFocusReturn } from './focus.js';
import type { ContractData } from './contract-query.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { GoalCard } from './goal-card.js';
import { GOAL_TEXTS } from './goal-texts.js';
import { isCaseworkerOf, isStaffOf, withheldFrom } from './viewer-rights.js';

/** Goals 1-3 with SMART hints and sub-goals; the caseworker adds and edits goals while the contract is open. */
export function ContractGoals({ contract, reload }: { contract: ContractData; reload: () => Promise<unknown> }) {
  const t = useTexts(CONTRACT_TEXTS);
  const g = useTexts(GOAL_TEXTS);
  const viewer = useViewer();
  // Open from the start on a contract without goals; opened by the user, the form takes the focus.
  const [adding, setAdding] = useState<'initially' | 'byUser' | false>(contract.goals.length === 0 ? 'initially' : false);
  const [addButton, returnToAdd] = useFocusReturn<HTMLButtonElement>();
  const open = contract.status === 'DRAFT' || contract.status === 'ACTIVE';
  const caseworker = isCaseworkerOf(viewer, contract);
  const staff = isStaffOf(viewer, contract);
  const goals = [...contract.goals].sort((a, b) => a.priority - b.priority);

  return (
    <section aria-labelledby="goals-heading" className="contract-section">
      <div className="section-heading">
        <h2 id="goals-heading">{t.goalsHeading}</h2>
        {caseworker && open && !adding && (
          <button type="button" className="button button-secondary" ref={addButton} onClick={() => setAdding('byUser')}>
            {g.addHeading}
          </button>
        )}
      </div>
      <p className="muted">{g.limitNote(LIMITS.maxGoalsPerContract)}</p>
      {goals.length === 0 && !withheldFrom(viewer, contract).goals && <p>{g.noGoals}</p>}
      <div className="goal-list">
        {goals.map((goal) => (
          <GoalCard key={goal.id} goal={goal} contract={contract} mayEdit={caseworker && open} mayPropose={staff && open} mayDecide={caseworker && open} reload={reload} />
        ))}
      </div>
      {caseworker && open && adding && (
        <div className="panel">
          <AddGoalForm
            contractId={contract.id}
            themes={contract.lifeThemes}
            takeFocus={adding === 'byUser'}
            onClose={() => {
              setAdding(false);
              returnToAdd();
            }}
          />
        </div>
      )}
    </section>
  );
}
