import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { metadataMemo } from './metadata-memo.js';

/*
 * The SQL of a plain select builder, made by TypeORM once per shape and reused with each call's parameters: on the
 * read paths building a statement (and TypeORM's getCount machinery) cost more than running it. A shape is
 * everything in the builder that reaches the SQL text except parameter values, which the driver binds each time
 * (`escapeQueryWithParameters`, so arrays, numbers and booleans come out exactly as TypeORM makes them).
 * Builders with joins, sub-queries, locks, CTEs or non-text conditions are not plain: they are built every time.
 * With TREKLANG_VERIFY_STATEMENT_CACHE=1 (the test suites) every reuse is checked against a fresh build.
 */

export type StatementKind = 'rows' | 'count';

const templates = metadataMemo<string>();

/** `verify`: check every reuse against a fresh build (slower; on in the test suites). */
export const statementCacheSettings = { verify: process.env.TREKLANG_VERIFY_STATEMENT_CACHE === '1' };

/** What reaches the SQL text of a plain builder, or null when the builder is not plain. */
export function shapeOf(query: SelectQueryBuilder<ObjectLiteral>, kind: StatementKind): string | null {
  const map = query.expressionMap;
  if (map.queryType !== 'select' || !map.mainAlias?.hasMetadata || map.aliases.length !== 1) return null;
  if (map.joinAttributes.length || map.relationIdAttributes.length || map.havings.length || map.commonTableExpressions.length) return null;
  if (map.lockMode || map.subQuery || map.cache || map.timeTravel || map.wheres.some((where) => typeof where.condition !== 'string')) return null;
  if (map.selects.some((select) => typeof select.selection !== 'string')) return null;
  // A builder made from find options (protected in TypeORM's types) counts by its selected columns.
  if (Object.keys((query as unknown as { findOptions?: object }).findOptions ?? {}).length) return null;
  return JSON.stringify([
    kind,
    map.mainAlias.name,
    map.selects,
    map.selectDistinct,
    map.selectDistinctOn,
    map.maxExecutionTime,
    map.wheres,
    map.orderBys,
    map.groupBys,
    map.limit,
    map.offset,
    map.skip,
    map.take,
    map.useIndex,
    map.withDeleted,
    map.disableEscaping,
    map.extraAppendedAndWhereCondition,
    map.aliasNamePrefixingEnabled,
    map.options,
    map.comment,
  ]);
}

/** The statement TypeORM would run for the builder's rows, or for its count as `getCount()` makes it (COUNT(1) AS cnt). */
function build(query: SelectQueryBuilder<ObjectLiteral>, kind: StatementKind): string {
  if (kind === 'rows') return query.getQuery();
  return query.clone().orderBy().groupBy().offset(undefined).limit(undefined).skip(undefined).take(undefined).select('COUNT(1)', 'cnt').setOption('disable-global-order').getQuery();
}

function template(query: SelectQueryBuilder<ObjectLiteral>, kind: StatementKind): string {
  const shape = shapeOf(query, kind);
  if (shape === null) return build(query, kind);
  let built = false;
  const cached = templates(query.expressionMap.mainAlias!.metadata, shape, () => {
    built = true;
    return build(query, kind);
  });
  if (!built && statementCacheSettings.verify) {
    const fresh = build(query, kind);
    if (fresh !== cached) throw new Error(`statement cache: shape ${shape} gave\n${cached}\nbut the builder now makes\n${fresh}`);
  }
  return cached;
}

/** SQL and bound parameters of the builder's rows or count. */
export function statementOf(query: SelectQueryBuilder<ObjectLiteral>, kind: StatementKind): [string, unknown[]] {
  return query.connection.driver.escapeQueryWithParameters(template(query, kind), query.getParameters()) as [string, unknown[]];
}

/** The builder's own runner (protected in TypeORM's types): a transaction's, when it was made inside one. */
export function ownRunnerOf(query: SelectQueryBuilder<ObjectLiteral>): QueryRunner | undefined {
  return (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
}

/** Where the builder's statements run: its own runner when it has one, else its DataSource. */
export function runnerOf(query: SelectQueryBuilder<ObjectLiteral>): QueryRunner | SelectQueryBuilder<ObjectLiteral>['connection'] {
  return ownRunnerOf(query) ?? query.connection;
}

/** `query.getCount()` through a statement built once per shape. */
export async function cachedCount(query: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const [sql, parameters] = statementOf(query, 'count');
  const rows = (await runnerOf(query).query(sql, parameters)) as { cnt?: unknown }[];
  const count = rows[0]?.cnt;
  return count ? Number.parseInt(String(count), 10) : 0;
}
