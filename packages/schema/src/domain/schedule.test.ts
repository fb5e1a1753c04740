import { describe, expect, it } from 'vitest';
import { isOnTime, nextRegularFollowUp, planningStartBy, statusDueBy, subGoalsDueBy } from './schedule.js';

describe('follow-up schedule', () => {
  it('uses the service type interval (Hjørring defaults)', () => {
    expect(nextRegularFollowUp('SEL_108', '2026-01-15')).toBe('2027-01-15');
    expect(nextRegularFollowUp('SEL_107', '2026-01-15')).toBe('2027-01-15');
    expect(nextRegularFollowUp('SEL_104', '2026-01-15')).toBe('2028-01-15');
    expect(nextRegularFollowUp('SEL_103', '2026-01-15')).toBe('2029-01-15');
    expect(nextRegularFollowUp('SEL_85', '2026-01-15')).toBeNull();
  });

  it('plans 8 weeks before and wants the status 14 days before', () => {
    expect(planningStartBy('2026-06-30')).toBe('2026-05-05');
    expect(statusDueBy('2026-06-30')).toBe('2026-06-16');
  });

  it('wants sub-goals approved within 3 months of the start', () => {
    expect(subGoalsDueBy('2026-11-30')).toBe('2027-02-28');
  });

  it('counts a status delivered on the due date as on time', () => {
    expect(isOnTime('2026-06-16', '2026-06-16')).toBe(true);
    expect(isOnTime('2026-06-17', '2026-06-16')).toBe(false);
  });
});
