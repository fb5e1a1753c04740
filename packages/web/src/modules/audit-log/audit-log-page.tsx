import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { downloadCsv, toCsv } from '../../components/csv.js';
import { isForbidden } from '../../components/forbidden.js';
import { field } from '../../components/connection.js';
import { LoadMore } from '../../components/load-more.js';
import { useLoadMore } from '../../components/use-load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { RefusedPage } from '../../components/refusal.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { danishParts } from '../../i18n/danish-time.js';
import { useTexts } from '../../i18n/language.js';
import { type AuditLogView, readView, toApiFilter, writeView } from './audit-log-filter.js';
import { AuditLogFilters } from './audit-log-filters.js';
import { auditCsv } from './audit-log-format.js';
import { AUDIT_LOG } from './audit-log-queries.js';
import { AuditLogTable } from './audit-log-table.js';
import { AUDIT_LOG_TEXTS } from './audit-log-texts.js';
import { AuditScopeNotes } from './audit-scope-notes.js';
import './audit-log.css';

const PAGE_SIZE = 50;



/**
 * The audit log for the organisation's administrator: who read or changed which personal data, when and why.
 * Dates, operation, user (?user=) and citizen (?citizen=) live in the address, so a view can be bookmarked and
 * linked to; the entries come 50 at a time and the ones loaded can be exported as CSV.
 */
export function AuditLogPage() {
  const t = useTexts(AUDIT_LOG_TEXTS);
  const { roles } = useTexts(COMMON_TEXTS);
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const filter = toApiFilter(view);
  const list = useQuery(AUDIT_LOG, { variables: { first: PAGE_SIZE, filter: filter ?? undefined }, skip: !filter });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, field('auditLog'));

  const entries = data?.auditLog.edges.map((e) => e.node) ?? [];
  // The ?user= note names the user from their entries; with none shown it gives the ID.
  const apply = (next: AuditLogView) => setParams(writeView(next, params), { preventScrollReset: true });

  const exportCsv = () => {
    const { header, rows } = auditCsv(entries, roles, t);
    downloadCsv(`${t.fileName}-${danishParts(new Date()).date}.csv`, toCsv(header, rows));
  };

  if (isForbidden(error)) return <RefusedPage title={t.title} heading={t.forbidden} text={t.forbiddenText} />;

  return (
    <div className="audit-log-page">
      <PageTitle title={t.title} />
      <p className="audit-lead">{t.intro}</p>
      <AuditScopeNotes view={view} userName={entries.find((e) => e.userId === view.user)?.userName ?? null} onChange={apply} />
      <AuditLogFilters key={writeView(view).toString()} view={view} invalid={!filter} onApply={apply} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && filter && (
        <section className="audit-results" aria-labelledby="audit-count">
          <div className="audit-results-head">
            <h2 className="h3" id="audit-count" aria-live="polite">
              {t.count(data.auditLog.totalCount)}
            </h2>
            {entries.length > 0 && (
              <button type="button" className="button button-secondary button-small no-print" onClick={exportCsv} aria-label={t.exportLabel(entries.length)}>
                {t.exportCsv}
              </button>
            )}
          </div>
          {entries.length === 0 ? (
            <p className="audit-empty">{t.none}</p>
          ) : (
            <>
              <AuditLogTable entries={entries} view={view} />
              <LoadMore shown={entries.length} total={data.auditLog.totalCount} hasMore={data.auditLog.pageInfo.hasNextPage} {...more} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
