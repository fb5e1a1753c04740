import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils.js';
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

const plans = new WeakMap<EntityMetadata, Map<string, ColumnPlan[]>>();

function planOf(db: DataSource, metadata: EntityMetadata, alias: string): ColumnPlan[] {
  let byAlias = plans.get(metadata);
  if (!byAlias) {
    byAlias = new Map();
    plans.set(metadata, byAlias);
  }
  let plan = byAlias.get(alias);
  if (!plan) {
    plan = metadata.columns
      .filter((column) => !column.isVirtual && !column.isVirtualProperty)
      .map((column) => ({ key: DriverUtils.buildAlias(db.driver, undefined, alias, column.databaseName), column }));
    byAlias.set(alias, plan);
  }
  return plan;
}

/** Entities of `metadata` from rows whose columns are named `<alias>_<column>`, as TypeORM selects them. */
export function hydrate<T>(db: DataSource, metadata: EntityMetadata, alias: string, rows: Record<string, unknown>[]): T[] {
  const plan = planOf(db, metadata, alias);
  const driver = db.driver;
  return rows.map((row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral;
    for (const { key, column } of plan) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity as T;
  });
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

const statements = new WeakMap<EntityMetadata, Map<string, string>>();

/**
 * `SELECT <all columns> FROM <table> e WHERE e.<property> IN (<count placeholders>) ORDER BY ...`, built once per
 * entity, property, order and count: the statement TypeORM's query builder would make, without building it per call.
 */
export function inListStatement<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, property: string, orderBy: string[], count: number): string {
  const metadata = db.getMetadata(entity);
  let byShape = statements.get(metadata);
  if (!byShape) {
    byShape = new Map();
    statements.set(metadata, byShape);
  }
  const shape = `${property}|${orderBy.join(',')}|${count}`;
  let sql = byShape.get(shape);
  if (!sql) {
    const query = db
      .getRepository(entity)
      .createQueryBuilder('e')
      .where(`e.${property} IN (:...keys)`, { keys: Array.from({ length: count }, (_, i) => `k${i}`) });
    for (const [i, name] of orderBy.entries()) {
      if (i === 0) query.orderBy(`e.${name}`, 'ASC');
      else query.addOrderBy(`e.${name}`, 'ASC');
    }
    sql = query.getQueryAndParameters()[0];
    byShape.set(shape, sql);
  }
  return sql;
}
