import type { ReactNode, Ref } from 'react';
import { useTexts, type Texts } from '../../i18n/language.js';

/*
 * Det Fælles Designsystem's form groups: label, hint, error message tied to the input by aria-describedby.
 * Errors come from the API's userErrors (fieldError picks the one for a field).
 */

export { fieldError, linesOf, unplacedErrors } from './form-values.js';

const TEXTS: Texts<{ error: string; optional: string }> = {
  da: { error: 'Fejl:', optional: '(valgfri)' },
  en: { error: 'Error:', optional: '(optional)' },
};

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Group({ id, label, hint, error, optional, children }: { id: string; label: string; hint?: ReactNode; error?: string; optional?: boolean; children: ReactNode }) {
  const t = useTexts(TEXTS);
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional && <span className="muted"> {t.optional}</span>}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t.error} </span>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  optional?: boolean;
  maxLength?: number;
  className?: string;
}

export function TextField({ type = 'text', autoComplete, inputMode, inputRef, ...props }: FieldProps & { type?: 'text' | 'date' | 'number' | 'tel' | 'search'; autoComplete?: string; inputMode?: 'numeric' | 'decimal' | 'text'; inputRef?: Ref<HTMLInputElement> }) {
  return (
    <Group {...props}>
      <input
        ref={inputRef}
        className={`form-input ${props.className ?? ''}`}
        id={props.id}
        name={props.id}
        type={type}
        value={props.value}
        required={props.required}
        maxLength={props.maxLength}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Group>
  );
}

export function TextAreaField({ rows = 3, inputRef, ...props }: FieldProps & { rows?: number; inputRef?: Ref<HTMLTextAreaElement> }) {
  return (
    <Group {...props}>
      <textarea
        ref={inputRef}
        className={`form-input ${props.className ?? ''}`}
        id={props.id}
        name={props.id}
        rows={rows}
        value={props.value}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Group>
  );
}

export function SelectField({ options, placeholder, ...props }: FieldProps & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Group {...props}>
      <select
        className={`form-select ${props.className ?? ''}`}
        id={props.id}
        name={props.id}
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

/** A fieldset of checkboxes; `value` is the list of checked values. */
export function CheckboxGroup({ id, legend, options, value, onChange, hint, error, columns = false }: { id: string; legend: string; options: readonly { value: string; label: string }[]; value: readonly string[]; onChange: (value: string[]) => void; hint?: ReactNode; error?: string; columns?: boolean }) {
  const t = useTexts(TEXTS);
  const toggle = (option: string, checked: boolean) => onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset className={`form-group${error ? ' form-error' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend className="form-label">{legend}</legend>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t.error} </span>
          {error}
        </span>
      )}
      <div className={columns ? 'checkbox-columns' : undefined}>
        {options.map((o, index) => (
          <div className="form-group-checkbox" key={o.value}>
            <input className="form-checkbox" type="checkbox" id={`${id}-${index}`} checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <label htmlFor={`${id}-${index}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
