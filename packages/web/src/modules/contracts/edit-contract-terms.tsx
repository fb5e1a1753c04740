import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, Loading, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { useTexts } from '../../i18n/language.js';
import type { ContractData } from './contract-query.js';
import { ContractTermsFields } from './contract-terms-fields.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { useFocusOnMount } from './focus.js';
import { unplacedErrors } from './form-fields.js';
import type { UserError } from './form-values.js';
import { PLACED_FIELDS, toUpdateInput, valuesOfContract, type ContractValues } from './new-contract-input.js';
import { NEW_CONTRACT_TEXTS } from './new-contract-texts.js';

const LIFE_THEME_CHOICES = graphql(`
  query ContractTermsLifeThemes {
    lifeThemes { key name nameEn }
  }
`);

const UPDATE_CONTRACT = graphql(`
  mutation UpdateContract($input: UpdateContractInput!) {
    updateContract(input: $input) {
      contract {
        id
        version
        serviceType
        assessmentTool
        startDate
        nextFollowUpDate
        subGoalsDueBy
        purpose
        goalRationale
        dischargeCriteria
        noticePeriodDays
        reportingForms
        price { amount unit }
        lifeThemes { key name nameEn }
        participants { name role organization }
      }
      userErrors { code message field }
    }
  }
`);

/**
 * The caseworker changes the terms of a draft or active contract against the version they started from. A
 * VERSION_CONFLICT reloads the contract (shown above the form) and keeps the typed changes for a second save.
 */
export function EditContractTerms({ contract, reload, onDone, onCancel }: { contract: ContractData; reload: () => Promise<unknown>; onDone: (message: string) => void; onCancel: () => void }) {
  const t = useTexts(CONTRACT_TEXTS);
  const n = useTexts(NEW_CONTRACT_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const themes = useQuery(LIFE_THEME_CHOICES);
  const [values, setValues] = useState<ContractValues>(() => valuesOfContract(contract));
  const [expectedVersion, setExpectedVersion] = useState(contract.version);
  const [conflict, setConflict] = useState(false);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [update, { loading, error }] = useMutation(UPDATE_CONTRACT);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const draft = contract.status === 'DRAFT';

  // After a conflict the reloaded contract carries the version to write against.
  if (conflict && contract.version !== expectedVersion) setExpectedVersion(contract.version);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems } = toUpdateInput(contract.id, expectedVersion, draft, values, n);
    setErrors(problems);
    if (!input) return;
    const result = await settled(update({ variables: { input } }));
    const payload = result.data?.updateContract;
    if (payload?.contract) {
      onDone(t.termsSaved);
      return;
    }
    const problemsFromServer = payload?.userErrors ?? [];
    if (problemsFromServer.some((e) => e.code === 'VERSION_CONFLICT')) {
      await reload();
      setConflict(true);
    }
    setErrors(problemsFromServer.filter((e) => e.code !== 'VERSION_CONFLICT'));
  };

  return (
    <form className="panel form-narrow edit-contract-terms" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="edit-terms-heading">
      <h3 id="edit-terms-heading" tabIndex={-1} ref={heading}>
        {t.editTermsHeading}
      </h3>
      {error && <ErrorAlert error={error} />}
      {conflict && (
        <div className="alert alert-warning" role="alert" data-code="VERSION_CONFLICT">
          <div className="alert-body">
            <p className="alert-heading">{t.termsConflictHeading}</p>
            <p className="alert-text">{t.termsConflictText}</p>
          </div>
        </div>
      )}
      <UserErrors errors={unplacedErrors(errors, PLACED_FIELDS)} />
      {themes.data ? (
        <ContractTermsFields idPrefix="edit-terms" values={values} onChange={setValues} errors={errors} lifeThemes={themes.data.lifeThemes} providers={null} draft={draft} headingLevel={4} nextFollowUpHint={t.nextFollowUpEditHint} />
      ) : (
        <Loading />
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading || !themes.data}>
          {t.saveTerms}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
