import type { ProgressionDimension } from '../../generated/graphql.js';
import type { Language } from '../../i18n/language.js';
import { byDimension, groupKey, groupLabel, informativeFirst, themeOrder } from './progression-labels.js';
import { SHOWN_ROWS } from './scrollable-table.js';
import type { ProgressionGroupRow } from './progression-queries.js';

/** A cell of the overview: a mean change, hidden ("fewer than 5"), or no goals at all in that combination. */
export type MatrixCell = { kind: 'value'; change: number | null; measured: number } | { kind: 'suppressed' } | { kind: 'none' };

export interface MatrixRow {
  key: string;
  label: string;
  cells: Record<string, MatrixCell>;
  total: MatrixCell;
}

export interface ThemeMatrix {
  themes: { key: string; label: string }[];
  rows: MatrixRow[];
  /** The totals per life theme (all rows together) and in its `total` the report's total. */
  totals: MatrixRow;
}

export function matrixCell(group: ProgressionGroupRow | undefined): MatrixCell {
  if (!group) return { kind: 'none' };
  if (group.suppressed) return { kind: 'suppressed' };
  return { kind: 'value', change: group.meanChange ?? null, measured: group.goalsMeasured ?? 0 };
}

/**
 * The rows × life themes overview from three reports: the cells (grouped by both), the row totals (by the row
 * dimension) and the theme totals with the grand total (by life theme). Rows are sorted by name (in a long list, those with numbers first); themes
 * follow VUM's order. Only themes that have goals get a column.
 */
export function buildThemeMatrix(
  input: { cells: readonly ProgressionGroupRow[]; rows: readonly ProgressionGroupRow[]; columns: readonly ProgressionGroupRow[]; total: ProgressionGroupRow },
  rowBy: ProgressionDimension,
  language: Language,
  totalLabel: string,
): ThemeMatrix {
  const themes = input.columns
    .map((g) => ({ key: groupKey(g, 'LIFE_THEME'), label: groupLabel(g, 'LIFE_THEME', language) }))
    .filter((theme) => theme.key !== '')
    .sort((a, b) => themeOrder(a.key, b.key));
  const cellsByKey = new Map(input.cells.map((g) => [`${groupKey(g, rowBy)}|${groupKey(g, 'LIFE_THEME')}`, g]));
  const ordered = informativeFirst([...input.rows].sort(byDimension(rowBy, language)), (row) => row.suppressed, SHOWN_ROWS);
  const rows = ordered.map((row) => {
    const key = groupKey(row, rowBy);
    return {
      key,
      label: groupLabel(row, rowBy, language),
      cells: Object.fromEntries(themes.map((theme) => [theme.key, matrixCell(cellsByKey.get(`${key}|${theme.key}`))])),
      total: matrixCell(row),
    };
  });
  const columnsByKey = new Map(input.columns.map((g) => [groupKey(g, 'LIFE_THEME'), g]));
  const totals: MatrixRow = {
    key: '__total__',
    label: totalLabel,
    cells: Object.fromEntries(themes.map((theme) => [theme.key, matrixCell(columnsByKey.get(theme.key))])),
    total: matrixCell(input.total),
  };
  return { themes, rows, totals };
}
