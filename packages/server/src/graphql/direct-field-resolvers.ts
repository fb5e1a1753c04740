import { type GraphQLFieldResolver, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/*
 * type-graphql calls a @FieldResolver method through a generic wrapper: per call it finds the resolver class's
 * instance in its container (a linear search over every resolver class), assembles the parameters from their
 * metadata and enters the middleware chain. A page of 25 contracts with their goals makes 25 such calls for `goals`
 * alone. For methods that take only @Root, @Ctx and @Info and have no middleware or roles, the wrapper is replaced
 * by a direct call with the same arguments on one instance of the resolver class (resolver classes here are stateless
 * and built without arguments, as type-graphql's default container builds them). A root that is not an instance of
 * the declared class, which type-graphql would convert first, still goes through type-graphql's wrapper.
 */

interface ParamMetadata {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: () => unknown;
}

interface FieldResolverMetadata {
  kind: 'external' | 'internal';
  target: new () => Record<string, (...args: unknown[]) => unknown>;
  methodName: string;
  schemaName: string;
  params?: ParamMetadata[];
  middlewares?: unknown[];
  roles?: unknown[] | null;
  getObjectType?: () => unknown;
}

const DIRECT = Symbol('treklang.direct-field-resolver');

export function isDirectFieldResolver(resolve: unknown): boolean {
  return typeof resolve === 'function' && (resolve as unknown as Record<symbol, unknown>)[DIRECT] === true;
}

/** The expression passing one parameter, or null for a kind this module leaves to type-graphql. */
function argumentOf(param: ParamMetadata): string | null {
  const property = param.propertyName ? `[${JSON.stringify(param.propertyName)}]` : '';
  if (param.kind === 'root') return `root${property}`;
  if (param.kind === 'context') return `ctx${property}`;
  if (param.kind === 'info') return property ? null : 'info';
  return null;
}

/** The class a @Root parameter declares, when type-graphql would convert other roots into it. */
function declaredRootClass(params: ParamMetadata[]): (new () => object) | null {
  const root = params.find((param) => param.kind === 'root' && !param.propertyName && param.getType);
  const type = root?.getType?.();
  return typeof type === 'function' && type !== Object && type.prototype ? (type as new () => object) : null;
}

function directResolver(metadata: FieldResolverMetadata, typeGraphql: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> | null {
  if (metadata.kind !== 'external' || (metadata.middlewares?.length ?? 0) > 0 || Array.isArray(metadata.roles) || metadata.target.length > 0) return null;
  const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.some((param, i) => param.index !== i)) return null;
  const expressions = params.map(argumentOf);
  if (expressions.some((expression) => expression === null)) return null;
  const instance = new metadata.target();
  const method = instance[metadata.methodName];
  if (typeof method !== 'function') return null;
  const call = new Function('method', 'instance', `return (root, ctx, info) => method.call(instance${expressions.map((e) => `, ${e}`).join('')});`)(method, instance) as (
    root: unknown,
    ctx: unknown,
    info: unknown,
  ) => unknown;
  const RootClass = declaredRootClass(params);
  const resolve: GraphQLFieldResolver<unknown, unknown> = RootClass
    ? (root, args, ctx, info) => (root instanceof RootClass ? call(root, ctx, info) : typeGraphql(root, args, ctx, info))
    : (root, _args, ctx, info) => call(root, ctx, info);
  (resolve as unknown as Record<symbol, unknown>)[DIRECT] = true;
  return resolve;
}

/** Replaces type-graphql's wrapper on the field resolvers that allow it; returns how many. Run before the policy is applied. */
export function directFieldResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage() as unknown as { fieldResolvers: FieldResolverMetadata[]; objectTypes: { target: unknown; name: string }[] };
  const typeNames = new Map(storage.objectTypes.map((type) => [type.target, type.name]));
  const coordinateOf = (metadata: FieldResolverMetadata) => `${typeNames.get(metadata.getObjectType?.())}.${metadata.schemaName}`;
  const seen = new Map<string, number>();
  for (const metadata of storage.fieldResolvers) seen.set(coordinateOf(metadata), (seen.get(coordinateOf(metadata)) ?? 0) + 1);
  let count = 0;
  for (const metadata of storage.fieldResolvers) {
    // A field resolved by two methods (an override): which one type-graphql chose is its business.
    if (seen.get(coordinateOf(metadata)) !== 1) continue;
    const typeName = typeNames.get(metadata.getObjectType?.());
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!(type instanceof GraphQLObjectType)) continue;
    const field = type.getFields()[metadata.schemaName];
    if (!field?.resolve || isDirectFieldResolver(field.resolve)) continue;
    const direct = directResolver(metadata, field.resolve);
    if (!direct) continue;
    field.resolve = direct;
    count += 1;
  }
  return count;
}
