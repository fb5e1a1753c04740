import { addDays, type IsoDate } from '@treklang/schema';

/** An instant on a date at a UTC hour: 'YYYY-MM-DDTHH:MM:00.000Z' (08:00 UTC is 09:00 or 10:00 in Denmark). */
export function at(date: IsoDate, hour: number, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

/** The later of two dates. */
export const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The earlier of two dates. */
export const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/** `date`, but at the latest yesterday: whatever has happened happened before today. */
export function inThePast(date: IsoDate, today: IsoDate): IsoDate {
  return earlier(date, addDays(today, -1));
}
