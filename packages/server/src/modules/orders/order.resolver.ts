import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { caseScope } from '../../auth/policy.js';
import { runMutation } from '../../common/mutation.js';
import { ConnectionType, PageArgs, paginate, type Connection } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { UserError } from '../../graphql/user-error.js';
import { Citizen } from '../citizens/citizen.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { DecideOrderInput, SendOrderInput, UpdateOrderInput } from './dto/order.input.js';
import { Order, OrderStatus } from './order.entity.js';
import { findVisibleOrder, visibleOrders, visibleOrdersQuery } from './order.scope.js';
import { decideOrder, isOverdue, sendOrder, updateOrder } from './order.service.js';

export const OrderConnection = ConnectionType(Order, 'Order');

@ObjectType({ description: 'Result of sendOrder, decideOrder and updateOrder.' })
export class OrderPayload {
  @Field(() => Order, { nullable: true, description: 'The order, when the mutation succeeded.' })
  order!: Order | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => OrderConnection, { description: 'Orders the viewer may see: those the authority sent, or those sent to the provider. Oldest first.' })
  orders(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => OrderStatus, { nullable: true, description: 'Only orders in this status.' }) status: OrderStatus | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Order>> {
    const query = visibleOrdersQuery(ctx.db, ctx.viewer, 'purchaseOrder');
    if (status) query.andWhere('purchaseOrder.status = :status', { status });
    return paginate(query, 'purchaseOrder', page);
  }

  @Query(() => Order, { nullable: true, description: 'One order, or null when absent or not visible to the viewer.' })
  order(@Arg('id', () => ID, { description: 'The order.' }) id: string, @Ctx() ctx: Context): Promise<Order | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.type !== 'Order') return Promise.resolve(null);
    return findVisibleOrder(ctx.db, ctx.viewer, decoded.id);
  }

  @FieldResolver(() => Citizen, { nullable: true, description: 'The citizen the order is about; null when the viewer may not see the citizen.' })
  async citizen(@Root() order: Order, @Ctx() ctx: Context): Promise<Citizen | null> {
    if (!visibleOrders(ctx.viewer)(order)) return null;
    const citizen = await ctx.loaders.byId(Citizen).load(order.citizenId);
    if (!citizen) return null;
    // The authority sees only its own citizens; the provider the citizen only through an active contract and a
    // consent, which the policy (auth/policy-table.ts: Citizen) checks on every Citizen returned.
    const scope = caseScope(ctx.viewer);
    if (scope?.side === 'AUTHORITY' && citizen.authorityId !== scope.organizationId) return null;
    return citizen;
  }

  @FieldResolver(() => Organization, { description: 'The authority that sent the order.' })
  async authority(@Root() order: Order, @Ctx() ctx: Context): Promise<Organization> {
    return (await ctx.loaders.byId(Organization).load(order.authorityId)) as Organization;
  }

  @FieldResolver(() => Organization, { description: 'The provider the order was sent to.' })
  async provider(@Root() order: Order, @Ctx() ctx: Context): Promise<Organization> {
    return (await ctx.loaders.byId(Organization).load(order.providerId)) as Organization;
  }

  @FieldResolver(() => Boolean, { description: 'True when the order is still SENT after `decideBy`.' })
  overdue(@Root() order: Order): boolean {
    return isOverdue(order);
  }

  @Mutation(() => OrderPayload, { description: "Sends an order (bestilling) to a provider for a citizen of the caseworker's authority. CASEWORKER only." })
  async sendOrder(@Arg('input', () => SendOrderInput, { description: 'The order to send.' }) input: SendOrderInput, @Ctx() ctx: Context): Promise<OrderPayload> {
    const outcome = await runMutation(ctx, (tx) => sendOrder(tx, ctx.viewer, input));
    return { order: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => OrderPayload, { description: "Accepts or declines a sent order. The provider's PROVIDER_MANAGER only; a reason is required when declining." })
  async decideOrder(@Arg('input', () => DecideOrderInput, { description: 'The decision.' }) input: DecideOrderInput, @Ctx() ctx: Context): Promise<OrderPayload> {
    const outcome = await runMutation(ctx, (tx) => decideOrder(tx, ctx.viewer, input));
    return { order: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => OrderPayload, {
    description: 'Changes an order (e.g. after a follow-up) and sends it again: it returns to SENT with a new deadline and must be accepted again. CASEWORKER only.',
  })
  async updateOrder(@Arg('input', () => UpdateOrderInput, { description: 'The changes.' }) input: UpdateOrderInput, @Ctx() ctx: Context): Promise<OrderPayload> {
    const outcome = await runMutation(ctx, (tx) => updateOrder(tx, ctx.viewer, input));
    return { order: outcome.value, userErrors: outcome.userErrors };
  }
}
