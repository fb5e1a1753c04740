import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { readChoice, readFilter, writeFilter, type DashboardFilter } from './dashboard-filter.js';
import { DashboardFilters } from './dashboard-filters.js';
import { DISTRIBUTION_DIMENSIONS, DistributionSection } from './distribution-section.js';
import { FilterSummary } from './filter-summary.js';
import { OVERVIEW_ROW_DIMENSIONS, OverviewSection } from './overview-section.js';
import { DISTRIBUTION_TEXTS, OVERVIEW_TEXTS, PAGE_TEXTS, TIMELINESS_TEXTS, TREND_TEXTS } from './progression-texts.js';
import { TIMELINESS_DIMENSIONS, TimelinessSection } from './timeliness-section.js';
import { TREND_MEASURES, TrendSection } from './trend-section.js';
import './progression.css';

/**
 * Progression and timeliness for managers, caseworkers and provider staff: filters, the overview per life theme,
 * improved / unchanged / declined, the trend per quarter and timeliness. Filters and view choices live in the
 * address, so a view can be reloaded, shared and printed as it is.
 */
export function ProgressionPage() {
  const t = useTexts(PAGE_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const providerSide = viewer.organization.kind === 'PROVIDER';

  const rowBy = readChoice(params, 'rows', OVERVIEW_ROW_DIMENSIONS, providerSide ? 'AUTHORITY' : 'PROVIDER');
  const distributionBy = readChoice(params, 'by', DISTRIBUTION_DIMENSIONS, 'LIFE_THEME');
  const measure = readChoice(params, 'trend', TREND_MEASURES, 'change');
  const timelinessBy = readChoice(params, 'deadlines', TIMELINESS_DIMENSIONS, providerSide ? 'AUTHORITY' : 'PROVIDER');

  const setChoice = (name: string) => (value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const apply = (next: DashboardFilter) => setParams(writeFilter(next, params), { preventScrollReset: true });
  const sections = [
    { id: 'overview', label: OVERVIEW_TEXTS[language].heading },
    { id: 'distribution', label: DISTRIBUTION_TEXTS[language].heading },
    { id: 'trend', label: TREND_TEXTS[language].heading },
    { id: 'timeliness', label: TIMELINESS_TEXTS[language].heading },
  ];

  return (
    <div className="progression-page">
      <PageTitle title={t.title}>
        <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
          {t.print}
        </button>
      </PageTitle>
      <p className="print-only">
        {viewer.organization.name} · {t.printedOn(formatDate(new Date().toISOString(), language))}
      </p>
      <p className="progression-lead">{t.intro(viewer.organization.name)}</p>
      <p>{t.suppression}</p>
      <DashboardFilters key={writeFilter(filter).toString()} filter={filter} onApply={apply} />
      <FilterSummary filter={filter} />
      <nav className="progression-toc no-print" aria-label={t.onThisPage}>
        <ul className="nobullet-list">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <OverviewSection filter={filter} rowBy={rowBy} onRowBy={setChoice('rows')} />
      <DistributionSection filter={filter} by={distributionBy} onBy={setChoice('by')} />
      <TrendSection filter={filter} measure={measure} onMeasure={setChoice('trend')} />
      <TimelinessSection filter={filter} by={timelinessBy} onBy={setChoice('deadlines')} />
    </div>
  );
}
