import { DANISH_TIME_ZONE } from '@treklang/schema';
import type { Language } from '../../i18n/language.js';

/*
 * Meetings are on Danish calendar days (the server reckons deadlines in Europe/Copenhagen), so a date and time
 * typed into the planning form are Danish wall-clock time whatever the browser's own time zone is, and meeting
 * times are shown in Danish time too.
 */

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

/** Minutes Danish time is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(utcMillis: number): number {
  const { date, time } = danishParts(new Date(utcMillis));
  const wall = Date.parse(`${date}T${time}:00Z`);
  return Math.round((wall - Math.floor(utcMillis / 60_000) * 60_000) / 60_000);
}

/**
 * The instant (ISO 8601, UTC) of a Danish date and time, or null when either is not a real date or time.
 * In the autumn hour that occurs twice the first (summer time) is taken; a spring-forward gap moves forward.
 */
export function danishInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 10) !== date) return null;
  let utc = wall - offsetMinutes(wall) * 60_000;
  utc = wall - offsetMinutes(utc) * 60_000;
  return new Date(utc).toISOString();
}

/** A meeting's time for people in Denmark: "12. jan. 2027 kl. 10.00" / "12 Jan 2027, 10:00". */
export function formatMeetingTime(instant: string | null | undefined, language: Language): string {
  if (!instant) return '';
  const moment = new Date(instant);
  if (Number.isNaN(moment.getTime())) return instant;
  return moment.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: DANISH_TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
