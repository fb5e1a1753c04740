import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Contract } from '../contracts/contract.entity.js';
import { Order } from './order.entity.js';
import { visibleOrders } from './order.scope.js';

/** Adds the order a contract is based on to Contract. */
@Resolver(() => Contract)
export class OrderContractResolver {
  @FieldResolver(() => Order, { nullable: true, description: 'The accepted order (bestilling) the contract is based on; null when none is linked or not visible.' })
  async order(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Order | null> {
    if (!contract.orderId) return null;
    const order = await ctx.loaders.byId(Order).load(contract.orderId);
    return order && visibleOrders(ctx.viewer)(order) ? order : null;
  }
}
