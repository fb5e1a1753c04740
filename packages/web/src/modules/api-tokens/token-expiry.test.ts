import { describe, expect, it } from 'vitest';
import { addDays, defaultExpiryDate, earliestExpiryDate, expiryInstant, isCalendarDay, latestExpiryDate } from './token-expiry.js';

// 11:00 Danish winter time.
const NOW = new Date('2026-03-10T10:00:00Z');

describe('the expiry date of a new API token', () => {
  it('suggests 90 days ahead and allows tomorrow up to 365 days ahead, counted in Danish days', () => {
    expect(defaultExpiryDate(NOW)).toBe('2026-06-08');
    expect(earliestExpiryDate(NOW)).toBe('2026-03-11');
    expect(latestExpiryDate(NOW)).toBe('2027-03-10');
    // 23:30 UTC is already the next day in Denmark.
    expect(earliestExpiryDate(new Date('2026-03-10T23:30:00Z'))).toBe('2026-03-12');
  });

  it('adds days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('ends the chosen day at 23:59:59 Danish time, winter and summer', () => {
    expect(expiryInstant('2026-03-20', NOW)).toBe('2026-03-20T22:59:59.000Z');
    expect(expiryInstant('2026-06-08', NOW)).toBe('2026-06-08T21:59:59.000Z');
    // The last day allowed stays within the server's 366 days.
    expect(Date.parse(expiryInstant(latestExpiryDate(NOW), NOW)!)).toBeLessThanOrEqual(NOW.getTime() + 366 * 86_400_000);
  });

  it('stops at the limit when the last day ends past it (summer time then, winter time a year on)', () => {
    const now = new Date('2027-10-29T22:30:00Z'); // 00:30 on 30 Oct 2027, summer time
    const latest = latestExpiryDate(now);
    expect(latest).toBe('2028-10-29');
    expect(expiryInstant(latest, now)).toBe('2028-10-29T22:25:00.000Z');
  });

  it('knows a calendar day from anything else', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
    expect(isCalendarDay('10.03.2026')).toBe(false);
    expect(expiryInstant('2026-02-30', NOW)).toBeNull();
  });
});
