import { describe, expect, it } from 'vitest';
import { isSmall, MINIMUM_CITIZENS, suppressedFlags, type SuppressionCandidate } from './suppression.js';

const group = (key: (string | null)[], citizens: number, smallestCell: number | null = null): SuppressionCandidate => ({ key, citizens, smallestCell });

describe('suppression', () => {
  it('calls 1 to 4 citizens small, and neither 0 nor 5', () => {
    expect(MINIMUM_CITIZENS).toBe(5);
    expect([0, 1, 4, 5, null].map(isSmall)).toEqual([false, true, true, false, false]);
  });

  it('hides nothing when every group is large enough', () => {
    expect(suppressedFlags([group(['a'], 5), group(['b'], 9)])).toEqual([false, false]);
    expect(suppressedFlags([])).toEqual([]);
  });

  it('hides a small group and, when it is the only hidden one, the smallest other group too', () => {
    expect(suppressedFlags([group(['a'], 20), group(['b'], 3), group(['c'], 7), group(['d'], 6)])).toEqual([false, true, false, true]);
  });

  it('keeps hiding until the hidden groups of a line cover at least 5 citizens', () => {
    // 1 + 2 = 3 citizens hidden: the next smallest (6) goes too.
    expect(suppressedFlags([group(['a'], 1), group(['b'], 2), group(['c'], 6), group(['d'], 8)])).toEqual([true, true, true, false]);
    // 2 + 3 = 5: enough.
    expect(suppressedFlags([group(['a'], 2), group(['b'], 3), group(['c'], 6)])).toEqual([true, true, false]);
  });

  it('hides a group whose filter cell is small even when the group itself is large', () => {
    expect(suppressedFlags([group(['a'], 12, 2), group(['b'], 30, 8), group(['c'], 9, 9)])).toEqual([true, false, true]);
  });

  it('protects every line of a two-dimensional report, rippling across lines', () => {
    // Providers p/q by themes x/y. (p,x) is small: the p line and the x line each need a second hidden group,
    // which then needs a partner on its other line.
    const groups = [group(['p', 'x'], 2), group(['p', 'y'], 10), group(['q', 'x'], 8), group(['q', 'y'], 12)];
    expect(suppressedFlags(groups)).toEqual([true, true, true, true]);
    // With a third provider the cheapest partners are chosen and the rest stays shown.
    const wider = [group(['p', 'x'], 2), group(['p', 'y'], 10), group(['p', 'z'], 6), group(['q', 'x'], 8), group(['q', 'z'], 7), group(['r', 'y'], 9)];
    const hidden = suppressedFlags(wider);
    expect(hidden[0]).toBe(true);
    expect(hidden.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    // Every line (same provider, or same theme) has no hidden group or at least two covering 5 or more citizens.
    for (const d of [0, 1]) {
      const lines = new Map<string, number[]>();
      for (const [i, g] of wider.entries()) lines.set(g.key[1 - d]!, [...(lines.get(g.key[1 - d]!) ?? []), i]);
      for (const line of lines.values()) {
        const h = line.filter((i) => hidden[i]);
        if (h.length && line.length > h.length) {
          expect(h.length).toBeGreaterThanOrEqual(2);
          expect(h.reduce((sum, i) => sum + wider[i].citizens, 0)).toBeGreaterThanOrEqual(5);
        }
      }
    }
  });

  it('chooses the same groups whatever the input order', () => {
    const groups = [group(['a'], 3), group(['b'], 6), group(['c'], 6), group(['d'], 9)];
    const forward = suppressedFlags(groups);
    const backward = suppressedFlags([...groups].reverse()).reverse();
    expect(forward).toEqual(backward);
    expect(forward).toEqual([true, true, false, false]);
  });
});
