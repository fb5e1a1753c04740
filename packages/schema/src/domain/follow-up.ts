import { SERVICE_TYPES, type ServiceTypeKey } from '../vocab/service-types.js';
import type { LocalizedText } from '../vocab/text.js';
import { addMonths, type IsoDate } from './dates.js';
import { EARLY_FOLLOW_UP_MONTHS, planningStartBy, statusDueBy } from './schedule.js';

/** Meetings, deadlines and "today" are reckoned in Danish local time. */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of an instant in a time zone (default Danish time), e.g. a meeting at
 * 2026-06-29T22:30:00Z is on 2026-06-30 in Copenhagen.
 */
export function localDate(instant: Date | string, timeZone: string = DANISH_TIME_ZONE): IsoDate {
  const moment = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(moment);
}

/** Today's date in Denmark: the day every "today" rule (deadlines, on time, not in the future) uses. */
export function danishToday(): IsoDate {
  return localDate(new Date());
}

/** The dates that follow from a meeting's time: its day, when planning starts and when the written status is due. */
export interface MeetingDates {
  meetingDate: IsoDate;
  /** The caseworker starts planning at the latest 8 weeks before. */
  planningStartBy: IsoDate;
  /** The provider delivers the written status at the latest 14 days before. */
  statusDueBy: IsoDate;
}

export function meetingDates(scheduledAt: Date | string, timeZone: string = DANISH_TIME_ZONE): MeetingDates {
  const meetingDate = localDate(scheduledAt, timeZone);
  return { meetingDate, planningStartBy: planningStartBy(meetingDate), statusDueBy: statusDueBy(meetingDate) };
}

/** One suggested follow-up meeting of a contract's default schedule. */
export interface SuggestedFollowUp {
  /** EARLY: the optional 3-month meeting after start (Nordjylland); REGULAR: on the service type's interval (Hjørring). */
  kind: 'EARLY' | 'REGULAR';
  date: IsoDate;
}

/**
 * A contract's default follow-up schedule: the optional meeting 3 months after start, and the next regular
 * one on the service type's interval (residential every 12 months, §104 every 24, §103 every 36; floating
 * support has none: it is followed up as needed). With `onOrAfter`, meetings before that day are left out and
 * the regular meeting rolls forward by whole intervals to the first one on or after it.
 */
export function suggestedFollowUps(serviceType: ServiceTypeKey, startDate: IsoDate, onOrAfter?: IsoDate): SuggestedFollowUp[] {
  const suggestions: SuggestedFollowUp[] = [];
  const early = addMonths(startDate, EARLY_FOLLOW_UP_MONTHS);
  if (!onOrAfter || early >= onOrAfter) suggestions.push({ kind: 'EARLY', date: early });
  const months = SERVICE_TYPES[serviceType].followUpIntervalMonths;
  if (months !== null) {
    // Counting whole intervals from the start keeps the anniversary day (no drift from month-end clamping).
    let n = 1;
    while (onOrAfter && addMonths(startDate, months * n) < onOrAfter) n += 1;
    suggestions.push({ kind: 'REGULAR', date: addMonths(startDate, months * n) });
  }
  return suggestions;
}

/** The Hjørring agenda for a follow-up meeting, used when the caseworker gives none. */
export const DEFAULT_FOLLOW_UP_AGENDA: readonly LocalizedText[] = [
  { da: 'Status på indsatsmål', en: 'Status on goals' },
  { da: 'Status på relevante livstemaer (kvalitativt og kvantitativt)', en: 'Status on relevant life themes (qualitative and quantitative)' },
  { da: 'Videre forløb: fortsætte, ændre eller afslutte indsatsen', en: 'Further course: continue, change or end the effort' },
  { da: 'Hvornår er indsatsen færdig, og hvad skal der ske i stedet', en: 'When the effort is done and what replaces it' },
  { da: 'Aftale om dato for næste møde', en: 'Date of the next meeting' },
];
