import type { Locale } from '@treklang/schema';
import { getNamedType, GraphQLError, type GraphQLOutputType, isListType, isNonNullType, isObjectType } from 'graphql';
import type { Context } from '../graphql/context.js';
import { apiScopeRefusal, effectiveScope } from './policy-scope.js';
import type { OperationPolicy } from './policy-types.js';

/*
 * The check of a Query or Mutation field against its row of the policy table, before its resolver runs, and what a
 * refused field answers: a mutation `userErrors` with FORBIDDEN (nothing is changed), a query FORBIDDEN or, where
 * the table says EMPTY, nothing (null, [] or an empty connection: a manager simply has no cases).
 */

const MESSAGES = {
  read: { da: 'Du har ikke adgang til disse oplysninger.', en: 'You have no access to this information.' },
  write: { da: 'Din rolle må ikke udføre denne handling.', en: 'Your role may not do this.' },
};

export const guardMessage = (locale: Locale): string => MESSAGES.read[locale];

/** Records a refusal in the request's access trail (once per operation and reason). */
export function refusedOperation(ctx: Context, operation: string, reason: string): void {
  ctx.access.recordRefusal(operation, reason);
}

/** Why the viewer may not call an operation, or null when the table allows it (objects are checked later). */
export function operationRefusal(ctx: Pick<Context, 'viewer'>, policy: OperationPolicy | undefined): string | null {
  if (!policy) return 'NO_POLICY';
  const { viewer } = ctx;
  const token = apiScopeRefusal(viewer, policy.apiScope);
  if (token) return token;
  const scope = effectiveScope(viewer, policy.roles);
  const kind = viewer.organization.kind;
  if (scope === 'NONE') return 'ROLE';
  if (scope === 'OWN_AUTHORITY' && kind !== 'AUTHORITY') return 'NOT_AN_AUTHORITY';
  if ((scope === 'OWN_PROVIDER' || scope === 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT') && kind !== 'PROVIDER') return 'NOT_A_PROVIDER';
  return null;
}

const EMPTY_CONNECTION = () => ({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });

function refusedValue(ctx: Context, root: 'Query' | 'Mutation', policy: OperationPolicy | undefined, type: GraphQLOutputType): unknown {
  const named = getNamedType(type);
  const fields = isObjectType(named) ? named.getFields() : {};
  if (root === 'Mutation' && 'userErrors' in fields) return { userErrors: [{ code: 'FORBIDDEN', field: null, message: MESSAGES.write[ctx.locale] }] };
  if (root === 'Query' && policy?.refusal === 'EMPTY') {
    if (!isNonNullType(type)) return null;
    if (isListType(type.ofType)) return [];
    if ('edges' in fields && 'pageInfo' in fields) return EMPTY_CONNECTION();
  }
  throw new GraphQLError(MESSAGES.read[ctx.locale], { extensions: { code: 'FORBIDDEN' } });
}

/** Null when the operation may run; otherwise records the refusal and gives what the field answers instead. */
export function rootRefusal(ctx: Context, root: 'Query' | 'Mutation', coordinate: string, policy: OperationPolicy | undefined, type: GraphQLOutputType): { value: unknown } | null {
  const reason = operationRefusal(ctx, policy);
  if (!reason) return null;
  refusedOperation(ctx, coordinate, reason);
  return { value: refusedValue(ctx, root, policy, type) };
}
