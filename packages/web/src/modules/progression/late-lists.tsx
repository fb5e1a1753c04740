import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import type { TimelinessLateMeetingsQuery, TimelinessLateStatusNotesQuery, TimelinessLateSubGoalApprovalsQuery } from '../../generated/graphql.js';
import { formatDate, formatDateTime, useLanguage, useTexts, type Language } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { appendPage, LoadMore } from '../citizens/load-more.js';
import { serviceTypeLabel } from '../contracts/contract-labels.js';
import { toTimelinessFilter, type DashboardFilter } from './dashboard-filter.js';
import { LATE_MEETINGS, LATE_STATUS_NOTES, LATE_SUB_GOAL_APPROVALS } from './progression-queries.js';
import { LATE_TEXTS } from './progression-texts.js';
import { ScrollableTable } from './scrollable-table.js';

const PAGE_SIZE = 25;

type StatusNoteNode = NonNullable<TimelinessLateStatusNotesQuery['timeliness']['lateStatusNotes']>['edges'][number]['node'];
type ApprovalNode = NonNullable<TimelinessLateSubGoalApprovalsQuery['timeliness']['lateSubGoalApprovals']>['edges'][number]['node'];
type MeetingNode = NonNullable<TimelinessLateMeetingsQuery['timeliness']['lateMeetings']>['edges'][number]['node'];

interface CaseParties {
  id: string;
  serviceType: StatusNoteNode['contract']['serviceType'];
  citizen?: { id: string; name: string } | null;
  authority: { name: string };
  provider: { name: string };
}

const link = (to: string, text: string) => <Link to={to}>{text}</Link>;
const path = (base: string, id: string) => `/${base}/${encodeURIComponent(id)}`;

/** Citizen, the other party and the contract: the columns every late list shares. */
function caseColumns<N>(pick: (node: N) => CaseParties, language: Language, t: (typeof LATE_TEXTS)['da'], otherSide: 'authority' | 'provider'): Column<N>[] {
  return [
    { key: 'citizen', header: t.citizen, value: (n) => pick(n).citizen?.name ?? '', render: (n) => (pick(n).citizen ? link(path('citizens', pick(n).citizen!.id), pick(n).citizen!.name) : '') },
    { key: 'party', header: otherSide === 'provider' ? t.provider : t.authority, value: (n) => pick(n)[otherSide].name },
    { key: 'contract', header: t.contract, value: (n) => serviceTypeLabel(pick(n).serviceType, language), render: (n) => link(path('contracts', pick(n).id), serviceTypeLabel(pick(n).serviceType, language)) },
  ];
}

interface ListProps<N> {
  id: string;
  heading: (count: number) => string;
  caption: string;
  fileName: string;
  columns: Column<N>[];
  connection: { totalCount: number; edges: { node: N & { id: string } }[]; pageInfo: { hasNextPage: boolean } } | null | undefined;
  loading: boolean;
  error: Error | undefined;
  onRetry: () => void;
  onMore: () => Promise<void>;
}

function LateList<N>({ id, heading, caption, fileName, columns, connection, loading, error, onRetry, onMore }: ListProps<N>) {
  const t = useTexts(LATE_TEXTS);
  const [loadingMore, setLoadingMore] = useState(false);
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (connection === undefined) return loading ? <Loading /> : null;
  if (connection === null) return null;
  const more = async () => {
    setLoadingMore(true);
    try {
      await onMore();
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <div className="late-list" id={id}>
      <h4 className="h5">{heading(connection.totalCount)}</h4>
      {connection.totalCount === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <ScrollableTable label={caption}>
            <DataTable caption={caption} columns={columns} rows={connection.edges.map((e) => e.node)} rowKey={(n) => n.id} fileName={fileName} />
          </ScrollableTable>
          <LoadMore shown={connection.edges.length} total={connection.totalCount} hasMore={connection.pageInfo.hasNextPage} loading={loadingMore} onMore={() => void more()} />
        </>
      )}
    </div>
  );
}

