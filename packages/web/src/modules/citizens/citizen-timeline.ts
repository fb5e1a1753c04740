import type { CitizenContract } from './citizen-query.js';

export type TimelineKind = 'MEETING_PLANNED' | 'MEETING_HELD' | 'STATUS_NOTE' | 'CHANGE_NOTICE' | 'CONTRACT_VERSION';

export interface TimelineEntry {
  key: string;
  kind: TimelineKind;
  /** ISO date or instant the entry is placed at. */
  at: string;
  contractId: string;
  /** Where the entry is read in full. */
  href: string;
  /** Version number, change notice text or the like. */
  detail?: string;
  /** Status note delivered on time, change notice acknowledged. */
  flag?: boolean;
}

type TimelineContract = Pick<CitizenContract, 'id' | 'followUpMeetings' | 'statusNotes' | 'changeNotices' | 'versions'>;

const contractHref = (id: string, anchor?: string) => `/contracts/${encodeURIComponent(id)}${anchor ? `#${anchor}` : ''}`;

/** Meetings, status notes, change notices and contract versions of all the citizen's contracts, newest first. */
export function buildTimeline(contracts: readonly TimelineContract[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const contract of contracts) {
    for (const meeting of contract.followUpMeetings) {
      const held = Boolean(meeting.heldAt);
      entries.push({ key: `m:${meeting.id}`, kind: held ? 'MEETING_HELD' : 'MEETING_PLANNED', at: meeting.heldAt ?? meeting.scheduledAt, contractId: contract.id, href: `/meetings/${encodeURIComponent(meeting.id)}` });
    }
    for (const note of contract.statusNotes) {
      entries.push({ key: `s:${note.id}`, kind: 'STATUS_NOTE', at: note.submittedAt, contractId: contract.id, href: `/status-notes/${encodeURIComponent(note.id)}`, flag: note.onTime });
    }
    for (const notice of contract.changeNotices) {
      entries.push({ key: `c:${notice.id}`, kind: 'CHANGE_NOTICE', at: notice.createdAt, contractId: contract.id, href: contractHref(contract.id, 'change-notices'), detail: notice.description, flag: Boolean(notice.acknowledgedAt) });
    }
    for (const version of contract.versions) {
      entries.push({ key: `v:${version.id}`, kind: 'CONTRACT_VERSION', at: version.createdAt, contractId: contract.id, href: contractHref(contract.id, 'versions'), detail: `${version.number}: ${version.reason}` });
    }
  }
  return entries.sort((a, b) => timeOf(b.at) - timeOf(a.at) || a.key.localeCompare(b.key));
}

/** A date (YYYY-MM-DD) counts as noon, so that it sorts sensibly beside instants of the same day. */
function timeOf(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T12:00:00Z` : value);
}
