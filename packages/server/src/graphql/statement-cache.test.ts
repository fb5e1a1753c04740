import { Brackets, type DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { buildOrganization } from '../test-support/factories.js';
import { leanMany } from './lean-rows.js';
import { cachedCount, shapeOf, statementCacheSettings, statementOf } from './statement-cache.js';

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';

describe(`statements built once per shape on ${engine}`, () => {
  let database: ScratchDatabase;
  let db: DataSource;
  const ids: Record<'AUTHORITY' | 'PROVIDER', string[]> = { AUTHORITY: [], PROVIDER: [] };
  const verifyBefore = statementCacheSettings.verify;
  beforeAll(async () => {
    database = await createScratchDatabase();
    db = await openDatabase(database.url);
    for (let i = 0; i < 5; i++) ids.AUTHORITY.push((await buildOrganization(db, 'AUTHORITY', `Kommune ${i}`)).rowId);
    for (let i = 0; i < 3; i++) ids.PROVIDER.push((await buildOrganization(db, 'PROVIDER', `Bosted ${i}`)).rowId);
  });
  afterEach(() => {
    statementCacheSettings.verify = verifyBefore;
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const ofKind = (kind: string) => db.getRepository(Organization).createQueryBuilder('o').where('o.kind = :kind', { kind });
  const names = (rows: Organization[]) => rows.map((row) => row.name);

  it('counts and pages exactly as TypeORM does, for each parameter value of one shape', async () => {
    for (const kind of ['AUTHORITY', 'PROVIDER', 'NONE'] as const) {
      expect(await cachedCount(ofKind(kind))).toBe(await ofKind(kind).getCount());
      const page = () => ofKind(kind).orderBy('o.name', 'ASC').take(2);
      expect(names(await leanMany(page()))).toEqual(names(await page().getMany()));
    }
    expect(await cachedCount(ofKind('AUTHORITY'))).toBe(5);
  });

  it('binds list parameters of every length and numbers as the driver does', async () => {
    for (const n of [1, 3, 5]) {
      const query = () => db.getRepository(Organization).createQueryBuilder('o').where('o.rowId IN (:...ids)', { ids: ids.AUTHORITY.slice(0, n) }).take(n + 1);
      expect(await cachedCount(query())).toBe(n);
      expect((await leanMany(query())).length).toBe(n);
      expect(statementOf(query(), 'rows')).toEqual(query().getQueryAndParameters());
    }
    const numbered = (take: number) => db.getRepository(Organization).createQueryBuilder('o').where('LENGTH(o.name) > :min', { min: take }).orderBy('o.name');
    expect(statementOf(numbered(7), 'rows')).toEqual(numbered(7).getQueryAndParameters());
    expect(statementOf(numbered(8), 'rows')).toEqual(numbered(8).getQueryAndParameters());
  });

  it('never reuses a statement for a builder that differs in a condition, an order or a page size', () => {
    const a = ofKind('AUTHORITY');
    const variants = [
      a,
      db.getRepository(Organization).createQueryBuilder('o').where('o.name = :kind', { kind: 'AUTHORITY' }),
      ofKind('AUTHORITY').orderBy('o.name', 'DESC'),
      ofKind('AUTHORITY').orderBy('o.name', 'ASC'),
      ofKind('AUTHORITY').take(3),
      ofKind('AUTHORITY').take(4),
      ofKind('AUTHORITY').andWhere('o.municipalityCode IS NULL'),
      ofKind('AUTHORITY').orWhere('o.municipalityCode IS NULL'),
      db.getRepository(Organization).createQueryBuilder('p').where('p.kind = :kind', { kind: 'AUTHORITY' }),
    ];
    const statements = variants.map((query) => statementOf(query, 'rows')[0]);
    expect(new Set(statements).size).toBe(variants.length);
    for (const query of variants) expect(statementOf(query, 'rows')).toEqual(query.getQueryAndParameters());
  });

  it('builds a shape once, then only binds its parameters', () => {
    statementCacheSettings.verify = false;
    const query = () => ofKind('PROVIDER').orderBy('o.createdAt', 'ASC').addOrderBy('o.rowId', 'ASC').take(11);
    statementOf(query(), 'rows');
    const built = vi.spyOn(Object.getPrototypeOf(query()), 'getQuery');
    expect(statementOf(query(), 'rows')).toEqual(query().getQueryAndParameters());
    // getQueryAndParameters above calls getQuery once; the cached statement did not.
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('checks every reuse against a fresh build when verifying, and reports a difference', () => {
    statementCacheSettings.verify = true;
    const query = ofKind('AUTHORITY').orderBy('o.name', 'ASC').take(9);
    statementOf(query, 'rows');
    vi.spyOn(Object.getPrototypeOf(query), 'getQuery').mockReturnValue('SELECT 1');
    expect(() => statementOf(query, 'rows')).toThrow(/statement cache: shape .* gave/s);
  });

  it('builds joins, locks and bracketed conditions every time instead of caching them', () => {
    const repo = db.getRepository(Organization);
    expect(shapeOf(ofKind('AUTHORITY'), 'rows')).not.toBeNull();
    expect(shapeOf(repo.createQueryBuilder('o').leftJoin(Organization, 'x', 'x.rowId = o.rowId'), 'rows')).toBeNull();
    expect(shapeOf(repo.createQueryBuilder('o').where(new Brackets((q) => q.where('o.kind = :k', { k: 'A' }))), 'rows')).toBeNull();
    expect(shapeOf(repo.createQueryBuilder('o').setLock('pessimistic_read'), 'rows')).toBeNull();
  });
});
