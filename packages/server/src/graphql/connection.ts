import { LIMITS } from '@treklang/schema';
import { GraphQLError, type GraphQLFieldResolver, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { leanMany } from './lean-rows.js';
import { cachedCount, ownRunnerOf } from './statement-cache.js';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow the last edge.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede the first edge (when paging with `after`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `How many items, 1 to ${LIMITS.maxPageSize}. Required: every page is asked for with its size.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;
}

export interface Edge<T> {
  readonly cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise where the count is made only when a client asks for it. */
  readonly totalCount: number | Promise<number>;
}

/** Makes the Edge and Connection object types for one node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects (Relay connection).` })
  class ConnectionTypeClass {
    @Field(() => [EdgeType], { description: 'The items on this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page lies.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match in all, across pages.' })
    totalCount!: number;
  }
  return ConnectionTypeClass;
}

const COUNT_RESOLVER = Symbol('treklang.connection-count');

/** `totalCount` may be a promise (counted when asked for); graphql-jit awaits what resolvers return, not plain properties. */
const resolveTotalCount = Object.assign((connection: { totalCount: number | Promise<number> }) => connection.totalCount, { [COUNT_RESOLVER]: true });

/** Gives `totalCount` of every connection type its resolver; returns how many. Idempotent. */
export function resolveConnectionCounts(schema: GraphQLSchema): number {
  let count = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || !type.name.endsWith('Connection')) continue;
    const field = type.getFields().totalCount;
    if (!field) continue;
    field.resolve = resolveTotalCount as GraphQLFieldResolver<unknown, unknown>;
    count += 1;
  }
  return count;
}

/** True for the resolver above, which the plain-field shortcut (ops/graphql-execution.ts) must keep. */
export function isConnectionCountResolver(resolve: unknown): boolean {
  return typeof resolve === 'function' && (resolve as unknown as Record<symbol, unknown>)[COUNT_RESOLVER] === true;
}

function badPage(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Where an edge lies in the creation order every connection pages in. */
export interface CursorKey {
  createdAt: string;
  id: string;
}

/** The opaque cursor of a position in creation order (base64url JSON of [createdAt, id]). */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.createdAt, key.id]), 'utf8').toString('base64url');
}

/** An edge of a page, whose cursor is encoded only when a client asks for it. */
class PageEdge<T extends { createdAt: string; rowId: string }> implements Edge<T> {
  constructor(readonly node: T) {}

  get cursor(): string {
    return encodeCursor({ createdAt: this.node.createdAt, id: this.node.rowId });
  }
}

/**
 * A page whose `totalCount` is counted only when a client asks for it. A class, not an object literal with a getter:
 * V8 allocates the accessor pair of each such literal in the old generation, where it keeps the closures, and through
 * them the request's rows, alive across young-generation collections until the next full collection
 * (docs/benchmarks.md, "Request data held past the request").
 */
class Page<T extends { createdAt: string; rowId: string }> implements Connection<T> {
  readonly pageInfo: PageInfo;
  #counted: Promise<number> | null;
  readonly #query: SelectQueryBuilder<T>;

  constructor(readonly edges: PageEdge<T>[], position: { hasNextPage: boolean; hasPreviousPage: boolean }, query: SelectQueryBuilder<T>, counted: Promise<number> | null) {
    this.pageInfo = { ...position, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
    this.#query = query;
    this.#counted = counted;
  }

  get totalCount(): Promise<number> {
    this.#counted ??= cachedCount(this.#query);
    return this.#counted;
  }
}

/** The position a cursor from encodeCursor stands for; a BAD_USER_INPUT error for anything else. */
export function decodeCursor(cursor: string): CursorKey {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string' && createdAt.length <= 30 && id.length <= 36) {
      return { createdAt, id };
    }
  } catch {
    // falls through to the error below
  }
  throw badPage('`after` is not a cursor from this API');
}

/** The page size asked for; `first` is required and 1 to 100 (a BAD_USER_INPUT error otherwise, never a default). */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) throw badPage(`\`first\` is required: how many items, 1 to ${LIMITS.maxPageSize}`);
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.maxPageSize) {
    throw badPage(`\`first\` must be between 1 and ${LIMITS.maxPageSize}, not ${first}`);
  }
  return first;
}

/**
 * Keyset pagination over (createdAt, id): stable under inserts, and the same SQL on SQLite and PostgreSQL
 * because instants are ISO strings that sort as text.
 */
export async function paginate<T extends ObjectLiteral & { createdAt: string; rowId: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  args: PageArgs,
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  // A builder on its own runner (a transaction's) counts now: the runner may be released before the field resolves.
  const counted = ownRunnerOf(query) ? Promise.resolve(await cachedCount(query)) : null;
  const page = query.clone();
  if (args.after) {
    const key = decodeCursor(args.after);
    page.andWhere(`(${alias}.createdAt > :cursorAt OR (${alias}.createdAt = :cursorAt AND ${alias}.rowId > :cursorId))`, {
      cursorAt: key.createdAt,
      cursorId: key.id,
    });
  }
  const rows = await leanMany(page.orderBy(`${alias}.createdAt`, 'ASC').addOrderBy(`${alias}.rowId`, 'ASC').take(limit + 1));
  const edges = rows.slice(0, limit).map((node) => new PageEdge(node));
  return new Page(edges, { hasNextPage: rows.length > limit, hasPreviousPage: Boolean(args.after) }, query, counted);
}

/** A page whose nodes are replaced one for one; cursors, page info and the lazy count stay the original page's. */
class MappedPage<T, U> implements Connection<U> {
  readonly edges: Edge<U>[];
  readonly pageInfo: PageInfo;
  readonly #source: Connection<T>;

  constructor(source: Connection<T>, map: (node: T) => U) {
    this.edges = source.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) }));
    this.pageInfo = source.pageInfo;
    this.#source = source;
  }

  get totalCount(): number | Promise<number> {
    return this.#source.totalCount;
  }
}

export function mapNodes<T, U>(connection: Connection<T>, map: (node: T) => U): Connection<U> {
  return new MappedPage(connection, map);
}
