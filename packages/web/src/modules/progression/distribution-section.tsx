import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import type { ProgressionDimension } from '../../generated/graphql.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { ChartLegend } from './chart-legend.js';
import { toProgressionFilter, type DashboardFilter } from './dashboard-filter.js';
import type { DistributionBar } from './distribution-chart.js';
import { countColumn } from './group-columns.js';
import { formatShare } from './progression-format.js';
import { byDimension, DIMENSION_LABELS, groupKey, groupLabel, informativeFirst } from './progression-labels.js';
import { PROGRESSION_BREAKDOWN, type ProgressionGroupRow } from './progression-queries.js';
import { DISTRIBUTION_TEXTS } from './progression-texts.js';
import { ViewChoice } from './view-choice.js';
import { ScrollableTable, SHOWN_ROWS } from './scrollable-table.js';

const DistributionChart = lazy(async () => ({ default: (await import('./distribution-chart.js')).DistributionChart }));

export const DISTRIBUTION_DIMENSIONS = ['LIFE_THEME', 'PROVIDER', 'AUTHORITY', 'SERVICE_TYPE', 'GOAL_TYPE'] as const satisfies readonly ProgressionDimension[];
export type DistributionDimension = (typeof DISTRIBUTION_DIMENSIONS)[number];

interface Row {
  key: string;
  label: string;
  group: ProgressionGroupRow;
  isTotal: boolean;
}

const MAX_BARS = 30;

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Improved / unchanged / declined per group: a stacked bar chart and the same counts as a table. */
export function DistributionSection({ filter, by, onBy }: { filter: DashboardFilter; by: DistributionDimension; onBy: (value: DistributionDimension) => void }) {
  const t = useTexts(DISTRIBUTION_TEXTS);
  const dimensions = useTexts(DIMENSION_LABELS);
  const { language } = useLanguage();
  const { data, previousData, loading, error, refetch } = useQuery(PROGRESSION_BREAKDOWN, { variables: { filter: toProgressionFilter(filter), groupBy: [by] } });
  const report = (data ?? previousData)?.progression;

  const rows: Row[] = report
    ? [...informativeFirst([...report.groups].sort(byDimension(by, language)), (g) => g.suppressed, SHOWN_ROWS).map((g) => ({ key: groupKey(g, by), label: groupLabel(g, by, language), group: g, isTotal: false })), { key: '__total__', label: t.total, group: report.total, isTotal: true }]
    : [];
  const measured = rows.filter((r) => !r.group.suppressed && (r.group.goalsMeasured ?? 0) > 0);
  // A chart stays readable up to about 30 bars: the groups with most measured goals (and the total), in table order.
  const largest = new Set([...measured].sort((a, b) => Number(b.isTotal) - Number(a.isTotal) || (b.group.goalsMeasured ?? 0) - (a.group.goalsMeasured ?? 0)).slice(0, MAX_BARS + 1));
  const charted = measured.filter((r) => largest.has(r));
  const bars: DistributionBar[] = charted.map((r) => ({
    key: r.key,
    label: r.label,
    improved: percent(r.group.improved ?? 0, r.group.goalsMeasured ?? 0),
    unchanged: percent(r.group.unchanged ?? 0, r.group.goalsMeasured ?? 0),
    declined: percent(r.group.declined ?? 0, r.group.goalsMeasured ?? 0),
  }));
  const hidden = rows.filter((r) => r.group.suppressed).length;

  const count = (pick: (g: ProgressionGroupRow) => number | null | undefined, first = false) => countColumn<Row, ProgressionGroupRow>((r) => r.group, pick, language, first);
  const columns: Column<Row>[] = [
    { key: 'group', header: dimensions[by], value: (r) => r.label, render: (r) => (r.isTotal ? <strong>{r.label}</strong> : r.label) },
    { key: 'citizens', header: t.citizens, ...count((g) => g.citizens, true) },
    { key: 'goals', header: t.goals, ...count((g) => g.goals) },
    { key: 'measured', header: t.measured, ...count((g) => g.goalsMeasured) },
    { key: 'improved', header: t.improved, ...count((g) => g.improved) },
    { key: 'unchanged', header: t.unchanged, ...count((g) => g.unchanged) },
    { key: 'declined', header: t.declined, ...count((g) => g.declined) },
    {
      key: 'share',
      header: t.shareImproved,
      value: (r) => (r.group.suppressed || !r.group.goalsMeasured ? null : percent(r.group.improved ?? 0, r.group.goalsMeasured)),
      render: (r) => (r.group.suppressed || !r.group.goalsMeasured ? '' : formatShare((r.group.improved ?? 0) / r.group.goalsMeasured, language)),
      numeric: true,
    },
  ];
  const totalBar = bars.find((b) => b.key === '__total__');
  const summary = `${t.summary(dimensions[by].toLowerCase(), charted.length, hidden, totalBar ? formatShare(totalBar.improved / 100, language) : '–')}${measured.length > charted.length ? ` ${t.largestOnly(MAX_BARS)}` : ''}`;

  return (
    <section className="progression-section" aria-labelledby="distribution-heading" id="distribution" aria-busy={loading}>
      <h2 id="distribution-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <ViewChoice id="distribution-by" label={t.byLabel} value={by} onChange={onBy} options={DISTRIBUTION_DIMENSIONS.map((d) => ({ value: d, label: dimensions[d] }))} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!report && !error && <Loading />}
      {report && (
        <>
          {bars.length > 0 && (
            <figure className="progression-figure">
              <div className="progression-chart" role="img" aria-labelledby="distribution-caption">
                <Suspense fallback={<p className="loading">{t.loadingChart}</p>}>
                  <DistributionChart bars={bars} percentLabel={(v) => formatShare(v / 100, language)} />
                </Suspense>
              </div>
              <ChartLegend
                items={[
                  { key: 'improved', label: t.legendImproved, swatch: 'improved' },
                  { key: 'unchanged', label: t.legendUnchanged, swatch: 'unchanged' },
                  { key: 'declined', label: t.legendDeclined, swatch: 'declined' },
                ]}
              />
              <figcaption className="progression-figcaption" id="distribution-caption">
                {summary}
              </figcaption>
            </figure>
          )}
          {bars.length === 0 && <p>{t.nothingToChart}</p>}
          <ScrollableTable rowCount={rows.length} withTotal>
            <DataTable caption={t.caption(dimensions[by].toLowerCase())} columns={columns} rows={rows} rowKey={(r) => r.key} fileName={t.fileName} />
          </ScrollableTable>
        </>
      )}
    </section>
  );
}
