import type { ScaleItem } from '@treklang/schema';
import { memo } from 'react';
import { useTexts } from '../../i18n/language.js';
import { FieldShell } from '../field-shell.js';
import { useField, useFormContext, type ItemProps } from '../form-context.js';
import { localized } from '../format-answer.js';
import { RENDERER_TEXTS } from '../renderer-texts.js';

/** The steps of a scale, min to max. */
export function scaleSteps(item: Pick<ScaleItem, 'min' | 'max' | 'step'>): number[] {
  const step = typeof item.step === 'number' && item.step > 0 ? item.step : 1;
  const steps: number[] = [];
  for (let value = item.min; value <= item.max + 1e-9 && steps.length < 1000; value += step) steps.push(Math.round(value * 1e6) / 1e6);
  return steps;
}

/** A scale as a row of radio buttons; the ends (and each step, where the definition names them) in words. */
export const ScaleRenderer = memo(function ScaleRenderer({ node, path }: ItemProps) {
  const { language } = useFormContext();
  const t = useTexts(RENDERER_TEXTS);
  const field = useField(node, path);
  const item = node.item as ScaleItem;
  const steps = scaleSteps(item);
  const labelOf = (value: number) => {
    const named = item.stepLabels?.find((s) => s.value === value);
    if (named) return `${value} – ${localized(named.label, language)}`;
    if (value === item.min) return `${value} – ${localized(item.minLabel, language)}`;
    if (value === item.max) return `${value} – ${localized(item.maxLabel, language)}`;
    return String(value);
  };
  const vertical = Boolean(item.stepLabels?.length) || steps.length <= 2;
  const id = (i: number) => (i === 0 ? field.inputId : `${field.inputId}-${i}`);
  const radio = (key: string, i: number, label: string, checked: boolean, value: number | undefined) => (
    <li key={key} className="form-group-radio">
      <input
        className="form-radio"
        type="radio"
        id={id(i)}
        name={field.key}
        value={value === undefined ? '' : String(value)}
        checked={checked}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        onChange={() => field.setValue(value)}
      />
      <label htmlFor={id(i)}>{label}</label>
    </li>
  );
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages} fieldset>
      <ul className={`nobullet-list form-choice-list${vertical ? '' : ' form-choice-list--inline form-scale'}`}>
        {steps.map((value, i) => radio(String(value), i, labelOf(value), field.value === value, value))}
        {item.required !== true && radio('none', steps.length, t.scaleNone, field.value === undefined || field.value === null, undefined)}
      </ul>
    </FieldShell>
  );
});
