import { describe, expect, it } from 'vitest';
import { orderDecisionDueAt, orderDecisionDueBy } from './orders.js';

describe('orderDecisionDueBy', () => {
  it('gives the same day next month (the monthly management review)', () => {
    expect(orderDecisionDueBy('2026-03-10')).toBe('2026-04-10');
  });

  it('crosses the year end', () => {
    expect(orderDecisionDueBy('2026-12-15')).toBe('2027-01-15');
  });

  it('clamps to the end of a shorter month, leap years included', () => {
    expect(orderDecisionDueBy('2026-01-31')).toBe('2026-02-28');
    expect(orderDecisionDueBy('2028-01-31')).toBe('2028-02-29');
    expect(orderDecisionDueBy('2026-03-31')).toBe('2026-04-30');
  });

  it('refuses a date that is not a real calendar date', () => {
    expect(() => orderDecisionDueBy('2026-02-30')).toThrow(RangeError);
  });
});

describe('orderDecisionDueAt', () => {
  it('counts from the Danish date of the instant, not the UTC date', () => {
    // 00:30 on 10 March in Denmark (winter time, UTC+1) is still 9 March in UTC.
    expect(orderDecisionDueAt('2026-03-09T23:30:00.000Z')).toBe('2026-04-10');
    // 01:30 on 1 August in Denmark (summer time, UTC+2).
    expect(orderDecisionDueAt('2026-07-31T23:30:00.000Z')).toBe('2026-09-01');
  });

  it('gives the same deadline as the date for the rest of the day', () => {
    expect(orderDecisionDueAt('2026-03-10T12:00:00.000Z')).toBe(orderDecisionDueBy('2026-03-10'));
    expect(orderDecisionDueAt('2026-03-10T22:59:59.999Z')).toBe('2026-04-10');
  });
});
