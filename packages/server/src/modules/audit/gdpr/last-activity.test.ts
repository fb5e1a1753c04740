import { danishParts } from '@treklang/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, type ErasureFacts, lastActivityOf } from './citizen-erasure.service.js';
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

/** The definition: the latest of the Danish dates of every instant and of every date. */
function naiveLastActivity(facts: ErasureFacts): string {
  const values = [
    facts.citizen.createdAt,
    ...facts.contracts.flatMap((c) => [c.createdAt, c.endDate]),
    ...facts.orders.flatMap((o) => [o.sentAt, o.decidedAt]),
    ...facts.followUpMeetings.flatMap((m) => [m.heldAt, m.createdAt]),
    ...facts.statusNotes.map((n) => n.submittedAt),
    ...facts.consents.flatMap((k) => [k.givenAt, k.revokedAt]),
    ...facts.formResponses.map((r) => r.updatedAt),
    ...facts.measurements.map((m) => m.createdAt),
  ];
  return values
    .filter((v): v is string => Boolean(v))
    .map((v) => (v.length > 10 ? danishParts(v).date : v))
    .sort()
    .at(-1) as string;
}

// Instants within a few years, often in the hours around Danish midnight and the summer-time changes.
const instant = fc
  .tuple(fc.integer({ min: Date.UTC(2019, 0, 1) / 3_600_000, max: Date.UTC(2022, 0, 1) / 3_600_000 }), fc.integer({ min: 0, max: 3_599_999 }))
  .map(([hour, ms]) => new Date(hour * 3_600_000 + ms).toISOString());
const date = instant.map((value) => value.slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const facts: fc.Arbitrary<ErasureFacts> = fc.record({
  citizen: fc.record({ createdAt: instant }),
  contracts: fc.array(fc.record({ createdAt: instant, endDate: maybe(date), status: fc.constant('ENDED') }), { maxLength: 3 }),
  orders: fc.array(fc.record({ sentAt: instant, decidedAt: maybe(instant), status: fc.constant('ACCEPTED') }), { maxLength: 2 }),
  followUpMeetings: fc.array(fc.record({ heldAt: maybe(instant), createdAt: instant }), { maxLength: 3 }),
  statusNotes: fc.array(fc.record({ submittedAt: instant }), { maxLength: 2 }),
  consents: fc.array(fc.record({ givenAt: instant, revokedAt: maybe(instant) }), { maxLength: 2 }),
  formResponses: fc.array(fc.record({ updatedAt: instant }), { maxLength: 3 }),
  measurements: fc.array(fc.record({ createdAt: instant }), { maxLength: 4 }),
}) as fc.Arbitrary<ErasureFacts>;

describe('the last activity, converting only the latest instant', () => {
  it('equals the latest Danish date of every instant and date', () => {
    fc.assert(
      fc.property(facts, (f) => {
        expect(lastActivityOf(f)).toBe(naiveLastActivity(f));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('addYears', () => {
  it('keeps the day, and takes the last day of February in a year without the 29th', () => {
    expect(addYears('2021-03-02', 5)).toBe('2026-03-02');
    expect(addYears('2020-02-29', 5)).toBe('2025-02-28');
  });
});
