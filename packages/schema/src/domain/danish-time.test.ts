import { afterEach, describe, expect, it } from 'vitest';
import { danishClock, danishInstant, danishParts, formatDate, formatDateTime } from './danish-time.js';

// What the browser's or the server's own clock may be set to: UTC, far west, and the first time zone to reach a new day.
const LOCAL_ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Copenhagen'];
const originalZone = process.env.TZ;

/** The same call made with the process (the browser or the server) in each zone; Danish time means all answers are equal. */
function inEveryZone<T>(run: () => T): T[] {
  return LOCAL_ZONES.map((zone) => {
    process.env.TZ = zone;
    return run();
  });
}

afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('dates and times shown in Danish time whatever the local time zone', () => {
  it('really runs in other zones (the test could fail)', () => {
    const hours = inEveryZone(() => new Date('2027-01-12T09:00:00Z').getHours());
    expect(new Set(hours).size).toBe(LOCAL_ZONES.length);
  });

  it('shows a meeting at 10:00 Danish winter time as 10:00, in Danish and English', () => {
    for (const text of inEveryZone(() => formatDateTime('2027-01-12T09:00:00.000Z', 'da'))) expect(text).toBe('12. jan. 2027 kl. 10.00');
    for (const text of inEveryZone(() => formatDateTime('2027-01-12T09:00:00.000Z', 'en'))) expect(text).toBe('12 Jan 2027, 10:00');
  });

  it('follows summer time and the two nights the clocks change (2026: 29 March and 25 October)', () => {
    const cases: [string, string][] = [
      ['2026-06-15T08:00:00Z', '15. jun. 2026 kl. 10.00'],
      // Spring: 02:00 does not happen; the minute before 01:00 UTC is 01:59 winter time, the minute after 03:00 summer time.
      ['2026-03-29T00:59:00Z', '29. mar. 2026 kl. 01.59'],
      ['2026-03-29T01:00:00Z', '29. mar. 2026 kl. 03.00'],
      // Autumn: 02:30 happens twice, first in summer time and an hour later in winter time.
      ['2026-10-25T00:30:00Z', '25. okt. 2026 kl. 02.30'],
      ['2026-10-25T01:30:00Z', '25. okt. 2026 kl. 02.30'],
      ['2026-10-25T02:30:00Z', '25. okt. 2026 kl. 03.30'],
    ];
    for (const [instant, danish] of cases) {
      for (const text of inEveryZone(() => formatDateTime(instant, 'da'))) expect(text, instant).toBe(danish);
    }
  });

  it('gives an instant the day it is in Denmark (late evening UTC is already tomorrow)', () => {
    for (const text of inEveryZone(() => formatDate('2026-06-29T22:30:00.000Z', 'da'))) expect(text).toBe('30. jun. 2026');
    for (const text of inEveryZone(() => formatDate('2026-12-31T23:30:00.000Z', 'en'))) expect(text).toBe('1 Jan 2027');
    for (const text of inEveryZone(() => formatDate('2026-12-31T22:59:00.000Z', 'da'))) expect(text).toBe('31. dec. 2026');
  });

  it('shows a calendar day as that day, also on the days the clocks change', () => {
    for (const day of ['2026-03-29', '2026-10-25', '2026-01-01']) {
      const expected = { '2026-03-29': '29. mar. 2026', '2026-10-25': '25. okt. 2026', '2026-01-01': '1. jan. 2026' }[day];
      for (const text of inEveryZone(() => formatDate(day, 'da'))) expect(text).toBe(expected);
      for (const text of inEveryZone(() => formatDateTime(day, 'da'))) expect(text).toBe(expected);
    }
    for (const text of inEveryZone(() => formatDate('2026-11-23', 'en'))) expect(text).toBe('23 Nov 2026');
  });

  it('leaves out what is missing and shows what is no date as it is', () => {
    expect(formatDate(null, 'da')).toBe('');
    expect(formatDate(undefined, 'en')).toBe('');
    expect(formatDateTime('', 'da')).toBe('');
    expect(formatDate('not a date', 'da')).toBe('not a date');
    expect(formatDateTime('2026-13-45T10:00', 'da')).toBe('2026-13-45T10:00');
  });

  it('writes the autosave clock in Danish time', () => {
    for (const text of inEveryZone(() => danishClock(new Date('2026-07-01T12:03:00Z')))) expect(text).toBe('14:03');
    for (const text of inEveryZone(() => danishClock('2026-12-01T23:59:00Z'))) expect(text).toBe('00:59');
  });
});

describe('a Danish date and time typed into a form', () => {
  it('is read as Danish time, winter and summer, in any local zone', () => {
    expect(inEveryZone(() => danishInstant('2027-01-12', '10:00'))).toEqual(LOCAL_ZONES.map(() => '2027-01-12T09:00:00.000Z'));
    expect(inEveryZone(() => danishInstant('2027-06-30', '00:30'))).toEqual(LOCAL_ZONES.map(() => '2027-06-29T22:30:00.000Z'));
  });

  it('handles the days the clocks change', () => {
    // 2027-03-28 02:00 does not exist in Copenhagen: it is read forward into summer time.
    expect(danishInstant('2027-03-28', '02:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(danishInstant('2027-03-28', '03:00')).toBe('2027-03-28T01:00:00.000Z');
    // 2027-10-31 02:30 happens twice: the first (summer time) is taken.
    expect(danishInstant('2027-10-31', '02:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(danishInstant('2027-10-31', '01:30')).toBe('2027-10-30T23:30:00.000Z');
    expect(danishInstant('2027-10-31', '04:00')).toBe('2027-10-31T03:00:00.000Z');
  });

  it('refuses what is no date or time', () => {
    expect(danishInstant('2027-02-30', '10:00')).toBeNull();
    expect(danishInstant('', '10:00')).toBeNull();
    expect(danishInstant('2027-01-12', '')).toBeNull();
    expect(danishInstant('2027-01-12', '25:00')).toBeNull();
  });

  it('round-trips: the Danish parts of the instant are what was typed', () => {
    expect(danishParts('2027-06-29T22:30:00.000Z')).toEqual({ date: '2027-06-30', time: '00:30' });
    for (const [date, time] of [['2027-11-02', '13:15'], ['2027-03-28', '01:59'], ['2027-10-31', '03:00'], ['2027-12-31', '23:59']] as const) {
      expect(danishParts(danishInstant(date, time)!)).toEqual({ date, time });
    }
  });
});
