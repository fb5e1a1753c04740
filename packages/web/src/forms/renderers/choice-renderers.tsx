import { VUM_LIFE_THEMES, type ChoiceOption, type ItemNode, type LocalizedText } from '@treklang/schema';
import { memo } from 'react';
import { useTexts } from '../../i18n/language.js';
import { FieldShell } from '../field-shell.js';
import { useField, useFormContext, type ItemProps } from '../form-context.js';
import { localized } from '../format-answer.js';
import { RENDERER_TEXTS } from '../renderer-texts.js';

interface Choice {
  value: string;
  label: LocalizedText;
}

function optionsOf(node: ItemNode): Choice[] {
  if (node.item.type === 'lifeTheme') return VUM_LIFE_THEMES.map((theme) => ({ value: theme.key, label: theme.name }));
  return ((node.item as { options?: ChoiceOption[] }).options ?? []).filter((o) => typeof o.value === 'string');
}

/** The first control carries the item's id (error summary links land on it); the others a numbered one. */
const optionId = (inputId: string, i: number) => (i === 0 ? inputId : `${inputId}-${i}`);

function RadioList<V extends string | boolean>({ node, path, choices }: ItemProps & { choices: { value: V; label: string }[] }) {
  const field = useField(node, path);
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages} fieldset>
      <ul className="nobullet-list form-choice-list form-choice-list--inline">
        {choices.map((choice, i) => (
          <li key={String(choice.value)} className="form-group-radio">
            <input
              className="form-radio"
              type="radio"
              id={optionId(field.inputId, i)}
              name={field.key}
              value={String(choice.value)}
              checked={field.value === choice.value}
              aria-invalid={field.invalid || undefined}
              aria-describedby={field.describedBy}
              onChange={() => field.setValue(choice.value)}
            />
            <label htmlFor={optionId(field.inputId, i)}>{choice.label}</label>
          </li>
        ))}
      </ul>
    </FieldShell>
  );
}

export const YesNoRenderer = memo(function YesNoRenderer(props: ItemProps) {
  const t = useTexts(RENDERER_TEXTS);
  return (
    <RadioList
      {...props}
      choices={[
        { value: true, label: t.yes },
        { value: false, label: t.no },
      ]}
    />
  );
});

export const RadioChoiceRenderer = memo(function RadioChoiceRenderer(props: ItemProps) {
  const { language } = useFormContext();
  return <RadioList {...props} choices={optionsOf(props.node).map((o) => ({ value: o.value, label: localized(o.label, language) }))} />;
});

export const SelectChoiceRenderer = memo(function SelectChoiceRenderer({ node, path }: ItemProps) {
  const { language } = useFormContext();
  const t = useTexts(RENDERER_TEXTS);
  const field = useField(node, path);
  const value = typeof field.value === 'string' ? field.value : '';
  const options = optionsOf(node);
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages}>
      <select
        className="form-select"
        id={field.inputId}
        name={field.key}
        value={value}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        onChange={(e) => field.setValue(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">{t.choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {localized(o.label, language)}
          </option>
        ))}
        {value !== '' && !options.some((o) => o.value === value) && <option value={value}>{value}</option>}
      </select>
    </FieldShell>
  );
});

export const CheckboxChoiceRenderer = memo(function CheckboxChoiceRenderer({ node, path }: ItemProps) {
  const { language } = useFormContext();
  const field = useField(node, path);
  const selected = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value);
    field.setValue(next.length > 0 ? next : undefined);
  };
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages} fieldset>
      <ul className="nobullet-list form-choice-list">
        {optionsOf(node).map((o, i) => (
          <li key={o.value} className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id={optionId(field.inputId, i)}
              name={field.key}
              value={o.value}
              checked={selected.includes(o.value)}
              aria-invalid={field.invalid || undefined}
              aria-describedby={field.describedBy}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <label htmlFor={optionId(field.inputId, i)}>{localized(o.label, language)}</label>
          </li>
        ))}
      </ul>
    </FieldShell>
  );
});
