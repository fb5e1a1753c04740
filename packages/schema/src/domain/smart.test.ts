import { describe, expect, it } from 'vitest';
import { assessSmart } from './smart.js';

describe('assessSmart', () => {
  const complete = {
    title: 'Borgeren handler selv ind to gange om ugen',
    measurableCriterion: 'Handler ind 2 gange om ugen i 8 uger',
    goalType: 'DEVELOP',
    lifeThemeKey: 'PRACTICAL_TASKS',
    deadline: '2027-06-30',
  };

  it('is complete when every part is there', () => {
    expect(assessSmart(complete)).toEqual({ complete: true, missing: [] });
  });

  it('names each missing part', () => {
    expect(assessSmart({ ...complete, measurableCriterion: '  ' }).missing).toEqual(['MEASURABLE']);
    expect(assessSmart({ ...complete, deadline: null }).missing).toEqual(['TIME_BOUND']);
    expect(assessSmart({ ...complete, title: 'Kort' }).missing).toEqual(['SPECIFIC']);
    expect(assessSmart({}).missing).toEqual(['SPECIFIC', 'MEASURABLE', 'ACHIEVABLE', 'RELEVANT', 'TIME_BOUND']);
  });
});
