import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Contract } from '../contracts/contract.entity.js';
import { visibleContracts } from '../contracts/contract.scope.js';
import { ChangeNotice } from './change-notice.entity.js';

/** Adds the provider's change notices to Contract. */
@Resolver(() => Contract)
export class ChangeNoticeContractResolver {
  @FieldResolver(() => [ChangeNotice], { description: "The provider's change notices on this contract, oldest first." })
  async changeNotices(@Root() contract: Contract, @Ctx() ctx: Context): Promise<ChangeNotice[]> {
    if (!visibleContracts(ctx.viewer)(contract)) return [];
    return ctx.loaders.manyBy(ChangeNotice, 'contractId').load(contract.rowId);
  }
}
