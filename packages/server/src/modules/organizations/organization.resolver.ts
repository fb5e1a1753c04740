import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { OrganizationKind } from '../../common/enums.js';
import { CommonErrors } from '../../common/domain-error.js';
import { newId, nowInstant } from '../../db/columns.js';
import { runMutation } from '../../common/mutation.js';
import { requiredText } from '../../common/validate.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Organization } from './organization.entity.js';
import { LIMITS } from '@treklang/schema';

@InputType({ description: 'A new authority or provider.' })
export class CreateOrganizationInput {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => OrganizationKind, { description: 'AUTHORITY or PROVIDER.' })
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Four-digit municipality code for authorities.' })
  municipalityCode?: string | null;
}

@ObjectType({ description: 'Result of createOrganization.' })
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation, when created.' })
  organization!: Organization | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'All organisations (authorities and providers): names only, no personal data.' })
  organizations(@Ctx() ctx: Context): Promise<Organization[]> {
    return ctx.db.getRepository(Organization).find({ order: { name: 'ASC' } });
  }

  @Mutation(() => OrganizationPayload, { description: 'Creates an authority or a provider. ADMIN only.' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput, { description: 'What to change; see the input type.' }) input: CreateOrganizationInput, @Ctx() ctx: Context): Promise<OrganizationPayload> {
    const outcome = await runMutation(ctx, async (tx) => {
      if (ctx.viewer.user.role !== 'ADMIN') throw CommonErrors.forbidden({ da: 'oprette organisationer', en: 'create organisations' });
      const code = input.municipalityCode ?? null;
      if (code !== null && !/^\d{3,4}$/.test(code)) {
        throw CommonErrors.invalid(['input', 'municipalityCode'], { da: 'Kommunekoden skal være 3-4 cifre.', en: 'The municipality code must be 3-4 digits.' });
      }
      return tx.getRepository(Organization).save(
        Object.assign(new Organization(), {
          rowId: newId(),
          name: requiredText(input.name, ['input', 'name'], LIMITS.nameLength),
          kind: input.kind,
          municipalityCode: code,
          createdAt: nowInstant(),
        }),
      );
    });
    return { organization: outcome.value, userErrors: outcome.userErrors };
  }
}
