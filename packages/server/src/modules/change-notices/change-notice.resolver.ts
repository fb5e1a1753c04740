import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { runMutation } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Contract } from '../contracts/contract.entity.js';
import { visibleContracts } from '../contracts/contract.scope.js';
import { ChangeNotice } from './change-notice.entity.js';
import { acknowledgeChangeNotice, reportChange } from './change-notice.service.js';
import { AcknowledgeChangeNoticeInput, ReportChangeInput } from './dto/change-notice.input.js';

@ObjectType({ description: 'Result of reportChange and acknowledgeChangeNotice.' })
export class ChangeNoticePayload {
  @Field(() => ChangeNotice, { nullable: true, description: 'The change notice, when the mutation succeeded.' })
  changeNotice!: ChangeNotice | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@Resolver(() => ChangeNotice)
export class ChangeNoticeResolver {
  @FieldResolver(() => Contract, { nullable: true, description: 'The contract whose agreed effort is affected; null when not visible to the viewer.' })
  async contract(@Root() notice: ChangeNotice, @Ctx() ctx: Context): Promise<Contract | null> {
    const contract = await ctx.loaders.byId(Contract).load(notice.contractId);
    return contract && visibleContracts(ctx.viewer)(contract) ? contract : null;
  }

  @Mutation(() => ChangeNoticePayload, {
    description: "Reports a change affecting the agreed effort on an active contract: the change, its consequences and documentation. The contract's provider staff only.",
  })
  async reportChange(@Arg('input', () => ReportChangeInput, { description: 'The change to report.' }) input: ReportChangeInput, @Ctx() ctx: Context): Promise<ChangeNoticePayload> {
    const outcome = await runMutation(ctx, (tx) => reportChange(tx, ctx.viewer, input));
    return { changeNotice: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => ChangeNoticePayload, { description: "Acknowledges a change notice (once). A caseworker of the contract's authority only." })
  async acknowledgeChangeNotice(
    @Arg('input', () => AcknowledgeChangeNoticeInput, { description: 'The notice to acknowledge.' }) input: AcknowledgeChangeNoticeInput,
    @Ctx() ctx: Context,
  ): Promise<ChangeNoticePayload> {
    const outcome = await runMutation(ctx, (tx) => acknowledgeChangeNotice(tx, ctx.viewer, input));
    return { changeNotice: outcome.value, userErrors: outcome.userErrors };
  }
}
