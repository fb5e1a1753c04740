import { useQuery } from '@apollo/client/react';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import type { TimelinessDimension } from '../../generated/graphql.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { toTimelinessFilter, type DashboardFilter } from './dashboard-filter.js';
import { LateLists } from './late-lists.js';
import { countColumn } from './group-columns.js';
import { formatCount, formatShare, roundForCsv, SUPPRESSED_TEXT } from './progression-format.js';
import { DIMENSION_LABELS, informativeFirst, timelinessGroupLabel } from './progression-labels.js';
import { TIMELINESS_OVERVIEW, type TimelinessGroupRow, type TimelinessShareValue } from './progression-queries.js';
import { TIMELINESS_TEXTS } from './progression-texts.js';
import { ViewChoice } from './view-choice.js';
import { ScrollableTable, SHOWN_ROWS } from './scrollable-table.js';

export const TIMELINESS_DIMENSIONS = ['PROVIDER', 'AUTHORITY', 'SERVICE_TYPE', 'QUARTER'] as const satisfies readonly TimelinessDimension[];
export type TimelinessBy = (typeof TIMELINESS_DIMENSIONS)[number];

export const SHARE_KINDS = ['statusNotes', 'subGoalApprovals', 'meetings'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

interface Row {
  key: string;
  label: string;
  group: TimelinessGroupRow;
  isTotal: boolean;
}

function ShareCard({ kind, share }: { kind: ShareKind; share: TimelinessShareValue }) {
  const t = useTexts(TIMELINESS_TEXTS);
  const { language } = useLanguage();
  const percent = share.share ?? null;
  return (
    <div className="share-card">
      <h3 className="h5 share-card-heading">{t.kinds[kind]}</h3>
      {share.suppressed ? (
        <p className="share-card-value share-card-suppressed">{SUPPRESSED_TEXT[language]}</p>
      ) : share.total === 0 || percent === null ? (
        <p className="share-card-value">{t.noDeadlines}</p>
      ) : (
        <>
          <p className="share-card-value">{formatShare(percent, language)}</p>
          <p className="share-card-text">{t.shareText[kind](formatCount(share.onTime ?? 0, language), formatCount(share.total ?? 0, language))}</p>
          <div className="share-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(percent * 100)}%` }} />
          </div>
        </>
      )}
    </div>
  );
}

/** The three timeliness shares, per group as a table, and (for those who may see the cases) the late items behind them. */
export function TimelinessSection({ filter, by, onBy }: { filter: DashboardFilter; by: TimelinessBy; onBy: (value: TimelinessBy) => void }) {
  const t = useTexts(TIMELINESS_TEXTS);
  const dimensions = useTexts(DIMENSION_LABELS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const variables = { filter: toTimelinessFilter(filter), groupBy: [by] };
  const { data, previousData, loading, error, refetch } = useQuery(TIMELINESS_OVERVIEW, { variables });
  const report = (data ?? previousData)?.timeliness;

  const label = (g: TimelinessGroupRow) => timelinessGroupLabel(g, by, language);
  const inOrder = (x: TimelinessGroupRow, y: TimelinessGroupRow) => (by === 'QUARTER' ? (x.quarter ?? '').localeCompare(y.quarter ?? '') : label(x).localeCompare(label(y), language));
  const groups = report ? informativeFirst([...report.groups].sort(inOrder), (g) => SHARE_KINDS.every((kind) => g[kind].suppressed), SHOWN_ROWS) : [];
  const rows: Row[] = report
    ? [...groups.map((g, i) => ({ key: `${i}-${label(g)}`, label: label(g), group: g, isTotal: false })), { key: '__total__', label: t.total, group: report.total, isTotal: true }]
    : [];
  const shareColumns = (kind: ShareKind): Column<Row>[] => {
    const count = (pick: (share: TimelinessShareValue) => number | null | undefined, first: boolean) => countColumn<Row, TimelinessShareValue>((r) => r.group[kind], pick, language, first);
    return [
      { key: `${kind}-onTime`, header: t.onTimeHeader[kind], ...count((s) => s.onTime, true) },
      { key: `${kind}-total`, header: t.totalHeader[kind], ...count((s) => s.total, false) },
      {
        key: `${kind}-share`,
        header: t.shareHeader[kind],
        value: (r) => (r.group[kind].suppressed || r.group[kind].share == null ? null : roundForCsv(r.group[kind].share * 100)),
        render: (r) => (r.group[kind].suppressed ? '' : formatShare(r.group[kind].share, language)),
        numeric: true,
      },
    ];
  };
  const columns: Column<Row>[] = [
    { key: 'group', header: dimensions[by], value: (r) => r.label, render: (r) => (r.isTotal ? <strong>{r.label}</strong> : r.label) },
    ...SHARE_KINDS.flatMap(shareColumns),
  ];

  return (
    <section className="progression-section" aria-labelledby="timeliness-heading" id="timeliness" aria-busy={loading}>
      <h2 id="timeliness-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!report && !error && <Loading />}
      {report && (
        <>
          <p className="muted">{t.reckonedFrom(formatDate(report.today, language))}</p>
          <div className="share-cards">
            {SHARE_KINDS.map((kind) => (
              <ShareCard key={kind} kind={kind} share={report.total[kind]} />
            ))}
          </div>
          <ViewChoice id="timeliness-by" label={t.byLabel} value={by} onChange={onBy} options={TIMELINESS_DIMENSIONS.map((d) => ({ value: d, label: dimensions[d] }))} />
          <ScrollableTable className="timeliness-table" rowCount={rows.length} withTotal>
            <DataTable caption={t.caption(dimensions[by].toLowerCase())} columns={columns} rows={rows} rowKey={(r) => r.key} fileName={t.fileName} />
          </ScrollableTable>
        </>
      )}
      {viewer.role !== 'MANAGER' && report && (
        <LateLists filter={filter} counts={{ statusNotes: report.total.statusNotes.late ?? null, subGoalApprovals: report.total.subGoalApprovals.late ?? null, meetings: report.total.meetings.late ?? null }} />
      )}
    </section>
  );
}
