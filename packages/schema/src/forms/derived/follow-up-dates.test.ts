import { describe, expect, it } from 'vitest';
import { followUpDates } from './follow-up-dates.js';

describe('followUpDates', () => {
  it('from a start date and a residential service: sub-goals in 3 months, follow-up in 12', () => {
    expect(followUpDates({ startDate: '2026-01-31', serviceType: 'SEL_108' })).toEqual({
      subGoalsDueBy: '2026-04-30',
      nextFollowUp: '2027-01-31',
      planningStartBy: null,
      statusDueBy: null,
    });
  });

  it('from a meeting date: planning 8 weeks before, status 14 days before, the next meeting on the interval', () => {
    expect(followUpDates({ meetingDate: '2026-06-30', serviceType: 'SEL_104' })).toEqual({
      subGoalsDueBy: null,
      nextFollowUp: '2028-06-30',
      planningStartBy: '2026-05-05',
      statusDueBy: '2026-06-16',
    });
    expect(followUpDates({ startDate: '2026-01-01', meetingDate: '2026-06-30', serviceType: 'SEL_103' }).nextFollowUp).toBe('2029-06-30');
  });

  it('has no regular follow-up for floating support (SEL § 85)', () => {
    expect(followUpDates({ startDate: '2026-03-01', serviceType: 'SEL_85' }).nextFollowUp).toBeNull();
  });

  it('gives nulls for missing or invalid inputs', () => {
    const none = { subGoalsDueBy: null, nextFollowUp: null, planningStartBy: null, statusDueBy: null };
    expect(followUpDates({})).toEqual(none);
    expect(followUpDates(null)).toEqual(none);
    expect(followUpDates({ startDate: '2026-02-30', meetingDate: 20260101, serviceType: 'toString' })).toEqual(none);
    expect(followUpDates({ startDate: '2026-02-01', serviceType: 'SEL_999' }).nextFollowUp).toBeNull();
  });
});
