import { describe, expect, it } from 'vitest';
import { addYears, lastActivityOf } from './citizen-erasure.service.js';
import type { CitizenRecords } from './citizen-records.js';

function records(parts: Partial<Record<keyof CitizenRecords, unknown[]>> & { createdAt: string }): CitizenRecords {
  const { createdAt, ...lists } = parts;
  const empty = { orders: [], contracts: [], contractVersions: [], goals: [], subGoals: [], measurements: [], followUpMeetings: [], invitationReplies: [], statusNotes: [], goalStatusReports: [], changeNotices: [], consents: [], formResponses: [] };
  return { ...empty, ...lists, citizen: { createdAt } } as unknown as CitizenRecords;
}

describe('the last activity of a case, from which the retention period runs', () => {
  it('is the Danish date of the latest instant: a measurement just after midnight Danish time is on that day', () => {
    const last = lastActivityOf(records({ createdAt: '2019-05-01T10:00:00.000Z', measurements: [{ createdAt: '2021-03-01T23:30:00.000Z' }] }));
    expect(last).toBe('2021-03-02');
  });

  it('takes the same instant in summer time, when Denmark is two hours ahead', () => {
    const last = lastActivityOf(records({ createdAt: '2019-05-01T10:00:00.000Z', consents: [{ givenAt: '2021-06-30T22:15:00.000Z', revokedAt: null }] }));
    expect(last).toBe('2021-07-01');
  });

  it('keeps a contract end date, which is a date already, and takes the latest of all', () => {
    const last = lastActivityOf(
      records({ createdAt: '2019-05-01T10:00:00.000Z', contracts: [{ createdAt: '2019-06-01T08:00:00.000Z', endDate: '2022-12-31' }], measurements: [{ createdAt: '2022-12-30T12:00:00.000Z' }] }),
    );
    expect(last).toBe('2022-12-31');
  });

  it('is the creation date when nothing else happened', () => {
    expect(lastActivityOf(records({ createdAt: '2019-12-31T23:10:00.000Z' }))).toBe('2020-01-01');
  });
});

describe('addYears', () => {
  it('keeps the day, and takes the last day of February in a year without the 29th', () => {
    expect(addYears('2021-03-02', 5)).toBe('2026-03-02');
    expect(addYears('2020-02-29', 5)).toBe('2025-02-28');
  });
});
