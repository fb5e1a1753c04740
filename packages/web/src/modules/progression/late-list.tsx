import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import type { TimelinessLateMeetingsQuery, TimelinessLateStatusNotesQuery, TimelinessLateSubGoalApprovalsQuery } from '../../generated/graphql.js';
import { useTexts, type Language } from '../../i18n/language.js';
import { LoadMore } from '../../components/load-more.js';
import type { LoadMoreControl } from '../../components/use-load-more.js';
import { serviceTypeLabel } from '../contracts/contract-labels.js';
import { LATE_TEXTS } from './progression-texts.js';
import { ScrollableTable } from './scrollable-table.js';

export const PAGE_SIZE = 25;

export type StatusNoteNode = NonNullable<TimelinessLateStatusNotesQuery['timeliness']['lateStatusNotes']>['edges'][number]['node'];
export type ApprovalNode = NonNullable<TimelinessLateSubGoalApprovalsQuery['timeliness']['lateSubGoalApprovals']>['edges'][number]['node'];
export type MeetingNode = NonNullable<TimelinessLateMeetingsQuery['timeliness']['lateMeetings']>['edges'][number]['node'];

interface CaseParties {
  id: string;
  serviceType: StatusNoteNode['contract']['serviceType'];
  citizen?: { id: string; name: string } | null;
  authority: { name: string };
  provider: { name: string };
}

export const link = (to: string, text: string) => <Link to={to}>{text}</Link>;
export const path = (base: string, id: string) => `/${base}/${encodeURIComponent(id)}`;

/** Citizen, the other party and the contract: the columns every late list shares. */
export function caseColumns<N>(pick: (node: N) => CaseParties, language: Language, t: (typeof LATE_TEXTS)['da'], otherSide: 'authority' | 'provider'): Column<N>[] {
  return [
    { key: 'citizen', header: t.citizen, value: (n) => pick(n).citizen?.name ?? '', render: (n) => (pick(n).citizen ? link(path('citizens', pick(n).citizen!.id), pick(n).citizen!.name) : '') },
    { key: 'party', header: otherSide === 'provider' ? t.provider : t.authority, value: (n) => pick(n)[otherSide].name },
    { key: 'contract', header: t.contract, value: (n) => serviceTypeLabel(pick(n).serviceType, language), render: (n) => link(path('contracts', pick(n).id), serviceTypeLabel(pick(n).serviceType, language)) },
  ];
}

interface ListProps<N> {
  caption: string;
  fileName: string;
  columns: Column<N>[];
  connection: { totalCount: number; edges: { node: N & { id: string } }[]; pageInfo: { hasNextPage: boolean } } | null | undefined;
  loading: boolean;
  error: Error | undefined;
  onRetry: () => void;
  more: LoadMoreControl;
}

/** One late list, once opened: the first page as a table (CSV), and "Vis flere" for the next. */
export function LateListTable<N>({ caption, fileName, columns, connection, loading, error, onRetry, more }: ListProps<N>) {
  const t = useTexts(LATE_TEXTS);
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (connection === undefined) return loading ? <Loading /> : null;
  if (connection === null) return null;
  return (
    <div className="late-list-body">
      {connection.totalCount === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <ScrollableTable>
            <DataTable caption={caption} columns={columns} rows={connection.edges.map((e) => e.node)} rowKey={(n) => n.id} fileName={fileName} />
          </ScrollableTable>
          <LoadMore shown={connection.edges.length} total={connection.totalCount} hasMore={connection.pageInfo.hasNextPage} {...more} />
        </>
      )}
    </div>
  );
}