/** The late items behind each share, for caseworkers and provider staff (the server gives managers none). */
export function LateLists({ filter }: { filter: DashboardFilter }) {
  const t = useTexts(LATE_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const otherSide = viewer.organization.kind === 'PROVIDER' ? 'authority' : 'provider';
  const variables = { filter: toTimelinessFilter(filter), first: PAGE_SIZE };
  const notes = useQuery(LATE_STATUS_NOTES, { variables });
  const approvals = useQuery(LATE_SUB_GOAL_APPROVALS, { variables });
  const meetings = useQuery(LATE_MEETINGS, { variables });
  // The server answers null where the viewer may not see the cases; then there is nothing to list.
  const lists = [notes.data?.timeliness.lateStatusNotes, approvals.data?.timeliness.lateSubGoalApprovals, meetings.data?.timeliness.lateMeetings];
  if (lists.every((list) => list === null)) return null;

  const noteColumns: Column<StatusNoteNode>[] = [
    { key: 'meeting', header: t.meeting, value: (n) => n.scheduledAt, render: (n) => link(path('meetings', n.id), formatDateTime(n.scheduledAt, language)) },
    { key: 'due', header: t.statusDue, value: (n) => n.statusDueBy, render: (n) => formatDate(n.statusDueBy, language) },
    { key: 'received', header: t.received, value: (n) => n.statusNote?.submittedAt ?? t.notReceived, render: (n) => (n.statusNote ? formatDate(n.statusNote.submittedAt, language) : <strong>{t.notReceived}</strong>) },
    ...caseColumns<StatusNoteNode>((n) => n.contract, language, t, otherSide),
  ];
  const approvalColumns: Column<ApprovalNode>[] = [
    { key: 'start', header: t.start, value: (n) => n.startDate, render: (n) => formatDate(n.startDate, language) },
    { key: 'due', header: t.subGoalsDue, value: (n) => n.subGoalsDueBy, render: (n) => formatDate(n.subGoalsDueBy, language) },
    ...caseColumns<ApprovalNode>((n) => n, language, t, otherSide),
  ];
  const meetingColumns: Column<MeetingNode>[] = [
    { key: 'meeting', header: t.meeting, value: (n) => n.scheduledAt, render: (n) => link(path('meetings', n.id), formatDateTime(n.scheduledAt, language)) },
    { key: 'held', header: t.held, value: (n) => n.heldAt ?? t.notHeld, render: (n) => (n.heldAt ? formatDate(n.heldAt, language) : <strong>{t.notHeld}</strong>) },
    ...caseColumns<MeetingNode>((n) => n.contract, language, t, otherSide),
  ];

  return (
    <div className="late-lists">
      <h3>{t.heading}</h3>
      <p>{t.intro}</p>
      <LateList
        id="late-status-notes"
        heading={t.statusNotesHeading}
        caption={t.statusNotesCaption}
        fileName={t.statusNotesFile}
        columns={noteColumns}
        connection={notes.data?.timeliness.lateStatusNotes}
        loading={notes.loading}
        error={notes.error}
        onRetry={() => void notes.refetch()}
        onMore={async () => {
          await notes.fetchMore({ variables: { after: notes.data?.timeliness.lateStatusNotes?.pageInfo.endCursor }, updateQuery: (prev, { fetchMoreResult }) => ({ timeliness: { ...fetchMoreResult.timeliness, lateStatusNotes: appendPage(prev.timeliness.lateStatusNotes!, fetchMoreResult.timeliness.lateStatusNotes!) } }) });
        }}
      />
      <LateList
        id="late-sub-goal-approvals"
        heading={t.approvalsHeading}
        caption={t.approvalsCaption}
        fileName={t.approvalsFile}
        columns={approvalColumns}
        connection={approvals.data?.timeliness.lateSubGoalApprovals}
        loading={approvals.loading}
        error={approvals.error}
        onRetry={() => void approvals.refetch()}
        onMore={async () => {
          await approvals.fetchMore({ variables: { after: approvals.data?.timeliness.lateSubGoalApprovals?.pageInfo.endCursor }, updateQuery: (prev, { fetchMoreResult }) => ({ timeliness: { ...fetchMoreResult.timeliness, lateSubGoalApprovals: appendPage(prev.timeliness.lateSubGoalApprovals!, fetchMoreResult.timeliness.lateSubGoalApprovals!) } }) });
        }}
      />
      <LateList
        id="late-meetings"
        heading={t.meetingsHeading}
        caption={t.meetingsCaption}
        fileName={t.meetingsFile}
        columns={meetingColumns}
        connection={meetings.data?.timeliness.lateMeetings}
        loading={meetings.loading}
        error={meetings.error}
        onRetry={() => void meetings.refetch()}
        onMore={async () => {
          await meetings.fetchMore({ variables: { after: meetings.data?.timeliness.lateMeetings?.pageInfo.endCursor }, updateQuery: (prev, { fetchMoreResult }) => ({ timeliness: { ...fetchMoreResult.timeliness, lateMeetings: appendPage(prev.timeliness.lateMeetings!, fetchMoreResult.timeliness.lateMeetings!) } }) });
        }}
      />
    </div>
  );
}
