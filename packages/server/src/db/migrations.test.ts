import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openDatabase } from './data-source.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';

describe(`migrations on ${process.env.TREKLANG_TEST_DB ?? 'sqlite'}`, () => {
  let database: ScratchDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createScratchDatabase();
    db = await openDatabase(database.url);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('create every table and column the entities map, with the same nullability', async () => {
    const runner = db.createQueryRunner();
    try {
      const tables = await runner.getTables(db.entityMetadatas.map((m) => m.tableName));
      const actual = Object.fromEntries(tables.map((t) => [t.name.replace(/^public\./, ''), t.columns.map((c) => `${c.name}${c.isNullable ? '?' : ''}`).sort()]));
      const expected = Object.fromEntries(db.entityMetadatas.map((m) => [m.tableName, m.columns.map((c) => `${c.databaseName}${c.isNullable ? '?' : ''}`).sort()]));
      expect(actual).toEqual(expected);
    } finally {
      await runner.release();
    }
  });

  it('are idempotent: opening the database again applies nothing', async () => {
    expect(await db.showMigrations()).toBe(false);
    const again = await openDatabase(database.url);
    await again.destroy();
  });

  it.runIf((process.env.TREKLANG_TEST_DB ?? 'sqlite') === 'sqlite')('run SQLite in WAL mode with a busy timeout', async () => {
    expect(await db.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await db.query('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
    expect(await db.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
  });
});
