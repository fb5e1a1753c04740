import { maskCpr } from '@treklang/schema';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { seesFullCpr } from '../../auth/policy.js';
import { runMutation } from '../../common/mutation.js';
import { ConnectionType, PageArgs, paginate, type Connection } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { UserError } from '../../graphql/user-error.js';
import { Consent } from '../consents/consent.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { visibleContracts } from '../contracts/contract.scope.js';
import { Citizen } from './citizen.entity.js';
import { findVisibleCitizen, visibleCitizens } from './citizen.scope.js';
import { createCitizen, updateCitizen } from './citizen.service.js';
import { CreateCitizenInput, UpdateCitizenInput } from './dto/citizen.input.js';

export const CitizenConnection = ConnectionType(Citizen, 'Citizen');

@ObjectType({ description: 'Result of createCitizen and updateCitizen.' })
export class CitizenPayload {
  @Field(() => Citizen, { nullable: true, description: 'The citizen, when the mutation succeeded.' })
  citizen!: Citizen | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Resolver(() => Citizen)
export class CitizenResolver {
  @Query(() => CitizenConnection, { description: 'Citizens the viewer may see, optionally searched by name or CPR number.' })
  async citizens(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name, or the CPR number (with or without hyphen).' }) search: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Citizen>> {
    const query = visibleCitizens(ctx.db, ctx.viewer);
    const text = (search ?? '').trim().slice(0, 100);
    if (text) {
      const digits = text.replace(/-/g, '');
      if (/^\d{6,10}$/.test(digits)) {
        const cprPrefix = digits.length > 6 ? `${digits.slice(0, 6)}-${digits.slice(6)}` : digits;
        query.andWhere('citizen.cpr LIKE :cpr', { cpr: `${cprPrefix}%` });
      } else {
        query.andWhere("LOWER(citizen.name) LIKE :name ESCAPE '\\'", { name: likePattern(text) });
      }
    }
    return paginate(query, 'citizen', page);
  }

  @Query(() => Citizen, { nullable: true, description: 'One citizen, or null when absent or not visible to the viewer.' })
  citizen(@Arg('id', () => ID, { description: 'Global ID of the citizen.' }) id: string, @Ctx() ctx: Context): Promise<Citizen | null> {
    const decoded = fromGlobalId(id);
    if (decoded?.type !== 'Citizen') return Promise.resolve(null);
    return findVisibleCitizen(ctx.db, ctx.viewer, decoded.id);
  }

  @FieldResolver(() => String, { description: "CPR number DDMMYY-SSSS; masked as DDMMYY-xxxx for roles outside the citizen's authority." })
  cpr(@Root() citizen: Citizen, @Ctx() ctx: Context): string {
    return seesFullCpr(ctx.viewer, citizen.authorityId) ? citizen.cpr : maskCpr(citizen.cpr);
  }

  @FieldResolver(() => Boolean, { description: 'True when `cpr` is masked for this viewer.' })
  cprMasked(@Root() citizen: Citizen, @Ctx() ctx: Context): boolean {
    return !seesFullCpr(ctx.viewer, citizen.authorityId);
  }

  @FieldResolver(() => [Contract], { description: "The citizen's contracts that the viewer may see, oldest first." })
  async contracts(@Root() citizen: Citizen, @Ctx() ctx: Context): Promise<Contract[]> {
    const all = await ctx.loaders.manyBy(Contract, 'citizenId').load(citizen.rowId);
    const scope = visibleContracts(ctx.viewer);
    return all.filter(scope);
  }

  @FieldResolver(() => [Consent], { description: "The citizen's consents, including revoked ones." })
  consents(@Root() citizen: Citizen, @Ctx() ctx: Context): Promise<Consent[]> {
    return ctx.loaders.manyBy(Consent, 'citizenId', 'givenAt').load(citizen.rowId);
  }

  @Mutation(() => CitizenPayload, { description: "Registers a citizen with the caseworker's authority." })
  async createCitizen(@Arg('input', () => CreateCitizenInput, { description: 'What to change; see the input type.' }) input: CreateCitizenInput, @Ctx() ctx: Context): Promise<CitizenPayload> {
    const outcome = await runMutation(ctx, (tx) => createCitizen(tx, ctx.viewer, input));
    return { citizen: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => CitizenPayload, { description: "Changes a citizen's name or contact details (optimistic concurrency by `expectedVersion`)." })
  async updateCitizen(@Arg('input', () => UpdateCitizenInput, { description: 'What to change; see the input type.' }) input: UpdateCitizenInput, @Ctx() ctx: Context): Promise<CitizenPayload> {
    const outcome = await runMutation(ctx, (tx) => updateCitizen(tx, ctx.viewer, input));
    return { citizen: outcome.value, userErrors: outcome.userErrors };
  }
}
