import { addDays, type IsoDate } from './dates.js';

/** How far ahead the deadline list looks by default: 8 weeks, the planning lead time of a follow-up meeting. */
export const DEFAULT_DEADLINE_HORIZON_DAYS = 56;
/** The longest horizon a deadline list may ask for (two years). */
export const MAX_DEADLINE_HORIZON_DAYS = 731;

/** The kinds of deadline in a case, in the order they are listed when due the same day. */
export const DEADLINE_KINDS = ['ORDER_DECISION', 'SUB_GOAL_APPROVAL', 'MEETING_PLANNING', 'STATUS_NOTE', 'MEETING'] as const;
export type DeadlineKindKey = (typeof DEADLINE_KINDS)[number];

/** Which deadlines a list shows, seen from `today`. */
export interface DeadlineWindow {
  today: IsoDate;
  /** Only those already passed. */
  overdueOnly: boolean;
  /** Upcoming deadlines up to this many days ahead (overdue ones are always shown). */
  withinDays: number;
}

/** A deadline is overdue the day after its due date. */
export function isOverdue(dueDate: IsoDate, today: IsoDate): boolean {
  return dueDate < today;
}

/** The last due date the window shows. */
export function horizonOf(window: DeadlineWindow): IsoDate {
  return window.overdueOnly ? addDays(window.today, -1) : addDays(window.today, window.withinDays);
}

/** True when a deadline due on `dueDate` belongs in the window: overdue, or upcoming within the horizon. */
export function inDeadlineWindow(dueDate: IsoDate, window: DeadlineWindow): boolean {
  return dueDate <= horizonOf(window);
}

/** Orders deadlines by due date, then by kind, then by a tie-breaking key so that lists are stable. */
export function compareDeadlines(
  a: { dueDate: IsoDate; kind: DeadlineKindKey; key: string },
  b: { dueDate: IsoDate; kind: DeadlineKindKey; key: string },
): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  const byKind = DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
