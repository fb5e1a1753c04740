import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('CSV export', () => {
  it('uses semicolons, CRLF, a byte-order mark and Danish decimal commas', () => {
    expect(toCsv(['Tema', 'Ændring'], [['Fysisk sundhed', 1.5], ['Bolig', null]])).toBe('\uFEFFTema;Ændring\r\nFysisk sundhed;1,5\r\nBolig;\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('sagde "ja"')).toBe('"sagde ""ja"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-2)).toBe('-2');
  });
});
