import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { refetchAfterSave } from '../../apollo/refetch-after-save.js';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { useTexts } from '../../i18n/language.js';
import { unplacedErrors } from './form-fields.js';
import { EMPTY_GOAL, GOAL_FIELDS, GoalFields, goalInput, missingGoalParts, type GoalValues } from './goal-fields.js';
import { GOAL_TEXTS } from './goal-texts.js';
import { useFocusOnMount } from './focus.js';
import { SuccessMessage, useFlash } from './success-message.js';
import type { UserError } from './form-values.js';

const ADD_GOAL = graphql(`
  mutation AddGoal($input: AddGoalInput!) {
    addGoal(input: $input) {
      goal { id }
      userErrors { code message field }
    }
  }
`);

/**
 * The caseworker adds a goal. The limit of three is the server's rule: a fourth comes back as GOAL_LIMIT and is
 * shown here, with the typed goal kept.
 */
export function AddGoalForm({ contractId, themes, onClose, takeFocus }: { contractId: string; themes: readonly { key: string; name: string; nameEn: string }[]; onClose: () => void; takeFocus: boolean }) {
  const t = useTexts(GOAL_TEXTS);
  const [values, setValues] = useState<GoalValues>(EMPTY_GOAL);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [flash, showFlash, clearFlash] = useFlash();
  const heading = useFocusOnMount<HTMLHeadingElement>(takeFocus);
  const [add, { loading, error }] = useMutation(ADD_GOAL, refetchAfterSave(['ContractPage']));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    clearFlash();
    const missing = missingGoalParts(values, t.required);
    setErrors(missing);
    if (missing.length) return;
    const result = await settled(add({ variables: { input: { contractId, ...goalInput(values) } } }));
    const payload = result.data?.addGoal;
    setErrors(payload?.userErrors ?? []);
    if (payload?.goal) {
      setValues(EMPTY_GOAL);
      showFlash(t.added);
    }
  };

  return (
    <form className="add-goal-form form-narrow" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-goal-heading">
      <h3 id="add-goal-heading" tabIndex={-1} ref={heading}>{t.addHeading}</h3>
      <SuccessMessage message={flash} />
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={unplacedErrors(errors, GOAL_FIELDS)} />
      <GoalFields idPrefix="new-goal" values={values} onChange={setValues} themes={themes} errors={errors} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t.addSubmit}
        </button>
        <button type="button" className="button button-tertiary" onClick={onClose}>
          {t.cancelAdd}
        </button>
      </div>
    </form>
  );
}
