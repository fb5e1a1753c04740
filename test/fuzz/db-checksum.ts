import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/*
 * A fingerprint of every row of the domain tables, to prove that a rejected request changed nothing. Left out:
 * the audit log (rejected attempts are logged, by design), failed-login counters, API tokens' last use and the
 * migrations table.
 */

const NOT_DOMAIN = /^(audit_|auth_lockout$|api_token$|migrations$|sqlite_)/;

export async function domainTables(db: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    db.options.type === 'postgres'
      ? await db.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
      : await db.query("SELECT name FROM sqlite_master WHERE type = 'table'");
  return rows.map((row) => row.name).filter((name) => !NOT_DOMAIN.test(name)).sort();
}

export type Checksum = Record<string, string>;

/** Per table: row count and a hash of all rows (order-independent), in one statement on either engine. */
export async function checksum(db: DataSource, tables: string[]): Promise<Checksum> {
  const rows: { t: string; n: number | string; h: string | null }[] = await db.query(await checksumSql(db, tables));
  return Object.fromEntries(rows.map((row) => [row.t, `${row.n}:${db.options.type === 'postgres' ? row.h : createHash('sha1').update(row.h ?? '').digest('hex')}`]));
}

const statements = new WeakMap<DataSource, Map<string, string>>();

/** PostgreSQL hashes each table's rows as text; SQLite (no md5) concatenates each table's quoted columns, sorted. */
async function checksumSql(db: DataSource, tables: string[]): Promise<string> {
  const key = tables.join(',');
  const cached = statements.get(db)?.get(key);
  if (cached) return cached;
  let sql: string;
  if (db.options.type === 'postgres') {
    sql = tables.map((table) => `SELECT '${table}' AS t, COUNT(*) AS n, md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${table}" x`).join(' UNION ALL ');
  } else {
    const parts: string[] = [];
    for (const table of tables) {
      const columns: { name: string }[] = await db.query(`PRAGMA table_info("${table}")`);
      const row = columns.map((column) => `quote("${column.name}")`).join(" || ',' || ");
      parts.push(`SELECT '${table}' AS t, (SELECT COUNT(*) FROM "${table}") AS n, (SELECT group_concat(r, '|') FROM (SELECT ${row} AS r FROM "${table}" ORDER BY r)) AS h`);
    }
    sql = parts.join(' UNION ALL ');
  }
  if (!statements.has(db)) statements.set(db, new Map());
  statements.get(db)!.set(key, sql);
  return sql;
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Checksum, after: Checksum): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
