import type { ItemNode } from '@treklang/schema';
import type { ReactNode } from 'react';
import { useTexts } from '../i18n/language.js';
import { errorIdOf } from './answer-path.js';
import { useFormContext } from './form-context.js';
import { localized } from './format-answer.js';
import { RENDERER_TEXTS } from './renderer-texts.js';

/*
 * Det Fælles Designsystem's form group around one item: label (or legend), hint, the error message at the item
 * (id "<inputId>-error", class form-error-message, referenced by the input's aria-describedby).
 */

interface ShellProps {
  node: ItemNode;
  inputId: string;
  messages: readonly string[];
  /** Radio buttons, checkboxes and compound answers sit in a fieldset with a legend. */
  fieldset?: boolean;
  children: ReactNode;
}

export function ItemLabelText({ node }: { node: ItemNode }) {
  const { language } = useFormContext();
  const t = useTexts(RENDERER_TEXTS);
  const required = (node.item as { required?: unknown }).required === true;
  return (
    <>
      {localized(node.item.label, language)}
      {required && (
        <>
          <span className="form-required" aria-hidden="true">
            {' '}
            *
          </span>
          <span className="sr-only"> {t.required}</span>
        </>
      )}
    </>
  );
}

export function FieldMessages({ inputId, messages }: { inputId: string; messages: readonly string[] }) {
  const t = useTexts(RENDERER_TEXTS);
  if (messages.length === 0) return null;
  return (
    <span className="form-error-message" id={errorIdOf(inputId)}>
      <span className="sr-only">{t.error} </span>
      {messages.join(' ')}
    </span>
  );
}

export function FieldHint({ node, inputId }: { node: ItemNode; inputId: string }) {
  const { language } = useFormContext();
  const help = (node.item as { help?: { da: string; en: string } }).help;
  if (!help) return null;
  return (
    <span className="form-hint" id={`${inputId}-hint`}>
      {localized(help, language)}
    </span>
  );
}

export function FieldShell({ node, inputId, messages, fieldset, children }: ShellProps) {
  const className = `form-group form-item${messages.length > 0 ? ' form-error' : ''}`;
  if (fieldset) {
    return (
      <div className={className} data-item={node.id}>
        <fieldset>
          <legend className="form-label">
            <ItemLabelText node={node} />
          </legend>
          <FieldHint node={node} inputId={inputId} />
          <FieldMessages inputId={inputId} messages={messages} />
          {children}
        </fieldset>
      </div>
    );
  }
  return (
    <div className={className} data-item={node.id}>
      <label className="form-label" htmlFor={inputId}>
        <ItemLabelText node={node} />
      </label>
      <FieldHint node={node} inputId={inputId} />
      <FieldMessages inputId={inputId} messages={messages} />
      {children}
    </div>
  );
}
