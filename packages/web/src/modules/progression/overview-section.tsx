import { useQuery } from '@apollo/client/react';
import { SCALES } from '@treklang/schema';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import type { ProgressionDimension } from '../../generated/graphql.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { toProgressionFilter, type DashboardFilter } from './dashboard-filter.js';
import { HeatCell, HeatLegend } from './heat-cell.js';
import { roundForCsv, SUPPRESSED_TEXT } from './progression-format.js';
import { DIMENSION_LABELS } from './progression-labels.js';
import { PROGRESSION_OVERVIEW } from './progression-queries.js';
import { OVERVIEW_TEXTS } from './progression-texts.js';
import { buildThemeMatrix, type MatrixCell, type MatrixRow } from './theme-matrix.js';
import { ViewChoice } from './view-choice.js';
import { ScrollableTable } from './scrollable-table.js';

export const OVERVIEW_ROW_DIMENSIONS = ['PROVIDER', 'AUTHORITY', 'SERVICE_TYPE', 'GOAL_TYPE'] as const satisfies readonly ProgressionDimension[];
export type OverviewRowDimension = (typeof OVERVIEW_ROW_DIMENSIONS)[number];

/** Provider (or authority, service type, goal type) × life theme: the mean change as a shaded table, with totals both ways. */
export function OverviewSection({ filter, rowBy, onRowBy }: { filter: DashboardFilter; rowBy: OverviewRowDimension; onRowBy: (value: OverviewRowDimension) => void }) {
  const t = useTexts(OVERVIEW_TEXTS);
  const dimensions = useTexts(DIMENSION_LABELS);
  const { language } = useLanguage();
  const { data, previousData, loading, error, refetch } = useQuery(PROGRESSION_OVERVIEW, { variables: { filter: toProgressionFilter(filter), rowBy } });
  const shown = data ?? previousData;
  const scaleName = SCALES[filter.scale].name[language];

  const csvCell = (cell: MatrixCell) => (cell.kind === 'suppressed' ? SUPPRESSED_TEXT[language] : cell.kind === 'value' ? roundForCsv(cell.change) : null);

  return (
    <section className="progression-section" aria-labelledby="overview-heading" id="overview" aria-busy={loading}>
      <h2 id="overview-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <ViewChoice id="overview-rows" label={t.rowsLabel} value={rowBy} onChange={onRowBy} options={OVERVIEW_ROW_DIMENSIONS.map((d) => ({ value: d, label: dimensions[d] }))} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && !error && <Loading />}
      {shown && (() => {
        const higherIsBetter = shown.cells.higherIsBetter;
        const matrix = buildThemeMatrix({ cells: shown.cells.groups, rows: shown.rows.groups, columns: shown.columns.groups, total: shown.columns.total }, rowBy, language, t.allRows);
        const columns: Column<MatrixRow>[] = [
          { key: 'row', header: dimensions[rowBy], value: (r) => r.label, render: (r) => (r.key === '__total__' ? <strong>{r.label}</strong> : r.label) },
          ...matrix.themes.map((theme) => ({
            key: theme.key,
            header: theme.label,
            value: (r: MatrixRow) => csvCell(r.cells[theme.key]),
            render: (r: MatrixRow) => <HeatCell cell={r.cells[theme.key]} higherIsBetter={higherIsBetter} />,
            numeric: true,
          })),
          { key: 'total', header: t.allThemes, value: (r) => csvCell(r.total), render: (r) => <HeatCell cell={r.total} higherIsBetter={higherIsBetter} />, numeric: true },
        ];
        return (
          <>
            <p className="muted">{higherIsBetter ? t.readingHigher : t.readingLower}</p>
            <HeatLegend />
            <ScrollableTable className="theme-matrix" rowCount={matrix.rows.length + 1} withTotal>
              <DataTable caption={t.caption(dimensions[rowBy].toLowerCase(), scaleName)} columns={columns} rows={[...matrix.rows, matrix.totals]} rowKey={(r) => r.key} fileName={t.fileName} />
            </ScrollableTable>
          </>
        );
      })()}
    </section>
  );
}
