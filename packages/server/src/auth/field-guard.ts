import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { type Anchor, type CaseAccess, caseAccessOf, type Decision, type MaybePromise, andThen } from './case-access.js';
import { guardMessage, refusedOperation, rootRefusal } from './authorize-root.js';
import { ANCHORS } from './policy-anchors.js';
import { MUTATION_POLICIES, QUERY_POLICIES, TYPE_POLICIES } from './policy-table.js';
import type { InfoKind, OperationPolicy, TypePolicy } from './policy-types.js';
import { withheldValue } from './withheld-values.js';

/*
 * The one mechanism that enforces the policy table, applied to the built schema (graphql/build-schema.ts) so that it
 * wraps the resolvers themselves: every execution path (graphql-js, graphql-jit, the default resolver) runs it.
 * - Query and Mutation fields: the role's organisation scope and an API token's scope (QUERY/MUTATION_POLICIES).
 * - Every field returning an object of a type in TYPE_POLICIES (`node`/`nodes` and connection edges included):
 *   each object is checked against its type's policy before it is returned, and recorded as read.
 * - Fields of those types that carry more than the object as a whole (e.g. Contract.purpose): checked on their own,
 *   for providers, against the active contract and the consent.
 * Refusals go into the request's AccessTrail (`ctx.access`); writes of a mutation's payload objects too.
 */

const GUARDED = Symbol('treklang.policy-guard');

/** True for a resolver this module made: the simple-field speed shortcut (ops/graphql-execution.ts) must keep it. */
export function isGuardedResolver(resolve: unknown): boolean {
  return typeof resolve === 'function' && (resolve as unknown as Record<symbol, unknown>)[GUARDED] === true;
}

let classNames: Map<unknown, string> | null = null;

/** The GraphQL type name of an object a resolver returned (for interface and union fields such as `node`). */
function typeNameOfRow(row: object): string | undefined {
  classNames ??= new Map(getMetadataStorage().objectTypes.map((type) => [type.target, type.name]));
  return classNames.get(row.constructor);
}

/** The guarded type names a field can return, or null when it returns none. */
function guardedTargets(schema: GraphQLSchema, type: GraphQLOutputType): { concrete: string | null } | null {
  const named: GraphQLNamedType = getNamedType(type);
  if (isObjectType(named)) return named.name in TYPE_POLICIES ? { concrete: named.name } : null;
  if (isAbstractType(named)) return schema.getPossibleTypes(named).some((t) => t.name in TYPE_POLICIES) ? { concrete: null } : null;
  return null;
}

function citizenOfAnchor(anchor: Anchor): string | undefined {
  if (anchor.kind === 'CONTRACT') return anchor.contract.citizenId;
  return anchor.kind === 'CITIZEN' || anchor.kind === 'ORDER' ? anchor.citizenId : undefined;
}

/** Checks one object against its type's policy; records the read or the refusal. */
function admitObject(row: unknown, declared: string | null, ctx: Context, access: CaseAccess, coordinate: string): MaybePromise<boolean> {
  if (row === null || row === undefined || typeof row !== 'object') return true;
  const typeName = declared ?? typeNameOfRow(row);
  const policy = typeName ? TYPE_POLICIES[typeName] : undefined;
  if (!typeName || !policy) return true;
  const anchorOf = ANCHORS[typeName];
  if (!anchorOf) return refuseObject(ctx, coordinate, 'NO_POLICY', typeName);
  const anchor = anchorOf(row as never, access);
  if (anchor instanceof Promise) return anchor.then((settled) => admitAnchored(row, typeName, policy, settled, ctx, access, coordinate));
  return admitAnchored(row, typeName, policy, anchor, ctx, access, coordinate);
}

function admitAnchored(row: object, typeName: string, policy: TypePolicy, anchor: Anchor | null, ctx: Context, access: CaseAccess, coordinate: string): MaybePromise<boolean> {
  if (!anchor) return refuseObject(ctx, coordinate, 'NOT_FOUND', typeName);
  const decision = access.decide(policy, anchor, policy.object);
  if (decision instanceof Promise) return decision.then((settled) => admitDecided(row, typeName, anchor, settled, ctx, access, coordinate));
  return admitDecided(row, typeName, anchor, decision, ctx, access, coordinate);
}

