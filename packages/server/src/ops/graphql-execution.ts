import type { ApolloServerOptionsWithGateway, ApolloServerOptionsWithSchema, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { execute, type ExecutionResult, GraphQLError, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getMetadataStorage } from 'type-graphql';
import { isGuardedResolver } from '../auth/field-guard.js';
import { isConnectionCountResolver } from '../graphql/connection.js';

/*
 * How GraphQL requests execute, tuned for the GraphQL-overhead benchmark (docs/benchmarks.md) with Apollo Server
 * and type-graphql kept: each step can be switched off to measure it.
 *
 * - cacheControlOff: Apollo installs its cache-control plugin by default, which wraps EVERY field resolver of the
 *   schema to collect cache hints. Treklang sends no cache hints (every answer is private), so it is disabled.
 * - simpleFields: type-graphql wraps every plain property field in a resolver that runs its middleware chain
 *   and returns `root[name]`. With no middleware, no auth roles and no rename that wrapper equals GraphQL's default
 *   resolver, so it is dropped. So is the wrapper of a @Field getter (the global `id`, Contract.price): for an
 *   entity, which every resolver returns, it only reads the property, and under graphql-jit a field with a resolver
 *   costs a resolve-info object, a path and three closures per object. Fields with a @FieldResolver method (where
 *   masking lives, e.g. `cpr`) and every field the authorisation policy guards (auth/field-guard.ts) are never
 *   touched: the shortcut cannot bypass a check.
 * - jit: requests execute through graphql-jit, compiled once per query text and operation (an LRU keyed by
 *   Apollo's SHA-256 of the query), plugged in through Apollo Server's gateway interface. Parsing and validation
 *   stay Apollo's, cached in its document store.
 */

export interface ExecutionTuning {
  cacheControlOff: boolean;
  simpleFields: boolean;
  jit: boolean;
}

export const TUNED: ExecutionTuning = { cacheControlOff: true, simpleFields: true, jit: true };
export const STOCK: ExecutionTuning = { cacheControlOff: false, simpleFields: false, jit: false };

/** How many compiled queries are kept; clients send a bounded set of operations, an attacker a new one each time. */
const COMPILED_CACHE_SIZE = 500;

const INTROSPECTION = /\b__(schema|type)\b/;

const simplified = new WeakSet<GraphQLSchema>();

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];

/** Getter on the entity class (id, price): type-graphql files it as a field resolver, yet reading the property is all it does. */
function isPlainGetter(resolver: FieldResolverMetadata): boolean {
  if (resolver.kind !== 'internal' || resolver.methodName !== resolver.schemaName) return false;
  if ((resolver.params?.length ?? 0) > 0 || (resolver.middlewares?.length ?? 0) > 0 || resolver.roles !== undefined) return false;
  let prototype: object | null = (resolver.target as { prototype?: object }).prototype ?? null;
  while (prototype) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, resolver.methodName);
    if (descriptor) return typeof descriptor.get === 'function';
    prototype = Object.getPrototypeOf(prototype);
  }
  return false;
}

/**
 * Drops type-graphql's per-field wrapper from plain property fields (see above). Returns how many fields it
 * simplified. Idempotent; refuses to touch a field that has middleware, roles or a different property name.
 */
export function simplifyPlainFields(schema: GraphQLSchema): number {
  if (simplified.has(schema)) return 0;
  simplified.add(schema);
  const storage = getMetadataStorage();
  const withFieldResolver = new Map<unknown, Set<string>>();
  for (const resolver of storage.fieldResolvers) {
    if (isPlainGetter(resolver)) continue;
    const target = resolver.getObjectType?.();
    if (!withFieldResolver.has(target)) withFieldResolver.set(target, new Set());
    withFieldResolver.get(target)?.add(resolver.methodName);
  }
  let count = 0;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const graphqlField = fields[field.schemaName];
      if (!graphqlField?.resolve || isGuardedResolver(graphqlField.resolve) || isConnectionCountResolver(graphqlField.resolve)) continue;
      if (withFieldResolver.get(field.target)?.has(field.name)) continue;
      if (field.name !== field.schemaName || (field.middlewares?.length ?? 0) > 0 || field.roles !== undefined) continue;
      graphqlField.resolve = undefined;
      count += 1;
    }
  }
  return count;
}

/** A small LRU of compiled queries. */
class CompiledCache {
  private readonly entries = new Map<string, CompiledQuery>();

  constructor(private readonly size: number) {}

  get(key: string): CompiledQuery | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, compiled: CompiledQuery): void {
    this.entries.set(key, compiled);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/**
 * graphql-jit reports a resolver's error as its own GraphQLError, without `extensions` when the thrown error had
 * none (a failed SQL statement, a bug). Apollo Server cannot format that one (it reads `extensions.code`) and falls
 * back to a bare message that skips formatError, so no error id is given or logged: such errors become graphql-js's.
 */
function upstreamError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const upstream = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  Object.assign(upstream, { locations: error.locations });
  return upstream;
}

/**
 * Apollo Server's gateway interface used for what it allows: a fixed schema and a custom executor. Errors in
 * variables are left to graphql-js (re-run on that path only) so their messages and the 400 status stay exactly
 * Apollo's; so are introspection and anything graphql-jit cannot compile.
 */
function jitGateway(schema: GraphQLSchema) {
  const cache = new CompiledCache(COMPILED_CACHE_SIZE);
  // The operation name as the client sent it: Apollo's resolved `operationName` is null when the name matches no operation.
  const viaGraphqlJs = (context: { document: Parameters<typeof execute>[0]['document']; request: { variables?: Record<string, unknown>; operationName?: string | null }; operationName: string | null; context: unknown }) =>
    execute({ schema, document: context.document, contextValue: context.context, variableValues: context.request.variables, operationName: context.request.operationName ?? context.operationName }) as Promise<ExecutionResult> | ExecutionResult;
  return {
    async load() {
      return {
        executor: async (requestContext: Parameters<typeof viaGraphqlJs>[0] & { queryHash: string; source: string; operation?: unknown }) => {
          // No operation by that name: graphql-js answers "Unknown operation named ..." (a 400), never runs another one.
          if (!requestContext.operation || INTROSPECTION.test(requestContext.source)) return viaGraphqlJs(requestContext);
          const key = `${requestContext.queryHash}:${requestContext.operationName ?? ''}`;
          let compiled = cache.get(key);
          if (!compiled) {
            const result = compileQuery(schema, requestContext.document, requestContext.operationName ?? undefined, { disableLeafSerialization: false });
            if (!isCompiledQuery(result)) return viaGraphqlJs(requestContext);
            compiled = result;
            cache.set(key, compiled);
          }
          const result = await compiled.query(undefined, requestContext.context, requestContext.request.variables ?? {});
          if (result.errors?.length && result.data === undefined) return viaGraphqlJs(requestContext);
          return result.errors?.length ? { ...result, errors: result.errors.map(upstreamError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/** The schema-or-gateway and plugins part of Apollo Server's options for a tuning. */
export function executionOptions<C extends BaseContext>(
  schema: GraphQLSchema,
  tuning: ExecutionTuning,
): Pick<ApolloServerOptionsWithSchema<C>, 'schema' | 'plugins'> | Pick<ApolloServerOptionsWithGateway<C>, 'gateway' | 'plugins'> {
  if (tuning.simpleFields) simplifyPlainFields(schema);
  const plugins: ApolloServerPlugin<C>[] = tuning.cacheControlOff ? [ApolloServerPluginCacheControlDisabled()] : [];
  if (tuning.jit) return { gateway: jitGateway(schema) as never, plugins };
  return { schema, plugins };
}
