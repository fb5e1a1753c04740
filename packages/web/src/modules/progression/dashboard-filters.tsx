import { useQuery } from '@apollo/client/react';
import { SCALE_KEYS, SCALES, SERVICE_TYPE_KEYS, VUM_LIFE_THEMES } from '@treklang/schema';
import { useRef, useState, type FormEvent } from 'react';
import type { Scale, ServiceType } from '../../generated/graphql.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { serviceTypeLabel } from '../contracts/contract-labels.js';
import { EMPTY_FILTER, filterErrors, type DashboardFilter } from './dashboard-filter.js';
import { PROGRESSION_OPTIONS } from './progression-queries.js';
import { FILTER_TEXTS } from './progression-texts.js';

interface Option {
  id: string;
  name: string;
}

const unique = (options: (Option | null | undefined)[]): Option[] =>
  options.filter((o): o is Option => !!o).filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i).sort((a, b) => a.name.localeCompare(b.name, 'da'));

function CheckboxDetails<V extends string>({ id, legend, options, value, onChange, allLabel }: { id: string; legend: string; options: readonly { value: V; label: string }[]; value: readonly V[]; onChange: (value: V[]) => void; allLabel: string }) {
  const t = useTexts(FILTER_TEXTS);
  const chosen = value.length === 0 ? allLabel : t.chosenCount(value.length);
  return (
    <details className="filter-details">
      <summary>
        {legend}: <span className="filter-details-chosen">{chosen}</span>
      </summary>
      <fieldset className="form-group">
        <legend className="sr-only">{legend}</legend>
        <div className="progression-checkbox-columns">
          {options.map((o) => (
            <div className="form-group-checkbox" key={o.value}>
              <input className="form-checkbox" type="checkbox" id={`${id}-${o.value}`} checked={value.includes(o.value)} onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))} />
              <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </details>
  );
}

function OrganizationSelect({ id, label, options, value, onChange, allLabel }: { id: string; label: string; options: Option[]; value: string; onChange: (value: string) => void; allLabel: string }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select className="form-select" id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The dashboard's filters. Nothing changes until "Vis" (show); dates are checked first and a bad range is
 * explained at the field, with the focus moved there.
 */
export function DashboardFilters({ filter, onApply }: { filter: DashboardFilter; onApply: (filter: DashboardFilter) => void }) {
  const t = useTexts(FILTER_TEXTS);
  const { language } = useLanguage();
  const options = useQuery(PROGRESSION_OPTIONS);
  const [draft, setDraft] = useState({ ...filter, from: filter.from ?? '', to: filter.to ?? '', provider: filter.provider ?? '', authority: filter.authority ?? '' });
  const [submitted, setSubmitted] = useState(false);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const errors = submitted ? filterErrors(draft) : {};

  const providers = unique(options.data?.byProvider.groups.map((g) => g.provider) ?? []);
  const authorities = unique(options.data?.byAuthority.groups.map((g) => g.authority) ?? []);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const found = filterErrors(draft);
    if (found.from) return fromRef.current?.focus();
    if (found.to) return toRef.current?.focus();
    onApply({ ...draft, from: draft.from || null, to: draft.to || null, provider: draft.provider || null, authority: draft.authority || null });
  };
  const reset = () => {
    setSubmitted(false);
    setDraft({ ...EMPTY_FILTER, from: '', to: '', provider: '', authority: '' });
    onApply(EMPTY_FILTER);
  };

  const dateField = (key: 'from' | 'to', ref: React.RefObject<HTMLInputElement | null>) => {
    const error = errors[key];
    const id = `progression-${key}`;
    return (
      <div className={`form-group${error ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor={id}>
          {t[key]}
        </label>
        {error && (
          <span className="form-error-message" id={`${id}-error`} role="alert">
            <span className="sr-only">{t.error}: </span>
            {t.errors[error]}
          </span>
        )}
        <input ref={ref} className="form-input" type="date" id={id} value={draft[key]} onChange={(e) => set(key, e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={[error ? `${id}-error` : '', 'progression-dates-hint'].filter(Boolean).join(' ')} />
      </div>
    );
  };

  return (
    <form className="progression-filters no-print" onSubmit={submit} aria-labelledby="progression-filters-heading" noValidate>
      <h2 id="progression-filters-heading" className="h3">
        {t.heading}
      </h2>
      <div className="progression-filter-grid">
        <CheckboxDetails id="filter-theme" legend={t.lifeThemes} allLabel={t.allThemes} options={VUM_LIFE_THEMES.map((th) => ({ value: th.key, label: th.name[language] }))} value={draft.lifeThemes} onChange={(v) => set('lifeThemes', v)} />
        <CheckboxDetails<ServiceType> id="filter-service" legend={t.serviceTypes} allLabel={t.allServiceTypes} options={(SERVICE_TYPE_KEYS as ServiceType[]).map((s) => ({ value: s, label: serviceTypeLabel(s, language) }))} value={draft.serviceTypes} onChange={(v) => set('serviceTypes', v)} />
      </div>
      <div className="progression-filter-grid">
        {(providers.length > 1 || draft.provider) && <OrganizationSelect id="filter-provider" label={t.provider} allLabel={t.allProviders} options={providers} value={draft.provider} onChange={(v) => set('provider', v)} />}
        {(authorities.length > 1 || draft.authority) && <OrganizationSelect id="filter-authority" label={t.authority} allLabel={t.allAuthorities} options={authorities} value={draft.authority} onChange={(v) => set('authority', v)} />}
        {dateField('from', fromRef)}
        {dateField('to', toRef)}
        <fieldset className="form-group">
          <legend className="form-label">{t.scale}</legend>
          <ul className="nobullet-list">
            {(SCALE_KEYS as Scale[]).map((s) => (
              <li key={s} className="form-group-radio">
                <input className="form-radio" type="radio" id={`filter-scale-${s}`} name="filter-scale" checked={draft.scale === s} onChange={() => set('scale', s)} />
                <label htmlFor={`filter-scale-${s}`}>{SCALES[s].name[language]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <p className="form-hint" id="progression-dates-hint">
        {t.datesHint}
      </p>
      <div className="cluster">
        <button type="submit" className="button button-primary">
          {t.apply}
        </button>
        <button type="button" className="button button-secondary" onClick={reset}>
          {t.reset}
        </button>
      </div>
    </form>
  );
}
