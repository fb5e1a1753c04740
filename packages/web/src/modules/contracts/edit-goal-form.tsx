import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { useTexts } from '../../i18n/language.js';
import type { ContractGoal } from './contract-query.js';
import { useFocusOnMount } from './focus.js';
import { unplacedErrors } from './form-fields.js';
import { GoalConflictAlert, goalValuesOf } from './goal-conflict.js';
import { GOAL_FIELDS, GoalFields, goalInput, missingGoalParts, type GoalValues } from './goal-fields.js';
import { GOAL_TEXTS } from './goal-texts.js';
import type { UserError } from './form-values.js';

const UPDATE_GOAL = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      goal {
        id
        version
        title
        measurableCriterion
        goalType
        deadline
        lifeTheme { key name nameEn }
        smart { complete missing }
      }
      userErrors { code message field }
    }
  }
`);

/**
 * Edits a goal against the version the caseworker started from. When someone else saved in between
 * (VERSION_CONFLICT) the goal is reloaded, the typed text stays in the fields, the saved goal is shown beside
 * it, and saving again writes the typed text over the version now read: nothing is overwritten unseen.
 */
export function EditGoalForm({ goal, themes, reload, onDone, onCancel }: { goal: ContractGoal; themes: readonly { key: string; name: string; nameEn: string }[]; reload: () => Promise<unknown>; onDone: (message: string) => void; onCancel: () => void }) {
  const t = useTexts(GOAL_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const [values, setValues] = useState<GoalValues>(() => goalValuesOf(goal));
  const [expectedVersion, setExpectedVersion] = useState(goal.version);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [update, { loading, error }] = useMutation(UPDATE_GOAL);
  const prefix = `edit-goal-${goal.priority}`;
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = missingGoalParts(values, t.required);
    setErrors(missing);
    if (missing.length) return;
    const result = await settled(update({ variables: { input: { id: goal.id, expectedVersion, ...goalInput(values) } } }));
    const payload = result.data?.updateGoal;
    if (payload?.goal) {
      onDone(t.saved);
      return;
    }
    const problems = payload?.userErrors ?? [];
    if (problems.some((e) => e.code === 'VERSION_CONFLICT')) {
      await reload();
      setConflict(true);
      setErrors(problems.filter((e) => e.code !== 'VERSION_CONFLICT'));
      return;
    }
    setErrors(problems);
  };

  // After a conflict the reloaded goal carries the version to write against.
  if (conflict && goal.version !== expectedVersion) setExpectedVersion(goal.version);

  return (
    <form className="edit-goal-form form-narrow" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`} tabIndex={-1} ref={heading}>{t.editHeading}</h4>
      {error && <ErrorAlert error={error} />}
      {conflict && <GoalConflictAlert goal={goal} values={values} />}
      <UserErrors errors={unplacedErrors(errors, GOAL_FIELDS)} />
      <GoalFields idPrefix={prefix} values={values} onChange={setValues} themes={themes} errors={errors} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {conflict ? t.conflictAgain : t.save}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
