import { useTexts } from '../../i18n/language.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';

/** A Danish date and time of day side by side, as one fieldset with its legend, hint and error. */
export function DateTimeFields({ id, legend, hint, date, time, onDate, onTime, error, optional = false }: { id: string; legend: string; hint?: string; date: string; time: string; onDate: (v: string) => void; onTime: (v: string) => void; error?: string; optional?: boolean }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`form-group date-time${error ? ' form-error' : ''}`} aria-describedby={described}>
      <legend className="form-label">
        {legend}
        {optional && <span className="muted"> {t.optional}</span>}
      </legend>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <div className="date-time-row">
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-date`}>
            {t.date}
          </label>
          <input className="form-input" type="date" id={`${id}-date`} name={`${id}-date`} value={date} required={!optional} aria-invalid={error ? true : undefined} onChange={(e) => onDate(e.target.value)} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-time`}>
            {t.time}
          </label>
          <input className="form-input" type="time" id={`${id}-time`} name={`${id}-time`} value={time} required={!optional} aria-invalid={error ? true : undefined} onChange={(e) => onTime(e.target.value)} />
        </div>
      </div>
    </fieldset>
  );
}
