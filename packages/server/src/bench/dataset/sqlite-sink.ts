import type BetterSqlite3 from 'better-sqlite3';
import type { Row, RowSink, TableSpec } from './tables.js';

/** SQLite's limit on bound variables per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const MAX_VARIABLES = 32_766;
const MAX_ROWS_PER_STATEMENT = 500;

/** Writes rows through the raw better-sqlite3 handle: cached multi-row INSERTs, one transaction per flush. */
export class SqliteSink implements RowSink {
  private pending: [TableSpec, Row[]][] = [];
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly db: BetterSqlite3.Database) {}

  async insert(table: TableSpec, rows: Row[]): Promise<void> {
    if (rows.length) this.pending.push([table, rows]);
  }

  async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    this.db.transaction(() => {
      for (const [table, rows] of pending) this.write(table, rows);
    })();
  }

  private write(table: TableSpec, rows: Row[]): void {
    const width = table.columns.length;
    const perStatement = Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_VARIABLES / width));
    const booleans = table.columns.map(([, type]) => type === 'bool');
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const values: unknown[] = new Array(chunk.length * width);
      let k = 0;
      for (const row of chunk) {
        for (let c = 0; c < width; c++) {
          const value = row[c];
          values[k++] = booleans[c] && value !== null ? (value ? 1 : 0) : value;
        }
      }
      this.statement(table, chunk.length).run(values);
    }
  }

  private statement(table: TableSpec, rowCount: number): BetterSqlite3.Statement {
    const key = `${table.name}:${rowCount}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const tuple = `(${table.columns.map(() => '?').join(', ')})`;
      const columns = table.columns.map(([name]) => name).join(', ');
      statement = this.db.prepare(`INSERT INTO ${table.name} (${columns}) VALUES ${Array.from({ length: rowCount }, () => tuple).join(', ')}`);
      this.statements.set(key, statement);
    }
    return statement;
  }
}
