import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils.js';
import { metadataMemo } from './metadata-memo.js';
import { runnerOf, statementOf } from './statement-cache.js';

/*
 * Entities from plain rows on the hot read paths (DataLoaders and pages), without TypeORM's general result
 * transformer, which re-derives the column list, join and relation handling for every row. Each column still goes
 * through the driver's own `prepareHydratedValue` (types, JSON, transformers), so an entity read here equals one
 * read by `getMany()` (lean-rows.test.ts compares them for every entity). Only for queries that select the main
 * alias's columns and nothing else; anything with selected joins keeps `getMany()`.
 */

interface ColumnPlan {
  key: string;
  column: EntityMetadata['columns'][number];
}

function planOf(db: DataSource, metadata: EntityMetadata, alias: string): ColumnPlan[] {
  return metadata.columns
    .filter((column) => !column.isVirtual && !column.isVirtualProperty)
    .map((column) => ({ key: DriverUtils.buildAlias(db.driver, undefined, alias, column.databaseName), column }));
}

type Hydrator = (row: Record<string, unknown>) => object;

const hydrators = metadataMemo<Hydrator>();

/** One entity as TypeORM's `metadata.create` + `setEntityValue` make it, column by column (the general path). */
function generalHydrator(db: DataSource, metadata: EntityMetadata, plan: ColumnPlan[]): Hydrator {
  const driver = db.driver;
  return (row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral;
    for (const { key, column } of plan) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  };
}

/**
 * The same entity from a subclass generated for the table, whose constructor runs the entity's own constructor (as
 * TypeORM does) and then sets every column in one fixed order, so V8 allocates the object once at its final size
 * instead of growing it property by property. Its prototype's `constructor` is the entity class, so the object
 * reads as the entity everywhere (`instanceof`, `constructor`, TypeORM's and type-graphql's lookups). Only for
 * classes whose columns are plain properties (no embedded columns, lazy relations or typename).
 */
function compiledHydrator(db: DataSource, metadata: EntityMetadata, plan: ColumnPlan[]): Hydrator | null {
  const plain = typeof metadata.target === 'function' && metadata.isAlwaysUsingConstructor && metadata.lazyRelations.length === 0 && !db.options.typename;
  if (!plain || plan.some(({ column }) => column.embeddedMetadata)) return null;
  const driver = db.driver;
  const prepare = (value: unknown, column: ColumnPlan['column']) => driver.prepareHydratedValue(value, column);
  const assignments = plan.map(({ key, column }, i) => `v = row[${JSON.stringify(key)}]; if (v !== undefined) this[${JSON.stringify(column.propertyName)}] = prepare(v, columns[${i}]);`);
  const Entity = metadata.target as new () => object;
  const Hydrated = new Function('Entity', 'prepare', 'columns', `return class extends Entity {\n constructor(row) {\n  super();\n  let v;\n  ${assignments.join('\n  ')}\n }\n};`)(
    Entity,
    prepare,
    plan.map(({ column }) => column),
  ) as new (row: Record<string, unknown>) => object;
  Object.defineProperty(Hydrated.prototype, 'constructor', { value: Entity, writable: true, configurable: true });
  return (row) => new Hydrated(row);
}

const compiled = new WeakSet<Hydrator>();

/** Which way rows of the entity are hydrated (for tests). */
export function hydrationPathOf(db: DataSource, metadata: EntityMetadata, alias: string): 'compiled' | 'general' {
  return compiled.has(hydratorOf(db, metadata, alias)) ? 'compiled' : 'general';
}

function hydratorOf(db: DataSource, metadata: EntityMetadata, alias: string): Hydrator {
  return hydrators(metadata, alias, () => {
    const plan = planOf(db, metadata, alias);
    const fast = compiledHydrator(db, metadata, plan);
    if (fast) compiled.add(fast);
    return fast ?? generalHydrator(db, metadata, plan);
  });
}

/** Entities of `metadata` from rows whose columns are named `<alias>_<column>`, as TypeORM selects them. */
export function hydrate<T>(db: DataSource, metadata: EntityMetadata, alias: string, rows: Record<string, unknown>[]): T[] {
  const hydrator = hydratorOf(db, metadata, alias);
  return rows.map(hydrator) as T[];
}

/**
 * True when `hydrate` gives what getMany would: no joins (with joins TypeORM applies `take` in a second query, not
 * as LIMIT) and no relation ids.
 */
function isPlain(query: SelectQueryBuilder<ObjectLiteral>): boolean {
  const map = query.expressionMap;
  return map.joinAttributes.length === 0 && map.relationIdAttributes.length === 0 && Boolean(map.mainAlias?.hasMetadata);
}

/** `query.getMany()`, hydrated lean and through a cached statement when the query allows it; on the query's own runner (its transaction) if it has one. */
export async function leanMany<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<T[]> {
  const main = query.expressionMap.mainAlias;
  if (!main || !isPlain(query)) return query.getMany();
  const [sql, parameters] = statementOf(query, 'rows');
  const rows = (await runnerOf(query).query(sql, parameters)) as Record<string, unknown>[];
  return hydrate<T>(query.connection, main.metadata, main.name, rows);
}

const statements = metadataMemo<string>();

/**
 * `SELECT <all columns> FROM <table> e WHERE e.<property> IN (<count placeholders>) ORDER BY ...`, built once per
 * entity, property, order and count: the statement TypeORM's query builder would make, without building it per call.
 */
export function inListStatement<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, property: string, orderBy: string[], count: number): string {
  return statements(db.getMetadata(entity), `${property}|${orderBy.join(',')}|${count}`, () => {
    const query = db
      .getRepository(entity)
      .createQueryBuilder('e')
      .where(`e.${property} IN (:...keys)`, { keys: Array.from({ length: count }, (_, i) => `k${i}`) });
    for (const [i, name] of orderBy.entries()) {
      if (i === 0) query.orderBy(`e.${name}`, 'ASC');
      else query.addOrderBy(`e.${name}`, 'ASC');
    }
    return query.getQueryAndParameters()[0];
  });
}
