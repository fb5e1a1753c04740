import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { refetchAfterSave } from '../../apollo/refetch-after-save.js';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, Loading, UserErrors } from '../../components/status.js';
import type { EraseCitizenMutation } from '../../generated/graphql.js';
import { formatDate, type Language, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { fieldError, TextField, unplacedErrors } from '../contracts/form-fields.js';
import { SuccessMessage, useFlash } from '../contracts/success-message.js';
import { isAuthorityAdmin } from '../contracts/viewer-rights.js';
import { CITIZEN_ERASURE_STATUS, type CitizenErasureStatus, ERASE_CITIZEN, ERASURE_CONTEXT } from './citizen-erasure-queries.js';
import { erasureStateOf, isConfirmed } from './citizen-erasure-state.js';
import { CITIZEN_ERASURE_TEXTS } from './citizen-erasure-texts.js';
import './citizen-erasure.css';

/**
 * Anonymisation of the citizen (GDPR erasure) once the case is closed and the retention period has passed: what it
 * does, whether and from when it may be done, and the confirmation. Only an authority's administrators see it; the
 * API refuses everyone else.
 */
export function CitizenErasureSection({ citizenId }: { citizenId: string }) {
  const viewer = useViewer();
  if (!isAuthorityAdmin(viewer)) return null;
  return <ErasureSection citizenId={citizenId} />;
}

function ErasureSection({ citizenId }: { citizenId: string }) {
  const t = useTexts(CITIZEN_ERASURE_TEXTS);
  const [flash, showFlash] = useFlash();
  // Once the anonymisation sent from here is done, the success message says so and the status line would repeat it.
  const [sent, setSent] = useState(false);
  const { data, loading, error, refetch } = useQuery(CITIZEN_ERASURE_STATUS, { variables: { citizenId }, fetchPolicy: 'cache-and-network', context: ERASURE_CONTEXT });
  const status = data?.citizenErasure;

  return (
    <section aria-labelledby="erasure-heading" className="citizen-section erasure-section no-print">
      <h2 id="erasure-heading">{t.heading}</h2>
      <p className="erasure-lead">{t.intro}</p>
      <SuccessMessage message={flash} takeFocus />
      {error && !status && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !status && <Loading />}
      {status && !(sent && status.erased) && <ErasureStatus citizenId={citizenId} status={status} onSent={() => setSent(true)} onErased={() => showFlash(t.done)} />}
    </section>
  );
}

/** A date that does not break over two lines inside a sentence ("30. jun. 2018"). */
const dateOf = (value: string, language: Language) => formatDate(value, language).replaceAll(' ', '\u00a0');

function ErasureStatus({ citizenId, status, onSent, onErased }: { citizenId: string; status: CitizenErasureStatus; onSent: () => void; onErased: () => void }) {
  const t = useTexts(CITIZEN_ERASURE_TEXTS);
  const { language } = useLanguage();
  const state = erasureStateOf(status);
  switch (state.kind) {
    case 'erased':
      return <p data-erasure-state="erased">{t.erased}</p>;
    case 'open':
      return <p data-erasure-state="open">{t.open}</p>;
    case 'waiting':
      return <p data-erasure-state="waiting">{t.waiting(dateOf(state.erasableFrom, language), dateOf(state.lastActivityOn, language))}</p>;
    case 'erasable':
      return (
        <>
          <p data-erasure-state="erasable">{t.erasable(dateOf(state.lastActivityOn, language))}</p>
          <ErasureForm citizenId={citizenId} onSent={onSent} onErased={onErased} />
        </>
      );
  }
}

/** The confirmation: the button works once the word is typed; the API's userErrors appear at the field. */
function ErasureForm({ citizenId, onSent, onErased }: { citizenId: string; onSent: () => void; onErased: () => void }) {
  const t = useTexts(CITIZEN_ERASURE_TEXTS);
  const [confirmation, setConfirmation] = useState('');
  const [erase, { data, loading, error }] = useMutation(ERASE_CITIZEN, {
    context: ERASURE_CONTEXT,
    // Only after success: on a userError the form and its message stay, rather than the refetched status replacing them.
    ...refetchAfterSave<EraseCitizenMutation>((result) => (result.data?.eraseCitizen.erasedAt ? ['CitizenPage', 'CitizenErasureStatus'] : [])),
  });
  const errors = data?.eraseCitizen.userErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isConfirmed(confirmation)) return;
    onSent();
    const result = await settled(erase({ variables: { input: { citizenId, confirmation: confirmation.trim() } } }));
    if (result.data?.eraseCitizen.erasedAt) onErased();
  };

  return (
    <form className="erasure-form form-narrow" onSubmit={(e) => void submit(e)} noValidate aria-label={t.heading}>
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={unplacedErrors(errors, ['confirmation', 'citizenId'])} />
      <TextField
        id="erasure-confirmation"
        label={t.confirmLabel}
        hint={t.confirmHint}
        value={confirmation}
        onChange={setConfirmation}
        autoComplete="off"
        className="input-width-m"
        error={fieldError(errors, 'confirmation') ?? fieldError(errors, 'citizenId')}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={!isConfirmed(confirmation) || loading} aria-busy={loading}>
          {loading ? t.busy : t.submit}
        </button>
      </div>
    </form>
  );
}
