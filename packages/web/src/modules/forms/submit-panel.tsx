import { useQuery } from '@apollo/client/react';
import type { ValidationIssue } from '@treklang/schema';
import { useEffect, useRef, useState } from 'react';
import { UserErrors } from '../../components/status.js';
import { inputIdOf, pathKey } from '../../forms/answer-path.js';
import { describePath } from '../../forms/format-answer.js';
import type { FormSession, FormSessionView, SubmitReply } from '../../forms/form-session.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { FORM_PROVIDERS } from './form-queries.js';
import { FORMS_TEXTS } from './forms-texts.js';

/** The provider a contract checklist about a citizen makes the contract with. */
function ProviderSelect({ value, onChange, error }: { value: string; onChange: (id: string) => void; error: string | null }) {
  const t = useTexts(FORMS_TEXTS);
  const { data } = useQuery(FORM_PROVIDERS);
  const providers = (data?.organizations ?? []).filter((o) => o.kind === 'PROVIDER');
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor="form-submit-provider">
        {t.providerLabel}
      </label>
      <span className="form-hint" id="form-submit-provider-hint">
        {t.providerHint}
      </span>
      {error && (
        <span className="form-error-message" id="form-submit-provider-error">
          {error}
        </span>
      )}
      <select
        className="form-select"
        id="form-submit-provider"
        name="providerId"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'form-submit-provider-hint form-submit-provider-error' : 'form-submit-provider-hint'}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t.chooseProvider}</option>
        {providers.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function IssueSummary({ session, issues }: { session: FormSession; issues: readonly ValidationIssue[] }) {
  const t = useTexts(FORMS_TEXTS);
  const { language } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the summary each time a submit finds issues
  useEffect(() => heading.current?.focus(), [issues]);
  return (
    <div className="alert alert-error form-issue-summary" role="alert">
      <div className="alert-body">
        <h3 className="alert-heading" tabIndex={-1} ref={heading}>
          {t.invalidHeading}
        </h3>
        <p className="alert-text">{t.invalidIntro(issues.length)}</p>
        <ul className="alert-text">
          {issues.map((issue) => {
            const key = pathKey(issue.path);
            return (
              <li key={`${key}:${issue.code}`}>
                <a href={`#${inputIdOf(key)}`} onClick={(e) => {
                  const target = document.getElementById(inputIdOf(key));
                  if (!target) return;
                  e.preventDefault();
                  target.scrollIntoView({ block: 'center' });
                  target.focus();
                }}>
                  {describePath(session.store.definition, issue.path, language) || key}
                </a>
                : {issue.message[language]}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}

type Outcome = { kind: 'invalid'; issues: readonly ValidationIssue[] } | { kind: 'message'; text: string } | null;

/** Submitting: full validation first (issues listed and shown at the items), then the server's verdict. */
export function SubmitPanel({ session, view, needsProvider, submitRemote }: { session: FormSession; view: FormSessionView; needsProvider: boolean; submitRemote: (version: number, parties: { providerId?: string | null }) => Promise<SubmitReply> }) {
  const t = useTexts(FORMS_TEXTS);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [providerId, setProviderId] = useState('');
  const [providerError, setProviderError] = useState<string | null>(null);

  const submit = async () => {
    if (needsProvider && !providerId) {
      setProviderError(t.providerRequired);
      document.getElementById('form-submit-provider')?.focus();
      return;
    }
    setProviderError(null);
    setBusy(true);
    setOutcome(null);
    try {
      const result = await session.submit((version) => submitRemote(version, { providerId: providerId || null }));
      if (result.kind === 'invalid') setOutcome({ kind: 'invalid', issues: result.issues });
      else if (result.kind === 'conflict') setOutcome({ kind: 'message', text: t.conflictOnSubmit });
      else if (result.kind === 'failed') setOutcome({ kind: 'message', text: t.failedOnSubmit(result.message) });
    } catch (error) {
      setOutcome({ kind: 'message', text: t.failedOnSubmit(error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-submit no-print" aria-labelledby="form-submit-heading">
      <h2 id="form-submit-heading">{t.submitHeading}</h2>
      <p>{t.submitIntro}</p>
      {outcome?.kind === 'invalid' && <IssueSummary session={session} issues={outcome.issues} />}
      {outcome?.kind === 'message' && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{outcome.text}</p>
          </div>
        </div>
      )}
      <UserErrors errors={view.errors} />
      {needsProvider && <ProviderSelect value={providerId} onChange={setProviderId} error={providerError} />}
      <button type="button" className="button button-primary" disabled={busy || view.merge !== null} aria-busy={busy} onClick={() => void submit()}>
        {busy ? t.submitting : t.submit}
      </button>
    </section>
  );
}
