import { subGoalsDueBy } from '@treklang/schema';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ServiceType } from '../../common/enums.js';
import { runMutation } from '../../common/mutation.js';
import { ConnectionType, PageArgs, paginate, type Connection } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { DateScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { Citizen } from '../citizens/citizen.entity.js';
import { Goal } from '../goals/goal.entity.js';
import { LifeTheme, lifeThemeByKey } from '../life-themes/life-theme.type.js';
import { Organization } from '../organizations/organization.entity.js';
import { ContractVersion } from './contract-version.entity.js';
import { Contract } from './contract.entity.js';
import { ContractStatus } from './contract.enums.js';
import { findVisibleContract, visibleContractsQuery } from './contract.scope.js';
import { createContract, markContractSent, signContract, terminateContract, updateContract } from './contract.service.js';
import { CreateContractInput, MarkContractSentInput, SignContractInput, TerminateContractInput, UpdateContractInput } from './dto/contract.input.js';

export const ContractConnection = ConnectionType(Contract, 'Contract');

@InputType({ description: 'Narrows the contracts listed.' })
export class ContractFilter {
  @Field(() => [ContractStatus], { nullable: true, description: 'Only these statuses.' })
  status?: ContractStatus[] | null;

  @Field(() => [ServiceType], { nullable: true, description: 'Only these service types.' })
  serviceType?: ServiceType[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this citizen.' })
  citizenId?: string | null;
}

@ObjectType({ description: 'Result of a contract mutation.' })
export class ContractPayload {
  @Field(() => Contract, { nullable: true, description: 'The contract, when the mutation succeeded.' })
  contract!: Contract | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

function payload(outcome: { value: Contract | null; userErrors: UserError[] }): ContractPayload {
  return { contract: outcome.value, userErrors: outcome.userErrors };
}

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => ContractConnection, { description: 'Contracts the viewer may see: their authority\'s, or those at their provider.' })
  contracts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ContractFilter, { nullable: true, description: 'Narrows the list.' }) filter: ContractFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Contract>> {
    const query = visibleContractsQuery(ctx.db, ctx.viewer);
    if (filter?.status?.length) query.andWhere('contract.status IN (:...statuses)', { statuses: filter.status });
    if (filter?.serviceType?.length) query.andWhere('contract.serviceType IN (:...serviceTypes)', { serviceTypes: filter.serviceType });
    if (filter?.citizenId) {
      const decoded = fromGlobalId(filter.citizenId);
      query.andWhere('contract.citizenId = :citizenId', { citizenId: decoded?.type === 'Citizen' ? decoded.id : '' });
    }
    return paginate(query, 'contract', page);
  }

  @Query(() => Contract, { nullable: true, description: 'One contract, or null when absent or not visible to the viewer.' })
  contract(@Arg('id', () => ID, { description: 'Global ID of the contract.' }) id: string, @Ctx() ctx: Context): Promise<Contract | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.type !== 'Contract') return Promise.resolve(null);
    return findVisibleContract(ctx.db, ctx.viewer, decoded.id);
  }

  @FieldResolver(() => Citizen, { nullable: true, description: 'The citizen; null when the viewer may not see the citizen.' })
  citizen(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Citizen | null> {
    return ctx.loaders.byId(Citizen).load(contract.citizenId);
  }

  @FieldResolver(() => Organization, { description: 'The authority (buyer).' })
  authority(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.byId(Organization).load(contract.authorityId);
  }

  @FieldResolver(() => Organization, { description: 'The provider (seller).' })
  provider(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.byId(Organization).load(contract.providerId);
  }

  @FieldResolver(() => [LifeTheme], { description: 'The chosen life themes.' })
  lifeThemes(@Root() contract: Contract): LifeTheme[] {
    return contract.lifeThemeKeys.map(lifeThemeByKey).filter((theme): theme is LifeTheme => theme !== null);
  }

  @FieldResolver(() => [Goal], { description: 'The goals, by priority (discontinued ones included, with their status).' })
  goals(@Root() contract: Contract, @Ctx() ctx: Context): Promise<Goal[]> {
    return ctx.loaders.manyBy(Goal, 'contractId', 'priority').load(contract.rowId);
  }

  @FieldResolver(() => DateScalar, { description: 'Sub-goals must be approved at the latest 3 months after the start.' })
  subGoalsDueBy(@Root() contract: Contract): string {
    return subGoalsDueBy(contract.startDate);
  }

  @FieldResolver(() => [ContractVersion], { description: 'Every version sent (or to be sent) to the citizen, oldest first; earlier versions stay readable.' })
  versions(@Root() contract: Contract, @Ctx() ctx: Context): Promise<ContractVersion[]> {
    return ctx.loaders.manyBy(ContractVersion, 'contractId', 'number').load(contract.rowId);
  }

  @Mutation(() => ContractPayload, { description: 'Creates a draft contract, optionally with up to 3 goals. Caseworker of the citizen\'s authority.' })
  async createContract(@Arg('input', () => CreateContractInput, { description: 'What to change; see the input type.' }) input: CreateContractInput, @Ctx() ctx: Context): Promise<ContractPayload> {
    return payload(await runMutation(ctx, (tx) => createContract(tx, ctx.viewer, input)));
  }

  @Mutation(() => ContractPayload, { description: 'Changes a draft or active contract (optimistic concurrency by `expectedVersion`).' })
  async updateContract(@Arg('input', () => UpdateContractInput, { description: 'What to change; see the input type.' }) input: UpdateContractInput, @Ctx() ctx: Context): Promise<ContractPayload> {
    return payload(await runMutation(ctx, (tx) => updateContract(tx, ctx.viewer, input)));
  }

  @Mutation(() => ContractPayload, { description: 'Signs as buyer or seller; the second signature activates the contract (it needs 1-3 goals) and makes version 1.' })
  async signContract(@Arg('input', () => SignContractInput, { description: 'What to change; see the input type.' }) input: SignContractInput, @Ctx() ctx: Context): Promise<ContractPayload> {
    return payload(await runMutation(ctx, (tx) => signContract(tx, ctx.viewer, input)));
  }

  @Mutation(() => ContractPayload, { description: 'Terminates an active contract; the effort ends after the notice period.' })
  async terminateContract(@Arg('input', () => TerminateContractInput, { description: 'What to change; see the input type.' }) input: TerminateContractInput, @Ctx() ctx: Context): Promise<ContractPayload> {
    return payload(await runMutation(ctx, (tx) => terminateContract(tx, ctx.viewer, input)));
  }

  @Mutation(() => ContractPayload, { description: 'Records that the current version was sent to the citizen.' })
  async markContractSentToCitizen(@Arg('input', () => MarkContractSentInput, { description: 'What to change; see the input type.' }) input: MarkContractSentInput, @Ctx() ctx: Context): Promise<ContractPayload> {
    return payload(await runMutation(ctx, (tx) => markContractSent(tx, ctx.viewer, input)));
  }
}
