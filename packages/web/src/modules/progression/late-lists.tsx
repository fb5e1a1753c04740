import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import type { Column } from '../../components/data-table.js';
import { formatDate, formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { nested } from '../../components/connection.js';
import { useLoadMore } from '../../components/use-load-more.js';
import { toTimelinessFilter, type DashboardFilter } from './dashboard-filter.js';
import { caseColumns, LateListTable, link, PAGE_SIZE, path, type ApprovalNode, type MeetingNode, type StatusNoteNode } from './late-list.js';
import { LATE_MEETINGS, LATE_STATUS_NOTES, LATE_SUB_GOAL_APPROVALS } from './progression-queries.js';
import { LATE_TEXTS } from './progression-texts.js';

type OtherSide = 'authority' | 'provider';

function useOtherSide(): OtherSide {
  return useViewer().organization.kind === 'PROVIDER' ? 'authority' : 'provider';
}

function LateStatusNotes({ filter }: { filter: DashboardFilter }) {
  const t = useTexts(LATE_TEXTS);
  const { language } = useLanguage();
  const otherSide = useOtherSide();
  const list = useQuery(LATE_STATUS_NOTES, { variables: { filter: toTimelinessFilter(filter), first: PAGE_SIZE } });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, nested('timeliness', 'lateStatusNotes'));
  const connection = data?.timeliness.lateStatusNotes;
  const columns: Column<StatusNoteNode>[] = [
    { key: 'meeting', header: t.meeting, value: (n) => n.scheduledAt, render: (n) => link(path('meetings', n.id), formatDateTime(n.scheduledAt, language)) },
    { key: 'due', header: t.statusDue, value: (n) => n.statusDueBy, render: (n) => formatDate(n.statusDueBy, language) },
    { key: 'received', header: t.received, value: (n) => n.statusNote?.submittedAt ?? t.notReceived, render: (n) => (n.statusNote ? formatDate(n.statusNote.submittedAt, language) : <strong>{t.notReceived}</strong>) },
    ...caseColumns<StatusNoteNode>((n) => n.contract, language, t, otherSide),
  ];
  return <LateListTable caption={t.statusNotesCaption} fileName={t.statusNotesFile} columns={columns} connection={connection} loading={loading} error={error} onRetry={() => void refetch()} more={more} />;
}

function LateSubGoalApprovals({ filter }: { filter: DashboardFilter }) {
  const t = useTexts(LATE_TEXTS);
  const { language } = useLanguage();
  const otherSide = useOtherSide();
  const list = useQuery(LATE_SUB_GOAL_APPROVALS, { variables: { filter: toTimelinessFilter(filter), first: PAGE_SIZE } });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, nested('timeliness', 'lateSubGoalApprovals'));
  const connection = data?.timeliness.lateSubGoalApprovals;
  const columns: Column<ApprovalNode>[] = [
    { key: 'start', header: t.start, value: (n) => n.startDate, render: (n) => formatDate(n.startDate, language) },
    { key: 'due', header: t.subGoalsDue, value: (n) => n.subGoalsDueBy, render: (n) => formatDate(n.subGoalsDueBy, language) },
    ...caseColumns<ApprovalNode>((n) => n, language, t, otherSide),
  ];
  return <LateListTable caption={t.approvalsCaption} fileName={t.approvalsFile} columns={columns} connection={connection} loading={loading} error={error} onRetry={() => void refetch()} more={more} />;
}

function LateMeetings({ filter }: { filter: DashboardFilter }) {
  const t = useTexts(LATE_TEXTS);
  const { language } = useLanguage();
  const otherSide = useOtherSide();
  const list = useQuery(LATE_MEETINGS, { variables: { filter: toTimelinessFilter(filter), first: PAGE_SIZE } });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, nested('timeliness', 'lateMeetings'));
  const connection = data?.timeliness.lateMeetings;
  const columns: Column<MeetingNode>[] = [
    { key: 'meeting', header: t.meeting, value: (n) => n.scheduledAt, render: (n) => link(path('meetings', n.id), formatDateTime(n.scheduledAt, language)) },
    { key: 'held', header: t.held, value: (n) => n.heldAt ?? t.notHeld, render: (n) => (n.heldAt ? formatDate(n.heldAt, language) : <strong>{t.notHeld}</strong>) },
    ...caseColumns<MeetingNode>((n) => n.contract, language, t, otherSide),
  ];
  return <LateListTable caption={t.meetingsCaption} fileName={t.meetingsFile} columns={columns} connection={connection} loading={loading} error={error} onRetry={() => void refetch()} more={more} />;
}

/** A list behind a share, fetched when opened: at national scale each costs about a second of the server's time. */
function LateDisclosure({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="late-list" id={id} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h4 className="h5 late-list-heading">{heading}</h4>
      </summary>
      {open && children}
    </details>
  );
}

export interface LateCounts {
  statusNotes: number | null;
  subGoalApprovals: number | null;
  meetings: number | null;
}

/** The late items behind each share, for caseworkers and provider staff (the server gives managers none); each list opens on demand. */
export function LateLists({ filter, counts }: { filter: DashboardFilter; counts: LateCounts }) {
  const t = useTexts(LATE_TEXTS);
  return (
    <div className="late-lists">
      <h3>{t.heading}</h3>
      <p>{t.intro}</p>
      <LateDisclosure id="late-status-notes" heading={t.statusNotesHeading(counts.statusNotes)}>
        <LateStatusNotes filter={filter} />
      </LateDisclosure>
      <LateDisclosure id="late-sub-goal-approvals" heading={t.approvalsHeading(counts.subGoalApprovals)}>
        <LateSubGoalApprovals filter={filter} />
      </LateDisclosure>
      <LateDisclosure id="late-meetings" heading={t.meetingsHeading(counts.meetings)}>
        <LateMeetings filter={filter} />
      </LateDisclosure>
    </div>
  );
}
