import type { ReactNode } from 'react';
import { COMMON_TEXTS } from '../i18n/common-texts.js';
import { useTexts } from '../i18n/language.js';
import { downloadCsv, toCsv, type CsvCell } from './csv.js';
import { ScrollBox } from './scroll-box.js';

export interface Column<Row> {
  key: string;
  header: string;
  /** What the cell shows; defaults to the CSV value. */
  render?: (row: Row) => ReactNode;
  /** The value in the CSV export (and the default cell). */
  value: (row: Row) => CsvCell;
  numeric?: boolean;
  /** false: a column of controls (buttons, links), left out of the CSV export. */
  inCsv?: false;
}

/** A table with a caption and an "Export CSV" button that exports exactly the rows and data columns shown. */
export function DataTable<Row>({ caption, columns, rows, rowKey, fileName }: { caption: string; columns: readonly Column<Row>[]; rows: readonly Row[]; rowKey: (row: Row) => string; fileName: string }) {
  const t = useTexts(COMMON_TEXTS);
  const exported = columns.filter((c) => c.inCsv !== false);
  const exportCsv = () => downloadCsv(fileName, toCsv(exported.map((c) => c.header), rows.map((row) => exported.map((c) => c.value(row)))));
  return (
    <div className="data-table">
      <div className="data-table-actions no-print">
        <button type="button" className="button button-secondary button-small" onClick={exportCsv} aria-label={`${t.exportCsv}: ${caption}`}>
          {t.exportCsv}
        </button>
      </div>
      <ScrollBox label={caption}>
        <table className="table table--compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'numeric' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length}>{t.noRows}</td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                    {c.render ? c.render(row) : c.value(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
