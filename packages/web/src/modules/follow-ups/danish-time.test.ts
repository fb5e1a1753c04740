import { describe, expect, it } from 'vitest';
import { danishInstant, danishParts, formatMeetingTime } from './danish-time.js';

describe('Danish meeting times', () => {
  it('reads a typed date and time as Danish time, winter and summer', () => {
    expect(danishInstant('2027-01-12', '10:00')).toBe('2027-01-12T09:00:00.000Z');
    expect(danishInstant('2027-06-30', '00:30')).toBe('2027-06-29T22:30:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 2027-03-28 02:00 does not exist in Copenhagen: it is read forward into summer time.
    expect(danishInstant('2027-03-28', '03:00')).toBe('2027-03-28T01:00:00.000Z');
    expect(danishInstant('2027-10-31', '01:30')).toBe('2027-10-30T23:30:00.000Z');
    expect(danishInstant('2027-10-31', '04:00')).toBe('2027-10-31T03:00:00.000Z');
  });

  it('refuses what is no date or time', () => {
    expect(danishInstant('2027-02-30', '10:00')).toBeNull();
    expect(danishInstant('', '10:00')).toBeNull();
    expect(danishInstant('2027-01-12', '')).toBeNull();
    expect(danishInstant('2027-01-12', '25:00')).toBeNull();
  });

  it('gives back the Danish date and time of an instant, and formats it', () => {
    expect(danishParts('2027-06-29T22:30:00.000Z')).toEqual({ date: '2027-06-30', time: '00:30' });
    expect(danishParts(danishInstant('2027-11-02', '13:15')!)).toEqual({ date: '2027-11-02', time: '13:15' });
    expect(formatMeetingTime('2027-01-12T09:00:00.000Z', 'da')).toContain('10.00');
    expect(formatMeetingTime('2027-01-12T09:00:00.000Z', 'en')).toContain('10:00');
    expect(formatMeetingTime(null, 'da')).toBe('');
  });
});
