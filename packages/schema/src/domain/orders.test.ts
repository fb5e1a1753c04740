import { describe, expect, it } from 'vitest';
import { orderDecisionDueBy } from './orders.js';

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
