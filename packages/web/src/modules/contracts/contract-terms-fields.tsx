import type { AssessmentTool } from '../../generated/graphql.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { CONTRACT_LABELS, SERVICE_TYPE_VALUES, serviceTypeLabel, themeName } from './contract-labels.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { CheckboxGroup, fieldError, SelectField, TextAreaField, TextField } from './form-fields.js';
import type { UserError } from './form-values.js';
import { TOOLS, UNITS, type ContractValues } from './new-contract-input.js';
import { NEW_CONTRACT_TEXTS } from './new-contract-texts.js';

interface TermsFieldsProps {
  values: ContractValues;
  onChange: (values: ContractValues) => void;
  errors: readonly UserError[];
  lifeThemes: readonly { key: string; name: string; nameEn: string }[];
  /** Providers to choose from; null when the provider is fixed (an existing contract). */
  providers: readonly { id: string; name: string }[] | null;
  /** Service and start date can only change while the contract is a draft. */
  draft: boolean;
  /** h2 on the new-contract page, h4 in the contract page's edit form. */
  headingLevel: 2 | 4;
  /** What an empty next follow-up means here. */
  nextFollowUpHint: string;
  idPrefix: string;
}

/** The contract's terms as form fields, shared by "Opret kontrakt" and "Ret aftalen". */
export function ContractTermsFields({ values, onChange, errors, lifeThemes, providers, draft, headingLevel, nextFollowUpHint, idPrefix }: TermsFieldsProps) {
  const t = useTexts(NEW_CONTRACT_TEXTS);
  const c = useTexts(CONTRACT_TEXTS);
  const labels = useTexts(CONTRACT_LABELS);
  const { language } = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  const set = <K extends keyof ContractValues>(key: K) => (value: ContractValues[K]) => onChange({ ...values, [key]: value });
  const err = (field: string) => fieldError(errors, field);
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <>
      <Heading>{t.partiesHeading}</Heading>
      {providers && <SelectField id={id('provider')} label={t.provider} value={values.providerId} onChange={set('providerId')} placeholder={t.choose} options={providers.map((p) => ({ value: p.id, label: p.name }))} error={err('providerId')} />}
      {draft && (
        <>
          <SelectField id={id('service')} label={t.serviceType} value={values.serviceType} onChange={set('serviceType')} placeholder={t.choose} options={SERVICE_TYPE_VALUES.map((s) => ({ value: s, label: serviceTypeLabel(s, language) }))} error={err('serviceType')} />
          <TextField id={id('start')} type="date" label={t.startDate} value={values.startDate} onChange={set('startDate')} className="input-width-m" error={err('startDate')} />
        </>
      )}
      <SelectField id={id('tool')} label={t.assessmentTool} value={values.assessmentTool} onChange={(v) => set('assessmentTool')(v as AssessmentTool)} options={TOOLS.map((tool) => ({ value: tool, label: c.tools[tool] }))} error={err('assessmentTool')} />
      <Heading>{t.themesHeading}</Heading>
      <CheckboxGroup id={id('themes')} legend={t.lifeThemes} hint={t.lifeThemesHint} options={lifeThemes.map((theme) => ({ value: theme.key, label: themeName(theme, language) }))} value={values.lifeThemeKeys} onChange={set('lifeThemeKeys')} error={err('lifeThemeKeys')} columns />
      <Heading>{t.purposeHeading}</Heading>
      <TextAreaField id={id('purpose')} label={t.purpose} hint={t.purposeHint} value={values.purpose} onChange={set('purpose')} rows={3} error={err('purpose')} />
      <TextAreaField id={id('rationale')} label={t.goalRationale} hint={t.goalRationaleHint} value={values.goalRationale} onChange={set('goalRationale')} rows={3} error={err('goalRationale')} />
      <TextAreaField id={id('discharge')} label={t.dischargeCriteria} hint={t.dischargeCriteriaHint} value={values.dischargeCriteria} onChange={set('dischargeCriteria')} rows={3} error={err('dischargeCriteria')} />
      <Heading>{t.followUpHeading}</Heading>
      <CheckboxGroup id={id('reporting')} legend={t.reportingForms} options={(['PROSE', 'NUMBERS'] as const).map((f) => ({ value: f, label: c.forms[f] }))} value={values.reportingForms} onChange={set('reportingForms')} error={err('reportingForms')} />
      <TextField id={id('next')} type="date" label={t.nextFollowUp} optional hint={nextFollowUpHint} value={values.nextFollowUpDate} onChange={set('nextFollowUpDate')} className="input-width-m" error={err('nextFollowUpDate')} />
      <TextAreaField id={id('participants')} label={t.participants} optional hint={t.participantsHint} value={values.participants} onChange={set('participants')} rows={3} error={err('participants')} />
      <Heading>{t.termsHeading}</Heading>
      <TextField id={id('price')} label={t.priceAmount} optional inputMode="decimal" value={values.priceAmount} onChange={set('priceAmount')} className="input-width-s" error={err('price')} />
      <SelectField id={id('price-unit')} label={t.priceUnit} value={values.priceUnit} onChange={set('priceUnit')} placeholder={t.noPrice} options={UNITS.map((u) => ({ value: u, label: labels.priceUnit[u] }))} />
      <TextField id={id('notice')} label={t.noticePeriod} optional hint={t.noticePeriodHint} inputMode="numeric" value={values.noticePeriodDays} onChange={set('noticePeriodDays')} className="input-width-xs" error={err('noticePeriodDays')} />
    </>
  );
}
