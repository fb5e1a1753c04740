import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { Goal } from '../modules/goals/goal.entity.js';
import { seedDemoData } from '../seed/demo-seed.js';
import { hydrationPathOf, inListStatement, leanMany } from './lean-rows.js';
import { Loaders } from './loaders.js';

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';

/** Entities as plain data with their class: what a resolver can see of them. */
const shapeOf = <T extends object>(rows: T[]) => rows.map((row) => ({ class: row.constructor.name, ...row }));

describe(`lean hydration equals TypeORM's getMany on ${engine}`, () => {
  let database: ScratchDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createScratchDatabase();
    db = await openDatabase(database.url);
    await seedDemoData(db);
  }, 120_000);
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('gives the same entities, column for column, for every table with rows', async () => {
    let compared = 0;
    for (const metadata of db.entityMetadatas) {
      const query = () => db.getRepository(metadata.target).createQueryBuilder('x').orderBy(`x.${metadata.primaryColumns[0].propertyName}`, 'ASC').take(200);
      const expected = await query().getMany();
      const lean = await leanMany(query());
      expect(shapeOf(lean), metadata.name).toEqual(shapeOf(expected));
      expect(hydrationPathOf(db, metadata, 'x'), metadata.name).toBe('compiled');
      compared += expected.length ? 1 : 0;
    }
    // The demo data fills the case tables; a comparison of empty tables proves nothing.
    expect(compared).toBeGreaterThan(12);
  });

  it('applies take as LIMIT, and leaves joined queries to getMany (which applies take in a second query)', async () => {
    const plain = await leanMany(db.getRepository(Goal).createQueryBuilder('g').orderBy('g.rowId', 'ASC').take(3));
    expect(plain).toHaveLength(3);
    const joined = db.getRepository(Goal).createQueryBuilder('g').innerJoin(Contract, 'c', 'c.rowId = g.contractId').orderBy('g.rowId', 'ASC').take(3);
    expect(await leanMany(joined)).toEqual(await joined.getMany());
    expect(await leanMany(joined)).toHaveLength(3);
  });

  it('reads inside the caller\'s transaction when the query was built on it', async () => {
    const title = `uncommitted ${Date.now()}`;
    const goal = await db.getRepository(Goal).findOneByOrFail({});
    await db
      .transaction(async (tx) => {
        await tx.getRepository(Goal).update({ rowId: goal.rowId }, { title });
        const [seen] = await leanMany(tx.getRepository(Goal).createQueryBuilder('g').where('g.rowId = :id', { id: goal.rowId }));
        expect(seen.title).toBe(title);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect((await db.getRepository(Goal).findOneByOrFail({ rowId: goal.rowId })).title).toBe(goal.title);
  });

  it('builds the IN statement once per shape, and the loaders answer as getMany does', async () => {
    const contracts = await db.getRepository(Contract).find({ take: 7, order: { rowId: 'ASC' } });
    const ids = contracts.map((c) => c.rowId);
    expect(inListStatement(db, Goal, 'contractId', ['priority'], 7)).toBe(inListStatement(db, Goal, 'contractId', ['priority'], 7));
    expect(inListStatement(db, Goal, 'contractId', ['priority'], 7)).not.toBe(inListStatement(db, Goal, 'contractId', ['priority'], 6));
    const viaLoader = await new Loaders(db).manyBy(Goal, 'contractId', 'priority').loadMany(ids);
    const expected = await db
      .getRepository(Goal)
      .createQueryBuilder('e')
      .where('e.contractId IN (:...ids)', { ids })
      .orderBy('e.priority', 'ASC')
      .addOrderBy('e.createdAt', 'ASC')
      .addOrderBy('e.rowId', 'ASC')
      .getMany();
    expect(shapeOf(viaLoader.flat() as Goal[]).sort((a, b) => ids.indexOf(a.contractId) - ids.indexOf(b.contractId))).toEqual(
      shapeOf(expected).sort((a, b) => ids.indexOf(a.contractId) - ids.indexOf(b.contractId)),
    );
    const byId = await new Loaders(db).byId(Contract).loadMany([...ids, '00000000-0000-4000-8000-000000000000']);
    expect(byId.at(-1)).toBeNull();
    expect(shapeOf(byId.slice(0, -1) as Contract[])).toEqual(shapeOf(ids.map((id) => contracts.find((c) => c.rowId === id)!)));
  });
});
