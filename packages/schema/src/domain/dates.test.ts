import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate, isRealDate, quarterOf } from './dates.js';

describe('dates', () => {
  it('recognises real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
  });

  it('adds months and clamps to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days and names quarters', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-10-01')).toBe('2026-Q4');
  });

  it('throws on a malformed date rather than computing nonsense', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('isRealDate', () => {
  const byDateUtc = (year: number, month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

  it('agrees with Date.UTC on every day 0-32 of every month of the years 1600-2400 and 1-100', () => {
    const years = [...Array.from({ length: 801 }, (_, i) => 1600 + i), ...Array.from({ length: 100 }, (_, i) => i + 1)];
    let disagreements = 0;
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) if (isRealDate(year, month, day) !== byDateUtc(year, month, day)) disagreements++;
      }
    }
    expect(disagreements).toBe(0);
    expect([isRealDate(1900, 2, 29), isRealDate(2000, 2, 29), isRealDate(2100, 2, 29), isRealDate(2024, 2, 29)]).toEqual([false, true, false, true]);
  });

  it('isIsoDate reads the same dates as the regular expression with Number()', () => {
    const byRegex = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
    };
    const samples = ['2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-01', ' 2026-04-01', '2026-04-01\n', '２０２６-04-01', '2026-04-0a'];
    for (const sample of samples) expect(isIsoDate(sample), sample).toBe(byRegex(sample));
    for (let day = 0; day < 4000; day++) {
      const date = new Date(Date.UTC(1999, 0, 1 + day)).toISOString().slice(0, 10);
      expect(isIsoDate(date)).toBe(true);
    }
  });

  it('refuses fractional months and days', () => {
    expect(isRealDate(2024, 1.5, 3)).toBe(false);
    expect(isRealDate(2024, 1, 2.5)).toBe(false);
  });
});
