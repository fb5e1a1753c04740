import { describe, expect, it } from 'vitest';
import { changeDirection, formatChange, formatCount, formatShare, heatLevel } from './progression-format.js';
import { byDimension, informativeFirst, quarterLabel } from './progression-labels.js';
import type { ProgressionGroupRow } from './progression-queries.js';
import { buildThemeMatrix } from './theme-matrix.js';

function group(values: Partial<ProgressionGroupRow>): ProgressionGroupRow {
  return {
    suppressed: false, citizens: 6, goals: 6, goalsMeasured: 5, goalsAchieved: 0, meanBaseline: 4, meanLatest: 5, meanChange: 1, improved: 3, unchanged: 1, declined: 1,
    authority: null, provider: null, lifeThemeKey: null, lifeTheme: null, serviceType: null, goalType: null, quarter: null,
    ...values,
  };
}
const hidden = { suppressed: true, citizens: null, goals: null, goalsMeasured: null, meanChange: null };
const lindely = { provider: { id: 'P1', name: 'Bostedet Lindely' } };
const kilen = { provider: { id: 'P2', name: 'Værkstedet Kilen' } };
const theme = (key: string, name: string) => ({ lifeThemeKey: key, lifeTheme: { key, name, nameEn: name } });

describe('the provider × life theme overview', () => {
  it('places cells, totals both ways, hidden groups and empty combinations', () => {
    const matrix = buildThemeMatrix(
      {
        cells: [group({ ...lindely, ...theme('SELF_CARE', 'Egenomsorg'), meanChange: 1.5 }), group({ ...kilen, ...theme('SELF_CARE', 'Egenomsorg'), ...hidden })],
        rows: [group({ ...lindely, meanChange: 0.5 }), group({ ...kilen, ...hidden })],
        columns: [group({ ...theme('SELF_CARE', 'Egenomsorg') }), group({ ...theme('PHYSICAL_FUNCTIONS', 'Fysiske funktioner'), ...hidden })],
        total: group({ meanChange: 0.7, goalsMeasured: 31 }),
      },
      'PROVIDER',
      'da',
      'Alle',
    );
    expect(matrix.themes.map((t) => t.key)).toEqual(['PHYSICAL_FUNCTIONS', 'SELF_CARE']);
    expect(matrix.rows.map((r) => r.label)).toEqual(['Bostedet Lindely', 'Værkstedet Kilen']);
    expect(matrix.rows[0].cells).toEqual({ PHYSICAL_FUNCTIONS: { kind: 'none' }, SELF_CARE: { kind: 'value', change: 1.5, measured: 5 } });
    expect(matrix.rows[1].cells.SELF_CARE).toEqual({ kind: 'suppressed' });
    expect(matrix.rows[1].total).toEqual({ kind: 'suppressed' });
    expect(matrix.totals.cells.PHYSICAL_FUNCTIONS).toEqual({ kind: 'suppressed' });
    expect(matrix.totals.total).toEqual({ kind: 'value', change: 0.7, measured: 31 });
  });

  it('reads a change as better or worse by the scale', () => {
    expect(changeDirection(0.7, true)).toBe('better');
    expect(changeDirection(-0.7, false)).toBe('better');
    expect(changeDirection(0.02, true)).toBe('same');
    expect(heatLevel(-1.2, true)).toBe(-2);
    expect(heatLevel(-1.2, false)).toBe(2);
    expect(formatChange(0.74, 'da')).toBe('+0,7');
    expect(formatChange(-0.04, 'en')).toBe('0.0');
    expect(formatShare(0.6667, 'da')).toBe('67 %');
  });

  it("puts a long list's groups with numbers first, and orders groups for reading", () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ i, hidden: i % 3 === 0 }));
    const ordered = informativeFirst(rows, (r) => r.hidden, 25);
    expect(ordered.slice(0, 20).every((r) => !r.hidden)).toBe(true);
    expect(ordered.slice(20).every((r) => r.hidden)).toBe(true);
    expect(informativeFirst(rows.slice(0, 10), (r) => r.hidden, 25)).toEqual(rows.slice(0, 10));

    const themes = [group({ ...theme('SURROUNDINGS', 'Omgivelser') }), group({ ...theme('PHYSICAL_FUNCTIONS', 'Fysiske funktioner') })];
    expect(themes.sort(byDimension('LIFE_THEME', 'da')).map((g) => g.lifeThemeKey)).toEqual(['PHYSICAL_FUNCTIONS', 'SURROUNDINGS']);
    const providers = [group({ provider: { id: 'b', name: 'Ådalen' } }), group({ provider: { id: 'a', name: 'Bøgely' } }), group({ provider: { id: 'c', name: 'Aabo' } })];
    expect(providers.sort(byDimension('PROVIDER', 'da')).map((g) => g.provider?.name)).toEqual(['Bøgely', 'Aabo', 'Ådalen']);
    expect(quarterLabel('2026-Q3', 'da')).toBe('3. kvt. 2026');
    expect(quarterLabel(null, 'en')).toBe('No reading');
    expect(formatCount(4122, 'da')).toBe('4.122');
  });
});
