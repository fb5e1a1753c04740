import { isEmailAddress, LIMITS, roleFitsOrganization } from '@treklang/schema';
import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { CommonErrors, DomainError } from '../../common/domain-error.js';
import { Role } from '../../common/enums.js';
import { runMutation } from '../../common/mutation.js';
import { requiredText } from '../../common/validate.js';
import { newId, nowInstant } from '../../db/columns.js';
import { type Connection, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { rowIdOf } from '../../graphql/ids.js';
import { UserError } from '../../graphql/user-error.js';
import { Organization } from '../organizations/organization.entity.js';
import { unlockUser } from './unlock-user.service.js';
import { type UserAccount, UserAccountConnection, UserAccountFilter } from './user-account.types.js';
import { userAccounts } from './user-accounts.service.js';
import { User } from './user.entity.js';

@InputType({ description: 'A new user.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'E-mail, unique.' })
  email!: string;

  @Field(() => Role, { description: 'Role.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: "Organisation; defaults to the admin's own. Only the admin's own organisation is allowed." })
  organizationId?: string | null;
}

@ObjectType({ description: 'Result of createUser.' })
export class UserPayload {
  @Field(() => User, { nullable: true, description: 'The user, when created.' })
  user!: User | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@InputType({ description: 'The user to unlock.' })
export class UnlockUserInput {
  @Field(() => ID, { description: "The user, in the admin's own organisation." })
  userId!: string;
}

@ObjectType({ description: 'Result of unlockUser.' })
export class UnlockUserPayload {
  @Field(() => User, { nullable: true, description: 'The user, when the mutation succeeded.' })
  user!: User | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Until when the user (or one of their API tokens) was locked; null when nothing was locked.' })
  lockedUntil!: string | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}


@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The authenticated user.' })
  viewer(@Ctx() ctx: Context): User {
    return ctx.viewer.user;
  }

  @Query(() => UserAccountConnection, {
    description: "The organisation's users, oldest first, with whether each is locked out after repeated failed logins. ADMIN only.",
  })
  async userAccounts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UserAccountFilter, { nullable: true, description: 'Conditions; all must hold.' }) filter: UserAccountFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<UserAccount>> {
    if (ctx.viewer.user.role !== 'ADMIN') {
      const message = CommonErrors.forbidden({ da: 'se organisationens brugere', en: "see the organisation's users" }).messages[ctx.locale];
      ctx.access.recordRefusal('Query.userAccounts', message);
      throw new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
    }
    return userAccounts(ctx.db, ctx.viewer.organization.rowId, filter, page);
  }

  @FieldResolver(() => Organization, { description: 'The organisation the user acts for.' })
  organization(@Root() user: User, @Ctx() ctx: Context): Promise<Organization | null> {
    return ctx.loaders.byId(Organization).load(user.organizationId);
  }

  @Mutation(() => UserPayload, { description: "Creates a user in the admin's own organisation. ADMIN only." })
  async createUser(@Arg('input', () => CreateUserInput, { description: 'What to change; see the input type.' }) input: CreateUserInput, @Ctx() ctx: Context): Promise<UserPayload> {
    const outcome = await runMutation(ctx, async (tx) => {
      if (ctx.viewer.user.role !== 'ADMIN') throw CommonErrors.forbidden({ da: 'oprette brugere', en: 'create users' });
      const organizationId = input.organizationId ? rowIdOf(input.organizationId, 'Organization', ['input', 'organizationId']) : ctx.viewer.organization.rowId;
      if (organizationId !== ctx.viewer.organization.rowId) throw CommonErrors.notFound('Organisationen', ['input', 'organizationId']);
      const email = requiredText(input.email, ['input', 'email'], LIMITS.emailLength).toLowerCase();
      if (!isEmailAddress(email)) throw CommonErrors.invalid(['input', 'email'], { da: 'Ikke en gyldig e-mailadresse.', en: 'Not a valid e-mail address.' });
      // The unique index still guards two admins racing; this check names the field.
      if (await tx.getRepository(User).existsBy({ email })) {
        throw new DomainError('DUPLICATE', { da: 'Der findes allerede en bruger med denne e-mailadresse.', en: 'A user with this e-mail address already exists.' }, ['input', 'email']);
      }
      if (!roleFitsOrganization(input.role, ctx.viewer.organization.kind)) {
        throw CommonErrors.invalid(['input', 'role'], { da: 'Rollen passer ikke til organisationens type.', en: "The role does not fit the organisation's kind." });
      }
      return tx.getRepository(User).save(
        Object.assign(new User(), {
          rowId: newId(),
          name: requiredText(input.name, ['input', 'name'], LIMITS.nameLength),
          email,
          role: input.role,
          organizationId,
          createdAt: nowInstant(),
        }),
      );
    });
    return { user: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => UnlockUserPayload, {
    description:
      "Lifts the lockout of a user of the admin's organisation (repeated failed logins lock an account for a while, 15 minutes by default), and of the API tokens whose service account the user is, and forgets their failed logins. Succeeds, changing nothing, when nothing was locked. ADMIN only.",
  })
  async unlockUser(@Arg('input', () => UnlockUserInput, { description: 'The user to unlock.' }) input: UnlockUserInput, @Ctx() ctx: Context): Promise<UnlockUserPayload> {
    const outcome = await runMutation(ctx, (tx) => unlockUser(tx, ctx.viewer, input.userId));
    return { user: outcome.value?.user ?? null, lockedUntil: outcome.value?.lockedUntil ?? null, userErrors: outcome.userErrors };
  }
}
