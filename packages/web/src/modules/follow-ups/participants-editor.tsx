import { useRef } from 'react';
import { useTexts } from '../../i18n/language.js';
import { fieldError, type UserError } from '../contracts/form-values.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';

export interface ParticipantRow {
  key: number;
  name: string;
  role: string;
  organization: string;
}

let nextKey = 1;
export function participantRow(values: Partial<Omit<ParticipantRow, 'key'>> = {}): ParticipantRow {
  return { key: nextKey++, name: values.name ?? '', role: values.role ?? '', organization: values.organization ?? '' };
}

function Input({ id, label, value, onChange, error, required }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; required?: boolean }) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <input
        className="form-input"
        id={id}
        name={id}
        value={value}
        required={required}
        maxLength={200}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** The people invited to the meeting: name, role and organisation per row, rows added and removed by button. */
export function ParticipantsEditor({ rows, onChange, errors }: { rows: ParticipantRow[]; onChange: (rows: ParticipantRow[]) => void; errors: readonly UserError[] | undefined }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const list = useRef<HTMLDivElement>(null);
  const update = (key: number, change: Partial<ParticipantRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    onChange([...rows, participantRow()]);
    // The new row's name field takes the focus once it is drawn.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('.participant-row:last-child input')?.focus());
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => document.getElementById('participants-add')?.focus());
  };
  return (
    <fieldset className="form-group participants-editor">
      <legend className="form-label">{t.participants}</legend>
      <span className="form-hint">{t.participantsHint}</span>
      <div ref={list}>
        {rows.map((row, index) => {
          const err = (field: string) => fieldError(errors, 'participants', String(index), field);
          return (
            <fieldset className="participant-row" key={row.key}>
              <legend className="sr-only">{t.participantLabel(index + 1)}</legend>
              <Input id={`participant-${index}-name`} label={t.name} value={row.name} onChange={(name) => update(row.key, { name })} error={err('name')} required />
              <Input id={`participant-${index}-role`} label={t.role} value={row.role} onChange={(role) => update(row.key, { role })} error={err('role')} required />
              <Input id={`participant-${index}-organization`} label={t.organization} value={row.organization} onChange={(organization) => update(row.key, { organization })} error={err('organization')} />
              <button type="button" className="button button-tertiary participant-remove" onClick={() => remove(index)}>
                {t.removeParticipant(index + 1)}
              </button>
            </fieldset>
          );
        })}
      </div>
      <button type="button" id="participants-add" className="button button-secondary" onClick={add}>
        {t.addParticipant}
      </button>
    </fieldset>
  );
}