function admitDecided(row: object, typeName: string, anchor: Anchor, decision: Decision, ctx: Context, access: CaseAccess, coordinate: string): boolean {
  if (!decision.ok) return refuseObject(ctx, coordinate, decision.reason, typeName);
  const rowId = (row as { rowId?: unknown }).rowId;
  if (typeof rowId === 'string') access.remember(typeName, row as { rowId: string });
  if (anchor.kind === 'ORGANIZATION' || anchor.kind === 'ROOT_ONLY') return true;
  // An entity is recorded by its row id; `id` (the global id) is computed by a getter, so it is read only when there is none.
  if (typeof rowId === 'string') ctx.access.recordRowRead(typeName, rowId, citizenOfAnchor(anchor));
  else {
    const id = (row as { id?: unknown }).id;
    if (typeof id === 'string') ctx.access.recordRead(typeName, id, citizenOfAnchor(anchor));
  }
  return true;
}

function refuseObject(ctx: Context, coordinate: string, reason: string, typeName: string): false {
  refusedOperation(ctx, coordinate, `${reason} (${typeName})`);
  return false;
}

function forbidden(ctx: Context): GraphQLError {
  return new GraphQLError(guardMessage(ctx.locale), { extensions: { code: 'FORBIDDEN' } });
}

/** Filters a field's value: refused objects become null, leave a list, or (where null is not allowed) an error. */
function admitValue(value: unknown, type: GraphQLOutputType, declared: string | null, ctx: Context, coordinate: string): MaybePromise<unknown> {
  const access = caseAccessOf(ctx);
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return value;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return value;
    const checks = new Array<MaybePromise<boolean>>(value.length);
    let pending = false;
    let refused = false;
    for (let i = 0; i < value.length; i++) {
      const check = admitObject(value[i], declared, ctx, access, coordinate);
      checks[i] = check;
      if (check instanceof Promise) pending = true;
      else if (!check) refused = true;
    }
    if (!pending && !refused) return value;
    const itemNonNull = isNonNullType(nullable.ofType);
    const finish = (admitted: boolean[]) => (itemNonNull ? value.filter((_, i) => admitted[i]) : value.map((item, i) => (admitted[i] ? item : null)));
    return pending ? Promise.all(checks).then(finish) : finish(checks as boolean[]);
  }
  return andThen(admitObject(value, declared, ctx, access, coordinate), (ok) => {
    if (ok) return value;
    if (isNonNullType(type)) throw forbidden(ctx);
    return null;
  });
}

/** After a mutation: its payload's personal-data objects were written. */
function recordWrites(payload: unknown, ctx: Context): void {
  if (!payload || typeof payload !== 'object') return;
  for (const value of Object.values(payload)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const typeName = typeNameOfRow(value);
    const policy = typeName ? TYPE_POLICIES[typeName] : undefined;
    const id = (value as { id?: unknown }).id;
    if (typeName && policy && policy.anchor !== 'ORGANIZATION' && typeof id === 'string') ctx.access.recordWrite(typeName, id);
  }
}

interface FieldPlan {
  root: 'Query' | 'Mutation' | null;
  operation: OperationPolicy | undefined;
  /** The kind to check for this field of a guarded type, when it carries more than its object. */
  kind: InfoKind | 'MISSING' | null;
  edge: { concrete: string | null } | null;
}

