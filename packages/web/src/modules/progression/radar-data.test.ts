import { describe, expect, it } from 'vitest';
import { defaultScale, radarSpokes, type RadarGoal } from './radar-data.js';

const reading = (value: number) => ({ value });
function goal(theme: string | null, oneToTen: [number | null, number | null], vum: [number | null, number | null] = [null, null], status = 'ACTIVE'): RadarGoal {
  return {
    status,
    lifeTheme: theme ? { key: theme, name: `${theme} da`, nameEn: `${theme} en` } : null,
    readings: {
      ONE_TO_TEN: { baseline: oneToTen[0] === null ? null : reading(oneToTen[0]), latest: oneToTen[1] === null ? null : reading(oneToTen[1]) },
      VUM_0_4: { baseline: vum[0] === null ? null : reading(vum[0]), latest: vum[1] === null ? null : reading(vum[1]) },
    },
  };
}

describe('the outcome star', () => {
  it('has a spoke for every VUM life theme, with means of the measured goals', () => {
    const spokes = radarSpokes([goal('SELF_CARE', [3, 6]), goal('SELF_CARE', [5, 6]), goal('RELATIONS', [4, null]), goal('MOBILITY', [2, 3], [0, 0], 'DISCONTINUED')], 'ONE_TO_TEN', 'da');
    expect(spokes).toHaveLength(11);
    expect(spokes.find((s) => s.key === 'SELF_CARE')).toEqual({ key: 'SELF_CARE', name: 'Egenomsorg', goals: 2, baseline: 4, latest: 6 });
    expect(spokes.find((s) => s.key === 'RELATIONS')).toMatchObject({ goals: 1, baseline: 4, latest: null });
    expect(spokes.find((s) => s.key === 'MOBILITY')).toMatchObject({ goals: 0, baseline: null, latest: null });
  });

  it('counts a goal once: baseline against latest, leaving baseline-only goals out where others are measured', () => {
    const spokes = radarSpokes([goal('SELF_CARE', [2, 4]), goal('SELF_CARE', [8, null])], 'ONE_TO_TEN', 'en');
    expect(spokes.find((s) => s.key === 'SELF_CARE')).toEqual({ key: 'SELF_CARE', name: 'Self-care', goals: 1, baseline: 2, latest: 4 });
  });

  it('adds themes outside VUM after the frame and reads one scale only', () => {
    const spokes = radarSpokes([goal('LOCAL_THEME', [null, null], [3, 1])], 'VUM_0_4', 'en');
    expect(spokes.at(-1)).toEqual({ key: 'LOCAL_THEME', name: 'LOCAL_THEME en', goals: 1, baseline: 3, latest: 1 });
    expect(radarSpokes([goal('LOCAL_THEME', [null, null], [3, 1])], 'ONE_TO_TEN', 'en').at(-1)).toMatchObject({ goals: 0 });
  });

  it('starts on the scale more goals are measured on, 1-10 on a tie', () => {
    expect(defaultScale([goal('SELF_CARE', [3, 4], [2, 1])])).toBe('ONE_TO_TEN');
    expect(defaultScale([goal('SELF_CARE', [null, null], [2, 1])])).toBe('VUM_0_4');
  });
});
