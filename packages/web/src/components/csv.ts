import { saveTextFile } from './save-file.js';

export { type CsvCell, csvField, toCsv } from '@treklang/schema';

/** Lets the browser save the CSV as a file. */
export function downloadCsv(fileName: string, csv: string): void {
  saveTextFile(fileName.endsWith('.csv') ? fileName : `${fileName}.csv`, csv, 'text/csv;charset=utf-8');
}
