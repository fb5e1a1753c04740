import Database from 'better-sqlite3';
import pg from 'pg';
import { engineOf, openDatabase, type Engine } from '../../db/data-source.js';
import { PostgresSink } from './pg-sink.js';
import { SqliteSink } from './sqlite-sink.js';
import { CASE_TABLES, type RowSink } from './tables.js';

const CASE_TABLE_NAMES = CASE_TABLES.map((t) => `'${t.name}'`).join(', ');

/** What the database already holds, to refuse writing over real or demo data. */
export interface ExistingData {
  citizens: number;
  demoUsers: number;
  cprs: string[];
}

/** A migrated database opened for bulk loading through its raw driver. */
export interface LoadTarget {
  engine: Engine;
  sink: RowSink;
  existing(): Promise<ExistingData>;
  /** Drops the secondary indexes of the case tables (faster loading); returns a function that recreates them. */
  dropIndexes(): Promise<() => Promise<void>>;
  /** Refreshes the planner's statistics after loading. */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

async function sqliteTarget(path: string): Promise<LoadTarget> {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // Durability per transaction is not needed while loading generated data; restored on close.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  // The generator writes consistent rows; checking every reference while loading only slows it down.
  db.pragma('foreign_keys = OFF');
  return {
    engine: 'sqlite',
    sink: new SqliteSink(db),
    async existing() {
      const citizens = (db.prepare('SELECT COUNT(*) AS n FROM citizen').get() as { n: number }).n;
      const demoUsers = (db.prepare("SELECT COUNT(*) AS n FROM app_user WHERE email LIKE '%.demo'").get() as { n: number }).n;
      const cprs = (db.prepare('SELECT cpr FROM citizen').all() as { cpr: string }[]).map((r) => r.cpr);
      return { citizens, demoUsers, cprs };
    },
    async dropIndexes() {
      const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${CASE_TABLE_NAMES})`).all() as { name: string; sql: string }[];
      for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
      return async () => {
        for (const index of indexes) db.exec(index.sql);
      };
    },
    async analyze() {
      db.exec('ANALYZE');
    },
    async close() {
      db.pragma('synchronous = NORMAL');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

async function postgresTarget(url: string): Promise<LoadTarget> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('SET synchronous_commit = off');
  // Skips the per-row foreign key triggers while loading (the generator writes consistent rows), where the role
  // may; otherwise every reference is checked as usual.
  await client.query('SET session_replication_role = replica').catch(() => undefined);
  return {
    engine: 'postgres',
    sink: new PostgresSink(client),
    async existing() {
      const citizens = Number((await client.query('SELECT COUNT(*) AS n FROM citizen')).rows[0].n);
      const demoUsers = Number((await client.query("SELECT COUNT(*) AS n FROM app_user WHERE email LIKE '%.demo'")).rows[0].n);
      const cprs = (await client.query<{ cpr: string }>('SELECT cpr FROM citizen')).rows.map((r) => r.cpr);
      return { citizens, demoUsers, cprs };
    },
    async dropIndexes() {
      // Indexes that back a constraint (primary keys, UNIQUE columns) stay.
      const { rows } = await client.query<{ name: string; sql: string }>(
        `SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i
         WHERE i.schemaname = current_schema() AND i.tablename IN (${CASE_TABLE_NAMES})
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      );
      for (const index of rows) await client.query(`DROP INDEX ${index.name}`);
      return async () => {
        for (const index of rows) await client.query(index.sql);
      };
    },
    async analyze() {
      // VACUUM also sets the visibility map, so the report's index-only scans need not visit the table.
      await client.query('VACUUM ANALYZE');
    },
    async close() {
      await client.end();
    },
  };
}

/** Runs the migrations (so the schema and indexes are current), then opens the raw driver for loading. */
export async function openLoadTarget(databaseUrl: string): Promise<LoadTarget> {
  const migrated = await openDatabase(databaseUrl);
  await migrated.destroy();
  if (engineOf(databaseUrl) === 'postgres') return postgresTarget(databaseUrl);
  const path = databaseUrl.slice('sqlite:'.length);
  if (path === ':memory:') throw new Error('The dataset needs a database file or PostgreSQL, not sqlite::memory:.');
  return sqliteTarget(path);
}
