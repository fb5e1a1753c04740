import type { Language, Texts } from '../../i18n/language.js';

/** What a hidden group says instead of its numbers (shown and exported alike). */
export const SUPPRESSED_TEXT: Texts<string> = { da: 'færre end 5', en: 'fewer than 5' };

const locale = (language: Language) => (language === 'da' ? 'da-DK' : 'en-GB');

/** A mean with one decimal: "4,8" / "4.8"; empty for null. */
export function formatMean(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return value.toLocaleString(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A change with its sign: "+0,7", "−0,5", "0,0". */
export function formatChange(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  const rounded = Math.round(value * 10) / 10;
  return rounded.toLocaleString(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}

/** A whole number with thousands separators: "4.122" / "4,122"; empty for null. */
export function formatCount(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return value.toLocaleString(locale(language));
}

/** A share 0-1 as a whole percentage: "67 %" / "67%"; empty for null. */
export function formatShare(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return Math.round(value * 100).toLocaleString(locale(language)) + (language === 'da' ? ' %' : '%');
}

/** Rounds for the CSV export: one decimal is what the tables show, two keep the file honest. */
export function roundForCsv(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(value * 100) / 100;
}

/**
 * Whether a change is better, worse or the same for the citizen: on VUM 0-4 lower is better, so the sign turns.
 * Changes within ±0.05 (which round to 0,0) count as unchanged.
 */
export type Direction = 'better' | 'same' | 'worse';

export function changeDirection(change: number, higherIsBetter: boolean): Direction {
  const signed = higherIsBetter ? change : -change;
  if (signed >= 0.05) return 'better';
  if (signed <= -0.05) return 'worse';
  return 'same';
}

/** Heat levels for the overview: -2 (clearly worse) to 2 (clearly better); a full point of change is "clearly". */
export function heatLevel(change: number, higherIsBetter: boolean): -2 | -1 | 0 | 1 | 2 {
  const signed = higherIsBetter ? change : -change;
  if (signed >= 1) return 2;
  if (signed >= 0.05) return 1;
  if (signed <= -1) return -2;
  if (signed <= -0.05) return -1;
  return 0;
}
