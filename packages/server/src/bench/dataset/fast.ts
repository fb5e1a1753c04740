import { addMonths as addMonthsSlow, type IsoDate } from '@treklang/schema';
import type { Prng } from '../../seed/prng.js';

/*
 * Hot-path helpers for generating millions of rows: calendar arithmetic over a precomputed table of days
 * (1940-2100), memoised month arithmetic (the schema package's addMonths, so month ends clamp the same way),
 * and UUIDs from four 32-bit draws.
 */
const FIRST_YEAR = 1940;
const DAYS: IsoDate[] = [];
const DAY_OF = new Map<IsoDate, number>();
for (let t = Date.UTC(FIRST_YEAR, 0, 1); t < Date.UTC(2100, 0, 1); t += 86_400_000) {
  const iso = new Date(t).toISOString().slice(0, 10);
  DAY_OF.set(iso, DAYS.length);
  DAYS.push(iso);
}

function dayOf(date: IsoDate): number {
  const day = DAY_OF.get(date);
  if (day === undefined) throw new RangeError(`date outside 1940-2099: ${date}`);
  return day;
}

export const addDays = (date: IsoDate, days: number): IsoDate => DAYS[dayOf(date) + days];
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayOf(to) - dayOf(from);

const monthCache = new Map<string, IsoDate>();
export function addMonths(date: IsoDate, months: number): IsoDate {
  const key = `${date}${months}`;
  let result = monthCache.get(key);
  if (result === undefined) {
    result = addMonthsSlow(date, months);
    monthCache.set(key, result);
  }
  return result;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (n: number): string => BYTE_HEX[n >>> 24] + BYTE_HEX[(n >>> 16) & 255] + BYTE_HEX[(n >>> 8) & 255] + BYTE_HEX[n & 255];

/** A version-4-shaped UUID from the seeded generator. */
export function uuid(prng: Prng): string {
  const a = hex8((prng.next() * 4_294_967_296) >>> 0);
  const b = hex8((prng.next() * 4_294_967_296) >>> 0);
  const c = hex8((prng.next() * 4_294_967_296) >>> 0);
  const d = hex8((prng.next() * 4_294_967_296) >>> 0);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${'89ab'[c.charCodeAt(0) & 3]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
