import { useQuery } from '@apollo/client/react';
import { findLifeTheme, SCALES } from '@treklang/schema';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { serviceTypeLabel } from '../contracts/contract-labels.js';
import type { DashboardFilter } from './dashboard-filter.js';
import { PROGRESSION_OPTIONS } from './progression-queries.js';
import { FILTER_TEXTS } from './progression-texts.js';

/** The filter in force, in words: on screen (announced when it changes) and at the top of the printout. */
export function FilterSummary({ filter }: { filter: DashboardFilter }) {
  const t = useTexts(FILTER_TEXTS);
  const { language } = useLanguage();
  const options = useQuery(PROGRESSION_OPTIONS);
  const orgName = (id: string | null, groups: { org?: { id: string; name: string } | null }[]) => (id ? (groups.find((g) => g.org?.id === id)?.org?.name ?? t.unknownOrganization) : null);
  const provider = orgName(filter.provider, options.data?.byProvider.groups.map((g) => ({ org: g.provider })) ?? []);
  const authority = orgName(filter.authority, options.data?.byAuthority.groups.map((g) => ({ org: g.authority })) ?? []);
  const period =
    filter.from || filter.to ? `${filter.from ? formatDate(filter.from, language) : '…'} – ${filter.to ? formatDate(filter.to, language) : '…'}` : t.wholePeriod;

  const parts: [string, string][] = [
    [t.lifeThemes, filter.lifeThemes.length ? filter.lifeThemes.map((k) => findLifeTheme(k)?.name[language] ?? k).join(', ') : t.allThemes],
    [t.serviceTypes, filter.serviceTypes.length ? filter.serviceTypes.map((s) => serviceTypeLabel(s, language)).join(', ') : t.allServiceTypes],
    ...(provider ? [[t.provider, provider] as [string, string]] : []),
    ...(authority ? [[t.authority, authority] as [string, string]] : []),
    [t.period, period],
    [t.scale, SCALES[filter.scale].name[language]],
  ];
  return (
    <div className="filter-summary" role="status">
      <p className="filter-summary-heading">{t.summaryHeading}</p>
      <ul className="filter-summary-list">
        {parts.map(([label, value]) => (
          <li key={label}>
            <span className="filter-summary-label">{label}:</span> {value}
          </li>
        ))}
      </ul>
    </div>
  );
}
