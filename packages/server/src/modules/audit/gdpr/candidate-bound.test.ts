import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContractStatus } from '../../contracts/contract.enums.js';
import { type ErasureFacts, erasureStatusOf } from './citizen-erasure.service.js';
import { candidateBound } from './erasure-candidates.js';

/** A citizen created at `createdAt` with one ended contract, and nothing else. */
function facts(createdAt: string, endDate: string): ErasureFacts {
  return {
    citizen: { createdAt },
    contracts: [{ createdAt, endDate, status: ContractStatus.ENDED }],
    orders: [],
    followUpMeetings: [],
    statusNotes: [],
    consents: [],
    formResponses: [],
    measurements: [],
  };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });

describe('the SQL pre-filter bound of citizensDueForErasure', () => {
  it('never leaves out a citizen the erasure rule finds due: every due activity, instant or date, lies before it', () => {
    fc.assert(
      fc.property(instants, instants, fc.integer({ min: 1, max: 12 }), (activity, now, years) => {
        const today = day(now);
        const createdAt = new Date(activity).toISOString();
        const status = erasureStatusOf(facts(createdAt, createdAt.slice(0, 10)), false, today, years);
        const bound = candidateBound(today, years);
        if (status.erasable) {
          expect(createdAt < bound).toBe(true);
          expect(status.lastActivityOn < bound).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('holds at the edges: a Danish date one day after the UTC date, and 29 February', () => {
    // 2020-02-29 23:30 UTC is 1 March in Denmark; last activity 2020-03-01 is due from 2025-03-01.
    expect(erasureStatusOf(facts('2020-02-29T23:30:00.000Z', '2020-02-01'), false, '2025-03-01', 5).erasable).toBe(true);
    expect('2020-02-29T23:30:00.000Z' < candidateBound('2025-03-01', 5)).toBe(true);
    // Activity on 29 February 2020 is due from 28 February 2025.
    expect(erasureStatusOf(facts('2020-02-29T10:00:00.000Z', '2020-02-29'), false, '2025-02-28', 5).erasable).toBe(true);
    expect('2020-02-29' < candidateBound('2025-02-28', 5)).toBe(true);
  });

  it('stays close to the rule: two days after the date the retention period reaches back to', () => {
    expect(candidateBound('2026-05-10', 5)).toBe('2021-05-12');
    expect(candidateBound('2025-12-31', 5)).toBe('2021-01-02');
  });
});
