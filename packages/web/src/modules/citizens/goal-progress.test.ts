import { describe, expect, it } from 'vitest';
import { progressSeries } from './goal-progress.js';

describe('a goal progress series', () => {
  it('draws one scale by date with the baseline first, and names the baseline and the latest follow-up', () => {
    const series = progressSeries([
      { id: 'R1', kind: 'FOLLOW_UP', scale: 'ONE_TO_TEN', value: 6, measuredAt: '2025-06-01' },
      { id: 'R2', kind: 'FOLLOW_UP', scale: 'VUM_0_4', value: 2, measuredAt: '2025-06-01' },
      { id: 'R3', kind: 'FOLLOW_UP', scale: 'ONE_TO_TEN', value: 5, measuredAt: '2025-03-01' },
      { id: 'R4', kind: 'BASELINE', scale: 'ONE_TO_TEN', value: 3, measuredAt: '2025-01-01' },
    ]);
    expect(series).toEqual({
      scale: 'ONE_TO_TEN',
      baseline: 3,
      latest: 6,
      points: [
        { id: 'R4', date: '2025-01-01', value: 3, kind: 'BASELINE' },
        { id: 'R3', date: '2025-03-01', value: 5, kind: 'FOLLOW_UP' },
        { id: 'R1', date: '2025-06-01', value: 6, kind: 'FOLLOW_UP' },
      ],
    });
  });

  it('uses the VUM scale when most readings are on it, and has no latest before a follow-up', () => {
    const series = progressSeries([
      { id: 'R5', kind: 'BASELINE', scale: 'VUM_0_4', value: 3, measuredAt: '2025-01-01' },
      { id: 'R6', kind: 'FOLLOW_UP', scale: 'VUM_0_4', value: 2, measuredAt: '2025-01-01' },
      { id: 'R7', kind: 'BASELINE', scale: 'ONE_TO_TEN', value: 4, measuredAt: '2025-01-01' },
    ]);
    expect(series?.scale).toBe('VUM_0_4');
    expect(series?.points.map((p) => p.kind)).toEqual(['BASELINE', 'FOLLOW_UP']);
    expect(progressSeries([{ id: 'R8', kind: 'BASELINE', scale: 'ONE_TO_TEN', value: 4, measuredAt: '2025-01-01' }])?.latest).toBeNull();
    expect(progressSeries([])).toBeNull();
  });
});
