import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { useTexts } from '../../i18n/language.js';
import type { ContractData } from './contract-query.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { useFocusOnMount, useFocusReturn } from './focus.js';
import { fieldError, TextAreaField, TextField, unplacedErrors } from './form-fields.js';

const TERMINATE_CONTRACT = graphql(`
  mutation TerminateContract($input: TerminateContractInput!) {
    terminateContract(input: $input) {
      contract { id version status endDate terminationReason }
      userErrors { code message field }
    }
  }
`);

/** Termination (opsigelse) of an active contract with a reason; the effort ends after the notice period. */
export function TerminateContract({ contract, onDone, onChanged }: { contract: ContractData; onDone: (message: string) => void; onChanged: () => void }) {
  const t = useTexts(CONTRACT_TEXTS);
  const [open, setOpen] = useState(false);
  const [openButton, returnToOpen] = useFocusReturn<HTMLButtonElement>();
  return (
    <section aria-labelledby="terminate-heading" className="contract-section no-print">
      <h2 id="terminate-heading">{t.terminateHeading}</h2>
      {!open && (
        <button type="button" className="button button-secondary" ref={openButton} onClick={() => setOpen(true)}>
          {t.terminateOpen}
        </button>
      )}
      {open && (
        <TerminateForm
          contract={contract}
          onDone={onDone}
          onChanged={onChanged}
          onCancel={() => {
            setOpen(false);
            returnToOpen();
          }}
        />
      )}
    </section>
  );
}

function TerminateForm({ contract, onDone, onChanged, onCancel }: { contract: ContractData; onDone: (message: string) => void; onChanged: () => void; onCancel: () => void }) {
  const t = useTexts(CONTRACT_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const [reason, setReason] = useState('');
  const [noticeGivenOn, setNoticeGivenOn] = useState('');
  const reasonField = useFocusOnMount<HTMLTextAreaElement>();
  const [terminate, { data, loading, error }] = useMutation(TERMINATE_CONTRACT);
  const errors = data?.terminateContract.userErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settled(terminate({ variables: { input: { id: contract.id, expectedVersion: contract.version, reason: reason.trim(), noticeGivenOn: noticeGivenOn || null } } }));
    if (result.data?.terminateContract.contract) onDone(t.terminated);
    // A refusal may come from a stale version: reload. A failed request changed nothing.
    else if (result.data) onChanged();
  };

  return (
    <form className="panel form-narrow" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t.terminateIntro(contract.noticePeriodDays ?? 0)}</p>
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={unplacedErrors(errors, ['reason', 'noticeGivenOn'])} />
      <TextAreaField id="terminate-reason" label={t.terminateReason} value={reason} onChange={setReason} rows={3} error={fieldError(errors, 'reason')} inputRef={reasonField} />
      <TextField id="terminate-notice" type="date" label={t.terminateNoticeGiven} optional hint={t.terminateNoticeHint} value={noticeGivenOn} onChange={setNoticeGivenOn} className="input-width-m" error={fieldError(errors, 'noticeGivenOn')} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t.terminateSubmit}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
