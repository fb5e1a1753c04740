import { LIMITS } from '@treklang/schema';
import { danishInstant, danishParts } from '../../i18n/danish-time.js';

/*
 * The expiry date in the create form. The admin picks a day in Danish time and the token works through that day:
 * it stops at 23:59:59 Danish time. The server refuses an expiry in the past or more than API_TOKEN_MAX_DAYS ahead.
 */

/** The server's limits, from the shared LIMITS. */
export const API_TOKEN_MAX_DAYS = LIMITS.apiTokenMaxDays;
export const API_TOKEN_NAME_LENGTH = LIMITS.apiTokenNameLength;
/** The expiry the form suggests. */
export const DEFAULT_EXPIRY_DAYS = 90;

const DAY_MS = 24 * 60 * 60_000;
/** Room for the request's travel and the clocks' difference when the last possible day is chosen. */
const MARGIN_MS = 5 * 60_000;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar day `days` days after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Today in Denmark, plus `days`. */
export const danishDayFrom = (now: Date, days: number): string => addDays(danishParts(now).date, days);

/** The date the form suggests: 90 days ahead. */
export const defaultExpiryDate = (now: Date): string => danishDayFrom(now, DEFAULT_EXPIRY_DAYS);
/** The first day that may be chosen: tomorrow (a token that stops tonight helps no one). */
export const earliestExpiryDate = (now: Date): string => danishDayFrom(now, 1);
/** The last day that may be chosen: its end lies within API_TOKEN_MAX_DAYS from now. */
export const latestExpiryDate = (now: Date): string => danishDayFrom(now, API_TOKEN_MAX_DAYS - 1);

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDay(date: string): boolean {
  return CALENDAR_DAY.test(date) && !Number.isNaN(Date.parse(`${date}T12:00:00Z`)) && new Date(`${date}T12:00:00Z`).toISOString().slice(0, 10) === date;
}

/**
 * The instant (ISO 8601) a token valid through `date` stops: 23:59:59 Danish time that day. Around a change to or
 * from summer time the last allowed day can end up to an hour past the server's limit; then it stops at the limit.
 */
export function expiryInstant(date: string, now: Date): string | null {
  if (!isCalendarDay(date)) return null;
  const endOfDay = Date.parse(danishInstant(date, '23:59') ?? '') + 59_000;
  if (Number.isNaN(endOfDay)) return null;
  const limit = now.getTime() + API_TOKEN_MAX_DAYS * DAY_MS - MARGIN_MS;
  return new Date(Math.min(endOfDay, limit)).toISOString();
}
