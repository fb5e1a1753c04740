/**
 * CSV as spreadsheets in Denmark open it: semicolon-separated (the comma is the decimal sign), CRLF line ends, a
 * byte-order mark so Excel reads UTF-8 (æøå), and every field quoted when it holds a separator, quote or line
 * break. Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an apostrophe.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}
