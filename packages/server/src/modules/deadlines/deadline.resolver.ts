import { DEFAULT_DEADLINE_HORIZON_DAYS, MAX_DEADLINE_HORIZON_DAYS } from '@treklang/schema';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Contract } from '../contracts/contract.entity.js';
import { FollowUpMeeting } from '../follow-ups/follow-up-meeting.entity.js';
import { todayInDenmark } from '../follow-ups/follow-up.service.js';
import { Goal } from '../goals/goal.entity.js';
import { Order } from '../orders/order.entity.js';
import { DeadlineFilter } from './dto/deadline.filter.js';
import { listDeadlines } from './deadline.service.js';
import { Deadline, DeadlineKind } from './deadline.type.js';

function load<T extends { rowId: string }>(ctx: Context, entity: new () => T, rowId: string | null): Promise<T | null> {
  return rowId === null ? Promise.resolve(null) : ctx.loaders.byId(entity).load(rowId);
}

@Resolver(() => Deadline)
export class DeadlineResolver {
  @Query(() => [Deadline], {
    description:
      "Overdue and upcoming deadlines in the viewer's cases (their authority's, or their provider's): sub-goal approvals, status notes, meeting planning, meetings and order decisions, by due date.",
  })
  deadlines(
    @Arg('filter', () => DeadlineFilter, { nullable: true, description: 'Which deadlines; by default overdue ones and those due within 56 days.' }) filter: DeadlineFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Deadline[]> {
    const withinDays = filter?.withinDays ?? DEFAULT_DEADLINE_HORIZON_DAYS;
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > MAX_DEADLINE_HORIZON_DAYS) {
      throw new GraphQLError(`\`withinDays\` must be 0 to ${MAX_DEADLINE_HORIZON_DAYS}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return listDeadlines(ctx.db, ctx.viewer, {
      today: filter?.today ?? todayInDenmark(),
      overdueOnly: filter?.overdueOnly ?? false,
      withinDays,
      kinds: new Set(filter?.kinds?.length ? filter.kinds : Object.values(DeadlineKind)),
      locale: ctx.locale,
    });
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract concerned, if any.' })
  contract(@Root() deadline: Deadline, @Ctx() ctx: Context): Promise<Contract | null> {
    return load(ctx, Contract, deadline.contractId);
  }

  @FieldResolver(() => FollowUpMeeting, { nullable: true, description: 'The follow-up meeting concerned, if any.' })
  meeting(@Root() deadline: Deadline, @Ctx() ctx: Context): Promise<FollowUpMeeting | null> {
    return load(ctx, FollowUpMeeting, deadline.meetingId);
  }

  @FieldResolver(() => Goal, { nullable: true, description: 'The goal concerned, if any.' })
  goal(@Root() deadline: Deadline, @Ctx() ctx: Context): Promise<Goal | null> {
    return load(ctx, Goal, deadline.goalId);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order concerned, if any.' })
  order(@Root() deadline: Deadline, @Ctx() ctx: Context): Promise<Order | null> {
    return load(ctx, Order, deadline.orderId);
  }
}
