import { describe, expect, it } from 'vitest';
import type { Answers } from '../types.js';
import { goalSmartness } from './goal-smartness.js';

describe('goalSmartness', () => {
  it('assesses each goal entry in order', () => {
    const complete = {
      lifeThemeKey: 'MOBILITY',
      goalType: 'DEVELOP',
      title: 'Borgeren tager selv bussen til aktivitetscentret',
      measurableCriterion: 'Tre ture om ugen',
      deadline: '2026-12-31',
    };
    expect(goalSmartness({ goals: [complete, { title: 'Kort', goalType: 'MAINTAIN' }, 'junk'] } as unknown as Answers)).toEqual([
      { complete: true, missing: [] },
      { complete: false, missing: ['SPECIFIC', 'MEASURABLE', 'RELEVANT', 'TIME_BOUND'] },
      { complete: false, missing: ['SPECIFIC', 'MEASURABLE', 'ACHIEVABLE', 'RELEVANT', 'TIME_BOUND'] },
    ]);
  });

  it('ignores values that are not text, and gives [] without goals', () => {
    expect(goalSmartness({ goals: [{ title: 1234567890123, deadline: ['2026-01-01'] }] })[0].missing).toContain('SPECIFIC');
    expect(goalSmartness({})).toEqual([]);
    expect(goalSmartness({ goals: 'x' })).toEqual([]);
    expect(goalSmartness(null)).toEqual([]);
  });
});
