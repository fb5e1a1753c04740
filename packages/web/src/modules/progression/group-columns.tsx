import type { Column } from '../../components/data-table.js';
import type { Language } from '../../i18n/language.js';
import { formatCount, SUPPRESSED_TEXT } from './progression-format.js';

/**
 * A count column of a grouped table: the number (with thousands separators on screen, plain in the CSV); in a hidden
 * group the first count column says "færre end 5" and the others stay empty.
 */
export function countColumn<R, G extends { suppressed: boolean }>(groupOf: (row: R) => G, pick: (group: G) => number | null | undefined, language: Language, first = false): Pick<Column<R>, 'value' | 'render' | 'numeric'> {
  const suppressed = SUPPRESSED_TEXT[language];
  return {
    value: (row) => (groupOf(row).suppressed ? (first ? suppressed : null) : (pick(groupOf(row)) ?? null)),
    render: (row) => (groupOf(row).suppressed ? (first ? <span className="heat-suppressed">{suppressed}</span> : '') : formatCount(pick(groupOf(row)), language)),
    numeric: true,
  };
}
