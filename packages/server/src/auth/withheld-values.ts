import { getNamedType, GraphQLError, type GraphQLOutputType, isListType, isNonNullType } from 'graphql';
import type { Context } from '../graphql/context.js';
import { describeDeadline } from '../modules/deadlines/deadline.descriptions.js';
import { type Deadline, DeadlineKind } from '../modules/deadlines/deadline.type.js';
import { guardMessage } from './authorize-root.js';

/*
 * What a field answers when the policy withholds it from the viewer (a provider without an active contract or
 * without consent for that kind of information): null, an empty list or an empty text, so that the rest of the
 * object stays readable. A few fields have a neutral text instead.
 */

const NEUTRAL: Readonly<Record<string, (source: never, ctx: Context) => unknown>> = {
  'Deadline.description': (deadline: Deadline, ctx) =>
    deadline.kind === DeadlineKind.SUB_GOAL_APPROVAL ? describeDeadline(deadline.kind, { dueDate: deadline.dueDate, overdue: deadline.overdue }, ctx.locale) : deadline.description,
};

export function withheldValue(coordinate: string, type: GraphQLOutputType, source: unknown, ctx: Context): unknown {
  const neutral = NEUTRAL[coordinate];
  if (neutral) return neutral(source as never, ctx);
  if (!isNonNullType(type)) return null;
  if (isListType(type.ofType)) return [];
  if (getNamedType(type).name === 'String') return '';
  throw new GraphQLError(guardMessage(ctx.locale), { extensions: { code: 'FORBIDDEN' } });
}
