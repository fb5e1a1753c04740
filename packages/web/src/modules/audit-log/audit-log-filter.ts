import { danishInstant } from '../../i18n/danish-time.js';

/**
 * What the audit log shows, kept in the address (?from=2026-05-01&to=2026-05-31&operation=citizen&user=…&citizen=…)
 * so a view can be bookmarked, linked to from other pages and walked with the back button. Dates are Danish
 * calendar days; `to` includes its whole day.
 */
export interface AuditLogView {
  from: string | null;
  to: string | null;
  operation: string | null;
  /** Global ID of a user: only the entries that user made. */
  user: string | null;
  /** Global ID of a citizen: only the entries concerning that citizen. */
  citizen: string | null;
}

export const EMPTY_VIEW: AuditLogView = { from: null, to: null, operation: null, user: null, citizen: null };

const PARAMS = ['from', 'to', 'operation', 'user', 'citizen'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The calendar day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Reads the view from the address; a date that is not a real day is dropped, never sent. */
export function readView(params: URLSearchParams): AuditLogView {
  const text = (name: string) => params.get(name)?.trim() || null;
  const date = (name: string) => {
    const value = text(name);
    return value && isIsoDate(value) ? value : null;
  };
  return { from: date('from'), to: date('to'), operation: text('operation'), user: text('user'), citizen: text('citizen') };
}

/** Writes the view into search params (only what is set), keeping unrelated parameters as they are. */
export function writeView(view: AuditLogView, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of PARAMS) params.delete(name);
  for (const name of PARAMS) {
    const value = view[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}

export type DateError = 'fromInvalid' | 'toInvalid' | 'fromAfterTo';

/** Problems with typed dates, by field; an empty object when the dates can be used. */
export function dateErrors(draft: { from: string; to: string }): Partial<Record<'from' | 'to', DateError>> {
  const errors: Partial<Record<'from' | 'to', DateError>> = {};
  if (draft.from && !isIsoDate(draft.from)) errors.from = 'fromInvalid';
  if (draft.to && !isIsoDate(draft.to)) errors.to = 'toInvalid';
  if (!errors.from && !errors.to && draft.from && draft.to && draft.from > draft.to) errors.to = 'fromAfterTo';
  return errors;
}

/** The API's AuditLogFilter: `from` as Danish midnight of its day, `to` as Danish midnight after its day (exclusive). */
export interface AuditLogApiFilter {
  from: string | null;
  to: string | null;
  operation: string | null;
  userId: string | null;
  citizenId: string | null;
}

/** The filter to send, or null when the dates cannot be sent (a day that is not real, or from after to). */
export function toApiFilter(view: AuditLogView): AuditLogApiFilter | null {
  if (Object.keys(dateErrors({ from: view.from ?? '', to: view.to ?? '' })).length > 0) return null;
  const from = view.from ? danishInstant(view.from, '00:00') : null;
  const to = view.to ? danishInstant(nextDay(view.to), '00:00') : null;
  if ((view.from && !from) || (view.to && !to)) return null;
  return { from, to, operation: view.operation?.trim() || null, userId: view.user, citizenId: view.citizen };
}
