import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { refetchAfterSave } from '../../apollo/refetch-after-save.js';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { useTexts } from '../../i18n/language.js';
import type { ContractGoal } from './contract-query.js';
import { useFocusOnMount } from './focus.js';
import { fieldError, TextAreaField, unplacedErrors } from './form-fields.js';
import { GOAL_TEXTS } from './goal-texts.js';

const PROPOSE_SUB_GOAL = graphql(`
  mutation ProposeSubGoal($input: ProposeSubGoalInput!) {
    proposeSubGoal(input: $input) {
      subGoal { id approval }
      userErrors { code message field }
    }
  }
`);

/** Provider staff propose a sub-goal for one goal; it awaits the authority's approval. */
export function ProposeSubGoalForm({ goal, onDone, onCancel }: { goal: ContractGoal; onDone: (message: string) => void; onCancel: () => void }) {
  const t = useTexts(GOAL_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const [title, setTitle] = useState('');
  const [method, setMethod] = useState('');
  const [propose, { data, loading, error }] = useMutation(PROPOSE_SUB_GOAL, refetchAfterSave(['ContractPage']));
  const errors = data?.proposeSubGoal.userErrors;
  const prefix = `propose-${goal.priority}`;
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settled(propose({ variables: { input: { goalId: goal.id, title: title.trim(), method: method.trim() || null } } }));
    if (result.data?.proposeSubGoal.subGoal) onDone(t.proposed);
  };

  return (
    <form className="propose-sub-goal panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`}>
      <h5 id={`${prefix}-heading`} className="h4" tabIndex={-1} ref={heading}>
        {t.proposeHeading(goal.title)}
      </h5>
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={unplacedErrors(errors, ['title', 'method'])} />
      <TextAreaField id={`${prefix}-title`} label={t.subGoalTitle} value={title} onChange={setTitle} rows={2} maxLength={500} error={fieldError(errors, 'title')} />
      <TextAreaField id={`${prefix}-method`} label={t.subGoalMethod} optional value={method} onChange={setMethod} rows={2} error={fieldError(errors, 'method')} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t.propose}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
