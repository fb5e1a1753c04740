import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_AGENDA, localDate, meetingDates, suggestedFollowUps } from './follow-up.js';

describe('follow-up meeting dates', () => {
  it('takes the meeting day in Danish time, summer and winter', () => {
    expect(localDate('2026-06-29T22:30:00Z')).toBe('2026-06-30');
    expect(localDate('2026-06-29T21:30:00Z')).toBe('2026-06-29');
    expect(localDate('2026-01-14T23:30:00Z')).toBe('2026-01-15');
    expect(localDate('2026-01-14T22:30:00Z')).toBe('2026-01-14');
    expect(localDate('2026-01-14T23:30:00Z', 'UTC')).toBe('2026-01-14');
  });

  it('refuses what is not an instant', () => {
    expect(() => localDate('not a time')).toThrow(RangeError);
  });

  it('plans 8 weeks before and wants the written status 14 days before the meeting day', () => {
    expect(meetingDates('2031-06-30T08:00:00Z')).toEqual({ meetingDate: '2031-06-30', planningStartBy: '2031-05-05', statusDueBy: '2031-06-16' });
    // Just after midnight in Copenhagen is still the previous day in UTC.
    expect(meetingDates('2027-01-14T23:15:00Z')).toEqual({ meetingDate: '2027-01-15', planningStartBy: '2026-11-20', statusDueBy: '2027-01-01' });
  });
});

describe('a contract\'s default follow-up schedule', () => {
  it('suggests the 3-month meeting and the next regular one from the service type interval', () => {
    expect(suggestedFollowUps('SEL_108', '2026-01-15')).toEqual([
      { kind: 'EARLY', date: '2026-04-15' },
      { kind: 'REGULAR', date: '2027-01-15' },
    ]);
    expect(suggestedFollowUps('SEL_107', '2026-01-15').map((s) => s.date)).toEqual(['2026-04-15', '2027-01-15']);
    expect(suggestedFollowUps('SEL_104', '2026-01-15').map((s) => s.date)).toEqual(['2026-04-15', '2028-01-15']);
    expect(suggestedFollowUps('SEL_103', '2026-01-15').map((s) => s.date)).toEqual(['2026-04-15', '2029-01-15']);
  });

  it('has no regular meeting for floating support (as needed)', () => {
    expect(suggestedFollowUps('SEL_85', '2026-01-15')).toEqual([{ kind: 'EARLY', date: '2026-04-15' }]);
  });

  it('leaves out a passed 3-month meeting and rolls the regular one forward by whole intervals', () => {
    expect(suggestedFollowUps('SEL_108', '2026-01-15', '2026-04-15')).toEqual([
      { kind: 'EARLY', date: '2026-04-15' },
      { kind: 'REGULAR', date: '2027-01-15' },
    ]);
    expect(suggestedFollowUps('SEL_108', '2026-01-15', '2026-04-16')).toEqual([{ kind: 'REGULAR', date: '2027-01-15' }]);
    expect(suggestedFollowUps('SEL_108', '2024-01-31', '2026-03-01')).toEqual([{ kind: 'REGULAR', date: '2027-01-31' }]);
    expect(suggestedFollowUps('SEL_104', '2022-05-10', '2026-05-11')).toEqual([{ kind: 'REGULAR', date: '2028-05-10' }]);
    expect(suggestedFollowUps('SEL_85', '2022-05-10', '2026-05-11')).toEqual([]);
  });

  it('keeps the anniversary day after a short month', () => {
    expect(suggestedFollowUps('SEL_108', '2023-08-31', '2025-09-01')).toEqual([{ kind: 'REGULAR', date: '2026-08-31' }]);
  });
});

describe('the default agenda', () => {
  it('is the Hjørring agenda, in Danish and English', () => {
    expect(DEFAULT_FOLLOW_UP_AGENDA.map((item) => item.da)).toEqual([
      'Status på indsatsmål',
      'Status på relevante livstemaer (kvalitativt og kvantitativt)',
      'Videre forløb: fortsætte, ændre eller afslutte indsatsen',
      'Hvornår er indsatsen færdig, og hvad skal der ske i stedet',
      'Aftale om dato for næste møde',
    ]);
    expect(DEFAULT_FOLLOW_UP_AGENDA.every((item) => item.en.length > 0)).toBe(true);
  });
});
