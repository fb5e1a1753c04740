import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { appendPage, field } from '../../components/connection.js';
import { LoadMore } from '../../components/load-more.js';
import { useLoadMore } from '../../components/use-load-more.js';
import { ScrollBox } from '../../components/scroll-box.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import { accessWho, dataKindsText, dateTimeLines, operationPieces, purposeHeader, searchesText } from './citizen-insight-format.js';
import { type AccessLogConnection, type AccessLogEntry, CITIZEN_INSIGHT_LOG } from './citizen-insight-queries.js';
import { CITIZEN_INSIGHT_TEXTS, INSIGHT_PURPOSE } from './citizen-insight-texts.js';

const PAGE_SIZE = 20;

/** The request context of the section's reads: the purpose they are logged with. */
export const INSIGHT_CONTEXT = { headers: { 'x-treklang-purpose': purposeHeader(INSIGHT_PURPOSE) } };

/**
 * The count stays the one of the first page: reading the log is logged, and those newer entries never come on later
 * pages (they go back in time), so "Viser 40 af 41" would promise one that never comes.
 */
const keepFirstCount = (shown: AccessLogConnection, next: AccessLogConnection): AccessLogConnection => ({ ...appendPage(shown, next), totalCount: shown.totalCount });

/** The citizen's access log, 20 at a time, newest first; mounted only once the user opens it. */
export function CitizenInsightLog({ citizenId }: { citizenId: string }) {
  const t = useTexts(CITIZEN_INSIGHT_TEXTS);
  const { roles } = useTexts(COMMON_TEXTS);
  const { language } = useLanguage();
  const list = useQuery(CITIZEN_INSIGHT_LOG, {
    variables: { citizenId, first: PAGE_SIZE },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
    context: INSIGHT_CONTEXT,
  });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, field('citizenAccessLog'), { context: INSIGHT_CONTEXT, merge: keepFirstCount });

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!data) return null;
  const connection = data.citizenAccessLog;
  const entries = connection.edges.map((e) => e.node);
  const c = t.columns;

  return (
    <div className="insight-log">
      <p className="insight-count" aria-live="polite">
        <strong>{t.count(connection.totalCount)}</strong>
      </p>
      {error && <ErrorAlert error={error} />}
      {entries.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <ScrollBox label={t.caption}>
            <table className="table table--compact insight-table">
              <caption>{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.time}</th>
                  <th scope="col">{c.who}</th>
                  <th scope="col">{c.action}</th>
                  <th scope="col">{c.kinds}</th>
                  <th scope="col">{c.purpose}</th>
                  <th scope="col">{c.operation}</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ cursor, node }) => (
                  <AccessRow key={cursor} entry={node} time={formatDateTime(node.occurredAt, language)} who={accessWho(node, roles, t.unknownOrganization)} />
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <LoadMore shown={entries.length} total={connection.totalCount} hasMore={connection.pageInfo.hasNextPage} {...more} />
        </>
      )}
    </div>
  );
}

function AccessRow({ entry, time, who }: { entry: AccessLogEntry; time: string; who: string }) {
  const t = useTexts(CITIZEN_INSIGHT_TEXTS);
  const [date, clock] = dateTimeLines(time);
  return (
    <tr data-action={entry.action} data-operation={entry.operation ?? ''}>
      <td className="insight-time">
        <time dateTime={entry.occurredAt}>
          <span className="nowrap">{date}</span>
          {clock && (
            <>
              {' '}
              <span className="nowrap">{clock}</span>
            </>
          )}
        </time>
      </td>
      <td className="insight-who">{who}</td>
      <td className="insight-action">
        {t.actions[entry.action] ?? entry.action}
        {entry.searches.length > 0 && <span className="insight-sub">{t.searchedFor(searchesText(entry.searches))}</span>}
      </td>
      <td className="insight-kinds">{dataKindsText(entry.dataKinds, t.kinds, t.noKinds)}</td>
      <td className="insight-purpose">{entry.purpose || <span className="muted">{t.noPurpose}</span>}</td>
      <td className="insight-operation">
        {operationPieces(entry.operation ?? '').map((piece, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one name, in order
          <Fragment key={i}>
            {i > 0 && <wbr />}
            {piece}
          </Fragment>
        ))}
      </td>
    </tr>
  );
}
