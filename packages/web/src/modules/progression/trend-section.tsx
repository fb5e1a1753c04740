import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { CHART_COLORS } from './chart-colors.js';
import { ChartLegend, type LegendItem } from './chart-legend.js';
import { toProgressionFilter, type DashboardFilter } from './dashboard-filter.js';
import { countColumn } from './group-columns.js';
import { formatChange, formatMean, roundForCsv } from './progression-format.js';
import { quarterLabel } from './progression-labels.js';
import { PROGRESSION_BREAKDOWN, type ProgressionGroupRow } from './progression-queries.js';
import { TREND_TEXTS } from './progression-texts.js';
import type { TrendMeasure, TrendPoint } from './trend-chart.js';
import { ScrollableTable } from './scrollable-table.js';

const TrendChart = lazy(async () => ({ default: (await import('./trend-chart.js')).TrendChart }));

export const TREND_MEASURES = ['change', 'level'] as const satisfies readonly TrendMeasure[];

/** Quarters in time order; goals without any reading (no quarter) last. */
const byQuarter = (a: ProgressionGroupRow, b: ProgressionGroupRow) => (a.quarter ?? '9999').localeCompare(b.quarter ?? '9999');

/** Mean change or mean latest against baseline by the quarter of the latest reading: a line chart and its table. */
export function TrendSection({ filter, measure, onMeasure }: { filter: DashboardFilter; measure: TrendMeasure; onMeasure: (value: TrendMeasure) => void }) {
  const t = useTexts(TREND_TEXTS);
  const { language } = useLanguage();
  const { data, previousData, loading, error, refetch } = useQuery(PROGRESSION_BREAKDOWN, { variables: { filter: toProgressionFilter(filter), groupBy: ['QUARTER'] } });
  const report = (data ?? previousData)?.progression;
  const groups = report ? [...report.groups].sort(byQuarter) : [];
  const points: TrendPoint[] = groups
    .filter((g) => g.quarter)
    .map((g) => ({ label: quarterLabel(g.quarter, language), meanChange: g.suppressed ? null : (g.meanChange ?? null), meanLatest: g.suppressed ? null : (g.meanLatest ?? null), meanBaseline: g.suppressed ? null : (g.meanBaseline ?? null) }));
  const drawn = points.filter((p) => p.meanChange !== null);
  const hidden = groups.filter((g) => g.quarter && g.suppressed).length;

  const mean = (pick: (g: ProgressionGroupRow) => number | null | undefined, format: (v: number | null | undefined) => string): Pick<Column<ProgressionGroupRow>, 'value' | 'render' | 'numeric'> => ({
    value: (g) => (g.suppressed ? null : roundForCsv(pick(g))),
    render: (g) => (g.suppressed ? '' : format(pick(g))),
    numeric: true,
  });
  const count = (pick: (g: ProgressionGroupRow) => number | null | undefined, first = false) => countColumn<ProgressionGroupRow, ProgressionGroupRow>((g) => g, pick, language, first);
  const columns: Column<ProgressionGroupRow>[] = [
    { key: 'quarter', header: t.quarter, value: (g) => quarterLabel(g.quarter, language) },
    { key: 'citizens', header: t.citizens, ...count((g) => g.citizens, true) },
    { key: 'measured', header: t.measured, ...count((g) => g.goalsMeasured) },
    { key: 'baseline', header: t.meanBaseline, ...mean((g) => g.meanBaseline, (v) => formatMean(v, language)) },
    { key: 'latest', header: t.meanLatest, ...mean((g) => g.meanLatest, (v) => formatMean(v, language)) },
    { key: 'change', header: t.meanChange, ...mean((g) => g.meanChange, (v) => formatChange(v, language)) },
    { key: 'improved', header: t.improved, ...count((g) => g.improved) },
    { key: 'unchanged', header: t.unchanged, ...count((g) => g.unchanged) },
    { key: 'declined', header: t.declined, ...count((g) => g.declined) },
  ];

  const first = drawn[0];
  const last = drawn.at(-1);
  const summary =
    first && last
      ? measure === 'change'
        ? t.summaryChange(drawn.length, first.label, formatChange(first.meanChange, language), last.label, formatChange(last.meanChange, language), hidden)
        : t.summaryLevel(drawn.length, first.label, formatMean(first.meanLatest, language), last.label, formatMean(last.meanLatest, language), hidden)
      : '';
  const legend: LegendItem[] =
    measure === 'change'
      ? [{ key: 'change', label: t.meanChange, swatch: 'solid-circle', color: CHART_COLORS.primary }]
      : [
          { key: 'latest', label: t.legendLatest, swatch: 'solid-circle', color: CHART_COLORS.primary },
          { key: 'baseline', label: t.legendBaseline, swatch: 'dashed-square', color: CHART_COLORS.baseline },
        ];

  return (
    <section className="progression-section" aria-labelledby="trend-heading" id="trend" aria-busy={loading}>
      <h2 id="trend-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <fieldset className="form-group no-print">
        <legend className="form-label">{t.measureLegend}</legend>
        <ul className="nobullet-list form-choice-list form-choice-list--inline">
          {TREND_MEASURES.map((m) => (
            <li key={m} className="form-group-radio">
              <input className="form-radio" type="radio" id={`trend-measure-${m}`} name="trend-measure" checked={measure === m} onChange={() => onMeasure(m)} />
              <label htmlFor={`trend-measure-${m}`}>{t.measures[m]}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!report && !error && <Loading />}
      {report && (
        <>
          {drawn.length > 0 ? (
            <figure className="progression-figure">
              <div className="progression-chart" role="img" aria-labelledby="trend-caption">
                <Suspense fallback={<p className="loading">{t.loadingChart}</p>}>
                  <TrendChart points={points} measure={measure} scale={report.scale} formatNumber={(v) => (measure === 'change' ? formatChange(v, language) : formatMean(v, language))} />
                </Suspense>
              </div>
              <ChartLegend items={legend} />
              <figcaption className="progression-figcaption" id="trend-caption">
                {summary}
              </figcaption>
            </figure>
          ) : (
            <p>{t.nothingToChart}</p>
          )}
          <ScrollableTable>
            <DataTable caption={t.caption} columns={columns} rows={groups} rowKey={(g) => g.quarter ?? 'none'} fileName={t.fileName} />
          </ScrollableTable>
        </>
      )}
    </section>
  );
}