function planOf(schema: GraphQLSchema, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): FieldPlan | null {
  const root = type === schema.getQueryType() ? 'Query' : type === schema.getMutationType() ? 'Mutation' : null;
  const operation = root === 'Query' ? QUERY_POLICIES[field.name] : root === 'Mutation' ? MUTATION_POLICIES[field.name] : undefined;
  const typePolicy = TYPE_POLICIES[type.name];
  let kind: FieldPlan['kind'] = null;
  if (typePolicy && typePolicy.anchor !== 'ROOT_ONLY') {
    const fieldKind = typePolicy.fields[field.name];
    if (fieldKind === undefined) kind = 'MISSING';
    else if (fieldKind !== 'CASE' && fieldKind !== typePolicy.object) kind = fieldKind;
  }
  const edge = guardedTargets(schema, field.type);
  return root || kind || edge ? { root, operation, kind, edge } : null;
}

/** Runs the field's own resolver and filters what it returns (a mutation's payload: records its writes first). */
function runGuarded(inner: GraphQLFieldResolver<unknown, Context>, field: GraphQLField<unknown, unknown>, plan: FieldPlan, coordinate: string, source: unknown, args: unknown, ctx: Context, info: GraphQLResolveInfo): MaybePromise<unknown> {
  const value = inner(source, args as Record<string, unknown>, ctx, info) as MaybePromise<unknown>;
  const edge = plan.edge;
  if (plan.root !== 'Mutation') {
    if (!edge) return value;
    return value instanceof Promise ? value.then((settled) => admitValue(settled, field.type, edge.concrete, ctx, coordinate)) : admitValue(value, field.type, edge.concrete, ctx, coordinate);
  }
  return andThen(value, (payload) => {
    // What the mutation changed is read afresh by its payload's fields.
    caseAccessOf(ctx).reset();
    recordWrites(payload, ctx);
    return edge ? admitValue(payload, field.type, edge.concrete, ctx, coordinate) : payload;
  });
}

function guardedResolver(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, plan: FieldPlan): GraphQLFieldResolver<unknown, Context> {
  const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Context>;
  const coordinate = `${type.name}.${field.name}`;
  const typePolicy = TYPE_POLICIES[type.name];
  const resolve: GraphQLFieldResolver<unknown, Context> = (source, args, ctx, info) => {
    if (plan.root) {
      const refusal = rootRefusal(ctx, plan.root, coordinate, plan.operation, field.type);
      if (refusal) return refusal.value;
      const search = plan.operation?.search ? (args as Record<string, unknown>)[plan.operation.search] : undefined;
      if (typeof search === 'string' && search.trim()) ctx.access.recordSearch(`${coordinate}(${plan.operation!.search}: ${JSON.stringify(search.trim().slice(0, 100))})`);
    }
    if (!plan.kind) return runGuarded(inner, field, plan, coordinate, source, args, ctx, info);
    const access = caseAccessOf(ctx);
    // Kinds of information restrict what a provider sees; the authority's side sees every kind of its own cases.
    if (access.isAuthority && plan.kind !== 'MISSING') return runGuarded(inner, field, plan, coordinate, source, args, ctx, info);
    const withhold = (reason: string) => {
      refusedOperation(ctx, coordinate, reason);
      return withheldValue(coordinate, field.type, source, ctx);
    };
    if (plan.kind === 'MISSING' || !typePolicy) return withhold('NO_POLICY');
    const kind = plan.kind;
    return andThen(ANCHORS[type.name]?.(source as never, access) ?? null, (anchor) => {
      if (!anchor) return withhold('NOT_FOUND');
      return andThen(access.decide(typePolicy, anchor, kind), (decision) => (decision.ok ? runGuarded(inner, field, plan, coordinate, source, args, ctx, info) : withhold(decision.reason)));
    });
  };
  (resolve as unknown as Record<symbol, unknown>)[GUARDED] = true;
  return resolve;
}

const applied = new WeakSet<GraphQLSchema>();

/** Wraps the resolvers of the schema with the policy checks; returns how many fields it guarded. Idempotent. */
export function applyPolicy(schema: GraphQLSchema): number {
  if (applied.has(schema)) return 0;
  applied.add(schema);
  let guarded = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const plan = planOf(schema, type, field);
      if (!plan) continue;
      field.resolve = guardedResolver(type, field, plan) as GraphQLFieldResolver<unknown, unknown>;
      guarded += 1;
    }
  }
  return guarded;
}
