import { danishToday, type DateItem, type NumberItem } from '@treklang/schema';
import { memo, useState } from 'react';
import { FieldShell } from '../field-shell.js';
import { useField, useFormContext, type ItemProps } from '../form-context.js';
import { localized } from '../format-answer.js';

/** An emptied text field has no answer (the key goes), not an empty string. */
const textOrNothing = (value: string) => (value === '' ? undefined : value);

export const TextRenderer = memo(function TextRenderer({ node, path }: ItemProps) {
  const field = useField(node, path);
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages}>
      <input
        className="form-input"
        type="text"
        id={field.inputId}
        name={field.key}
        value={typeof field.value === 'string' ? field.value : ''}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        onChange={(e) => field.setValue(textOrNothing(e.target.value))}
      />
    </FieldShell>
  );
});

export const TextAreaRenderer = memo(function TextAreaRenderer({ node, path }: ItemProps) {
  const field = useField(node, path);
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages}>
      <textarea
        className="form-input form-textarea"
        id={field.inputId}
        name={field.key}
        rows={4}
        value={typeof field.value === 'string' ? field.value : ''}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        onChange={(e) => field.setValue(textOrNothing(e.target.value))}
      />
    </FieldShell>
  );
});

/** "2,5" (Danish) and "2.5" are numbers; anything else stays text so the validator can say what is wrong. */
export function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed.replace(',', '.'));
  return Number.isFinite(parsed) && !/[^0-9.,+-]/.test(trimmed) ? parsed : text;
}

function numberText(value: unknown, language: 'da' | 'en'): string {
  if (typeof value === 'number') return language === 'da' ? String(value).replace('.', ',') : String(value);
  return typeof value === 'string' ? value : '';
}

export const NumberRenderer = memo(function NumberRenderer({ node, path }: ItemProps) {
  const { language } = useFormContext();
  const field = useField(node, path);
  const item = node.item as NumberItem;
  // What was typed, kept while it parses to the stored value ("2," while typing "2,5").
  const [text, setText] = useState(() => numberText(field.value, language));
  const shown = parseNumber(text) === field.value || (text === '' && field.value === undefined) ? text : numberText(field.value, language);
  const unit = localized(item.unit, language);
  const input = (
    <input
      className="form-input input-width-s"
      type="text"
      inputMode={item.integer ? 'numeric' : 'decimal'}
      id={field.inputId}
      name={field.key}
      value={shown}
      aria-invalid={field.invalid || undefined}
      aria-describedby={unit ? [field.describedBy, `${field.inputId}-unit`].filter(Boolean).join(' ') : field.describedBy}
      onChange={(e) => {
        setText(e.target.value);
        field.setValue(parseNumber(e.target.value));
      }}
    />
  );
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages}>
      {unit ? (
        <div className="form-input-wrapper form-input-wrapper--suffix">
          {input}
          <span className="form-input-suffix" id={`${field.inputId}-unit`}>
            {unit}
          </span>
        </div>
      ) : (
        input
      )}
    </FieldShell>
  );
});

function bound(value: string | undefined): string | undefined {
  return value === 'today' ? danishToday() : value;
}

export const DateRenderer = memo(function DateRenderer({ node, path }: ItemProps) {
  const field = useField(node, path);
  const item = node.item as DateItem;
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages}>
      <input
        className="form-input input-width-m"
        type="date"
        id={field.inputId}
        name={field.key}
        min={bound(item.min)}
        max={bound(item.max)}
        value={typeof field.value === 'string' ? field.value : ''}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        onChange={(e) => field.setValue(textOrNothing(e.target.value))}
      />
    </FieldShell>
  );
});
