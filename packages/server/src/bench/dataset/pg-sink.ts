import type pg from 'pg';
import type { ColumnType, Row, RowSink, TableSpec } from './tables.js';

const ROWS_PER_STATEMENT = 5_000;
const ARRAY_TYPE: Record<ColumnType, string> = { text: 'text[]', int: 'int[]', bool: 'bool[]', float: 'float8[]' };

/**
 * Writes rows to PostgreSQL with one parameter per column: `INSERT … SELECT * FROM unnest($1::text[], …)`,
 * thousands of rows per statement and one transaction per flush.
 */
export class PostgresSink implements RowSink {
  private pending: [TableSpec, Row[]][] = [];

  constructor(private readonly client: pg.Client) {}

  async insert(table: TableSpec, rows: Row[]): Promise<void> {
    if (rows.length) this.pending.push([table, rows]);
  }

  async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await this.client.query('BEGIN');
    try {
      for (const [table, rows] of pending) await this.write(table, rows);
      await this.client.query('COMMIT');
    } catch (error) {
      await this.client.query('ROLLBACK');
      throw error;
    }
  }

  private async write(table: TableSpec, rows: Row[]): Promise<void> {
    const columns = table.columns.map(([name]) => name).join(', ');
    const arrays = table.columns.map(([, type], i) => `$${i + 1}::${ARRAY_TYPE[type]}`).join(', ');
    const sql = `INSERT INTO ${table.name} (${columns}) SELECT * FROM unnest(${arrays})`;
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
      await this.client.query(sql, table.columns.map((_, c) => chunk.map((row) => row[c])));
    }
  }
}
