import type { DisplayItem } from '@treklang/schema';
import { memo } from 'react';
import { useTexts } from '../../i18n/language.js';
import { FieldMessages, ItemLabelText } from '../field-shell.js';
import { useField, useFormContext, type ItemProps } from '../form-context.js';
import { formatAnswer, localized } from '../format-answer.js';
import { RENDERER_TEXTS } from '../renderer-texts.js';

/** Text for the person filling in; with a subject field, the citizen's name or CPR number from the case. */
export const DisplayRenderer = memo(function DisplayRenderer({ node }: ItemProps) {
  const { language, subject } = useFormContext();
  const item = node.item as DisplayItem;
  const text = localized(item.text, language);
  if (item.subjectField) {
    const value = item.subjectField === 'citizen.name' ? subject.citizenName : subject.citizenCpr;
    return (
      <div className="form-group form-display" data-item={node.id}>
        <p className="form-display-label">{localized(item.label, language)}</p>
        <p className="form-readonly-value">{value || '–'}</p>
        {text && <p className="form-hint">{text}</p>}
      </div>
    );
  }
  return (
    <div className="form-group form-display" data-item={node.id}>
      <p className="form-display-label">{localized(item.label, language)}</p>
      <p className="form-display-text">{text}</p>
    </div>
  );
});

/** An answer the viewer does not give (another role's, the system's, or a submitted form's), as text. */
export const ReadOnlyRenderer = memo(function ReadOnlyRenderer({ node, path }: ItemProps) {
  const { language, role, formReadOnly, subject } = useFormContext();
  const t = useTexts(RENDERER_TEXTS);
  const field = useField(node, path);
  const named = typeof field.value === 'string' ? subject.objectLabels?.[field.value] : undefined;
  const text = named ?? formatAnswer(node, field.value, language);
  const serverFilled = (node.item as { readOnly?: unknown }).readOnly === true;
  const note = serverFilled ? t.serverFilled : !formReadOnly && role !== null ? t.filledBy(node.filledBy.map((r) => t.roles[r]).join(` ${language === 'da' ? 'eller' : 'or'} `)) : null;
  return (
    <div className={`form-group form-item form-readonly${field.invalid ? ' form-error' : ''}`} data-item={node.id}>
      <p className="form-display-label" id={`${field.inputId}-label`}>
        <ItemLabelText node={node} />
      </p>
      {note && <p className="form-hint">{note}</p>}
      <FieldMessages inputId={field.inputId} messages={field.messages} />
      <p className={`form-readonly-value${text ? '' : ' muted'}`} id={field.inputId} data-name={field.key}>
        {text || t.noAnswer}
      </p>
    </div>
  );
});

/** The fallback: says which item could not be drawn instead of leaving a silent gap. */
export const UnknownItemRenderer = memo(function UnknownItemRenderer({ node }: ItemProps) {
  const { language } = useFormContext();
  const t = useTexts(RENDERER_TEXTS);
  return (
    <div className="alert alert-warning form-unknown-item" data-item={node.id}>
      <div className="alert-body">
        <p className="alert-text">{t.cannotShow(localized(node.item.label, language), node.id, String(node.item.type))}</p>
      </div>
    </div>
  );
});
