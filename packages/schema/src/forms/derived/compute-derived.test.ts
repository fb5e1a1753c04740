import { describe, expect, it } from 'vitest';
import { engineExampleAnswers, engineExampleDefinition } from '../examples/engine-example.js';
import type { FormDefinition } from '../types.js';
import { computeDerived } from './index.js';

describe('computeDerived', () => {
  it("runs exactly the definition's derived keys", () => {
    const derived = computeDerived(engineExampleDefinition, engineExampleAnswers, { today: '2026-03-01' });
    expect(Object.keys(derived).sort()).toEqual(['followUpDates', 'goalSmartness']);
    expect(derived.followUpDates).toEqual({
      subGoalsDueBy: '2026-05-01',
      nextFollowUp: '2027-04-15',
      planningStartBy: '2026-02-18',
      statusDueBy: '2026-04-01',
    });
    expect(derived.goalSmartness).toEqual([
      { complete: true, missing: [] },
      { complete: false, missing: ['MEASURABLE', 'TIME_BOUND'] },
    ]);
  });

  it('gives {} without derived keys and skips unknown ones', () => {
    expect(computeDerived({ ...engineExampleDefinition, derived: undefined }, engineExampleAnswers)).toEqual({});
    const odd = { ...engineExampleDefinition, derived: ['magic', 'goalSmartness', 'goalSmartness', 'toString'] } as unknown as FormDefinition;
    expect(Object.keys(computeDerived(odd, engineExampleAnswers))).toEqual(['goalSmartness']);
  });

  it('never throws, whatever the answers or definition', () => {
    const all = { ...engineExampleDefinition, derived: ['complexityRecommendation', 'goalSmartness', 'followUpDates'] } as FormDefinition;
    for (const answers of [null, undefined, [], 'x', 7, { goals: [null, 1, 'x'], statements: [], startDate: {} }]) {
      const derived = computeDerived(all, answers);
      expect(derived.complexityRecommendation?.matchingStatements).toBe(0);
      expect(derived.followUpDates?.nextFollowUp).toBeNull();
    }
    expect(computeDerived(null as unknown as FormDefinition, {})).toEqual({});
    const hostile = { get derived(): never { throw new Error('boom'); } } as unknown as FormDefinition;
    expect(computeDerived(hostile, {})).toEqual({});
  });
});
