import type { Locale } from '../vocab/text.js';
import { DANISH_TIME_ZONE } from './follow-up.js';

/*
 * Every date and time shown to a user is Danish time (Europe/Copenhagen), whatever the clock of the browser or the
 * server says: meetings, deadlines and "today" are reckoned in Danish time, so a caseworker on a laptop set to UTC
 * must see a meeting at 10:00 as 10:00, not 09:00. A date and time typed into a form are Danish wall-clock time
 * too. The web app shows dates with these functions and the server writes them into its texts (deadlines) with
 * the same ones, so both say "2. okt. 2026" alike.
 */

const LOCALES: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Danish wall-clock date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function danishParts(instant: Date | string): { date: string; time: string } {
  const moment = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(partsFormat.formatToParts(moment).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The Danish wall-clock time of an instant as HH:MM ("Gemt kl. 14:03"). */
export function danishClock(instant: Date | string): string {
  return danishParts(instant).time;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let cached = formats.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(LOCALES[locale], { ...DAY, timeZone });
    formats.set(key, cached);
  }
  return cached;
}

/**
 * A date as Danish (or English) readers expect it: "23. nov. 2026" / "23 Nov 2026". A calendar day (YYYY-MM-DD)
 * is shown as it is; an instant (ISO 8601 with a time) as the day it is in Denmark.
 */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  // A calendar day has no time zone: read at noon UTC and shown in UTC, it stays that day.
  const calendarDay = CALENDAR_DAY.test(value);
  const moment = new Date(calendarDay ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(moment.getTime())) return value;
  return dayFormat(locale, calendarDay ? 'UTC' : DANISH_TIME_ZONE).format(moment);
}

/**
 * An instant in Danish time: "12. jan. 2027 kl. 10.00" / "12 Jan 2027, 10:00" (written out rather than left to
 * ICU, whose versions differ on "kl."). A calendar day has no time and is shown as formatDate does.
 */
export function formatDateTime(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  if (CALENDAR_DAY.test(value)) return formatDate(value, locale);
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return value;
  const day = dayFormat(locale, DANISH_TIME_ZONE).format(moment);
  const time = danishClock(moment);
  return locale === 'da' ? `${day} kl. ${time.replace(':', '.')}` : `${day}, ${time}`;
}

/** Danish time is UTC+2 in summer and UTC+1 in winter. */
const DANISH_OFFSETS_MINUTES = [120, 60];

/**
 * The instant (ISO 8601, UTC) of a Danish date and time, or null when either is not a real date or time.
 * In the autumn hour that occurs twice the first (summer time) is taken; a time in the spring-forward gap
 * moves an hour forward (02:30 is read as 03:30).
 */
export function danishInstant(date: string, time: string): string | null {
  if (!CALENDAR_DAY.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 10) !== date) return null;
  const candidates = DANISH_OFFSETS_MINUTES.map((offset) => wall - offset * 60_000);
  const exact = candidates.find((utc) => {
    const parts = danishParts(new Date(utc));
    return parts.date === date && parts.time === time;
  });
  // In the gap, winter time's offset (the clock as it was before the change) lands an hour later in summer time.
  return new Date(exact ?? candidates[1]!).toISOString();
}
