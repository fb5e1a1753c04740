import { assessSmart } from '@treklang/schema';
import type { GoalType } from '../../generated/graphql.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { GOAL_TYPE_VALUES, goalTypeLabel, themeName } from './contract-labels.js';
import { fieldError, SelectField, TextAreaField, TextField } from './form-fields.js';
import { GOAL_TEXTS } from './goal-texts.js';
import { SmartHints } from './smart-hints.js';
import type { UserError } from './form-values.js';

export interface GoalValues {
  lifeThemeKey: string;
  goalType: GoalType | '';
  title: string;
  measurableCriterion: string;
  deadline: string;
}

export const EMPTY_GOAL: GoalValues = { lifeThemeKey: '', goalType: '', title: '', measurableCriterion: '', deadline: '' };

export const GOAL_FIELDS = ['lifeThemeKey', 'goalType', 'title', 'measurableCriterion', 'deadline'] as const;

/** The five parts of a goal with a live SMART check (the same rule the API applies). */
export function GoalFields({ idPrefix, values, onChange, themes, errors, errorPath = [] }: { idPrefix: string; values: GoalValues; onChange: (values: GoalValues) => void; themes: readonly { key: string; name: string; nameEn: string }[]; errors?: readonly UserError[] | null; errorPath?: string[] }) {
  const t = useTexts(GOAL_TEXTS);
  const { language } = useLanguage();
  const set = <K extends keyof GoalValues>(key: K) => (value: string) => onChange({ ...values, [key]: value });
  const error = (field: string) => fieldError(errors, ...errorPath, field);
  const smart = assessSmart(values);
  return (
    <>
      <SelectField id={`${idPrefix}-theme`} label={t.theme} value={values.lifeThemeKey} onChange={set('lifeThemeKey')} placeholder={t.choose} options={themes.map((theme) => ({ value: theme.key, label: themeName(theme, language) }))} error={error('lifeThemeKey')} />
      <SelectField id={`${idPrefix}-type`} label={t.goalType} value={values.goalType} onChange={set('goalType')} placeholder={t.choose} options={GOAL_TYPE_VALUES.map((type) => ({ value: type, label: goalTypeLabel(type, language) }))} error={error('goalType')} />
      <TextAreaField id={`${idPrefix}-title`} label={t.title} hint={t.titleHint} value={values.title} onChange={set('title')} rows={2} maxLength={500} error={error('title')} />
      <TextAreaField id={`${idPrefix}-criterion`} label={t.criterion} hint={t.criterionHint} value={values.measurableCriterion} onChange={set('measurableCriterion')} rows={2} maxLength={500} error={error('measurableCriterion')} />
      <TextField id={`${idPrefix}-deadline`} type="date" label={t.deadline} value={values.deadline} onChange={set('deadline')} className="input-width-m" error={error('deadline')} />
      <SmartHints missing={smart.missing} live />
    </>
  );
}

/** Parts left empty, as userErrors on `input.<field>`: the API needs all five (its types say so). */
export function missingGoalParts(values: GoalValues, message: string, path: string[] = []): UserError[] {
  return GOAL_FIELDS.filter((field) => !values[field].trim()).map((field) => ({ code: 'REQUIRED', message, field: ['input', ...path, field] }));
}

/** The values as the API's goal input; call after missingGoalParts found nothing. */
export function goalInput(values: GoalValues) {
  return {
    lifeThemeKey: values.lifeThemeKey,
    goalType: values.goalType as GoalType,
    title: values.title.trim(),
    measurableCriterion: values.measurableCriterion.trim(),
    deadline: values.deadline,
  };
}
