import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTexts } from '../../i18n/language.js';
import { type AuditLogView, dateErrors } from './audit-log-filter.js';
import { AUDIT_LOG_TEXTS } from './audit-log-texts.js';

/**
 * Dates and operation. Nothing changes until "Vis"; a bad date or a range that runs backwards is explained at the
 * field (focus moved there) and nothing is sent. The user and citizen of the view are kept as they are.
 * `invalid` shows the date errors at once (a bookmarked address with a bad range).
 */
export function AuditLogFilters({ view, invalid, onApply }: { view: AuditLogView; invalid: boolean; onApply: (view: AuditLogView) => void }) {
  const t = useTexts(AUDIT_LOG_TEXTS);
  const [draft, setDraft] = useState({ from: view.from ?? '', to: view.to ?? '', operation: view.operation ?? '' });
  const [submitted, setSubmitted] = useState(invalid);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const errors = submitted ? dateErrors(draft) : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const found = dateErrors(draft);
    if (found.from) return fromRef.current?.focus();
    if (found.to) return toRef.current?.focus();
    onApply({ ...view, from: draft.from || null, to: draft.to || null, operation: draft.operation.trim() || null });
  };
  const reset = () => {
    setSubmitted(false);
    setDraft({ from: '', to: '', operation: '' });
    onApply({ ...view, from: null, to: null, operation: null });
  };

  const dateField = (key: 'from' | 'to', ref: RefObject<HTMLInputElement | null>) => {
    const error = errors[key];
    const id = `audit-${key}`;
    return (
      <div className={`form-group${error ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={id}>
          {t[key]}
        </label>
        {error && (
          <span className="form-error-message" id={`${id}-error`} role="alert">
            <span className="sr-only">{t.error}: </span>
            {t.dateErrors[error]}
          </span>
        )}
        <input
          ref={ref}
          className="form-input"
          type="date"
          id={id}
          name={id}
          value={draft[key]}
          onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `${id}-error` : '', 'audit-dates-hint'].filter(Boolean).join(' ')}
        />
      </div>
    );
  };

  return (
    <search className="audit-filters no-print">
      <form onSubmit={submit} aria-labelledby="audit-filters-heading" noValidate>
        <h2 id="audit-filters-heading" className="h3">
          {t.filtersHeading}
        </h2>
        <div className="audit-filter-grid">
          {dateField('from', fromRef)}
          {dateField('to', toRef)}
          <div className="form-group">
            <label className="form-label" htmlFor="audit-operation">
              {t.operation}
            </label>
            <span className="form-hint" id="audit-operation-hint">
              {t.operationHint}
            </span>
            <input className="form-input" type="text" id="audit-operation" name="audit-operation" value={draft.operation} autoComplete="off" spellCheck={false} aria-describedby="audit-operation-hint" onChange={(e) => setDraft((d) => ({ ...d, operation: e.target.value }))} />
          </div>
        </div>
        <p className="form-hint" id="audit-dates-hint">
          {t.datesHint}
        </p>
        <div className="cluster">
          <button type="submit" className="button button-primary">
            {t.apply}
          </button>
          <button type="button" className="button button-secondary" onClick={reset}>
            {t.reset}
          </button>
        </div>
      </form>
    </search>
  );
}
