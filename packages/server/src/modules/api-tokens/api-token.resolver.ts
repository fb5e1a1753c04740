import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { forgetApiToken } from '../../auth/authenticate-cache.js';
import { runMutation } from '../../common/mutation.js';
import { PageArgs, paginate, type Connection } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { User } from '../users/user.entity.js';
import { ApiToken } from './api-token.entity.js';
import { ApiTokenScope, scopeKey } from './api-token.enums.js';
import { ApiTokenErrors } from './api-token.errors.js';
import { createApiToken, isTokenAdmin, revokeApiToken } from './api-token.service.js';
import { CreateApiTokenInput, RevokeApiTokenInput } from './dto/api-token.input.js';
import { ApiTokenConnection, CreateApiTokenPayload, RevokeApiTokenPayload } from './dto/api-token.payload.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, { description: "The organisation's API tokens, oldest first (never their secrets). ADMIN only." })
  async apiTokens(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<Connection<ApiToken>> {
    if (!isTokenAdmin(ctx.viewer)) {
      const message = ApiTokenErrors.onlyAdmins().messages[ctx.locale];
      ctx.access.recordRefusal('Query.apiTokens', message);
      throw new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
    }
    const query = ctx.db.getRepository(ApiToken).createQueryBuilder('t').where('t.organizationId = :organizationId', { organizationId: ctx.viewer.organization.rowId });
    return paginate(query, 't', args);
  }

  @FieldResolver(() => [ApiTokenScope], { description: 'What the token may do.' })
  scopes(@Root() apiToken: ApiToken): ApiTokenScope[] {
    return apiToken.scopes.map(scopeKey).filter((key): key is ApiTokenScope => key !== null);
  }

  @FieldResolver(() => Boolean, { description: 'True while the token works: neither revoked nor expired.' })
  active(@Root() apiToken: ApiToken): boolean {
    return apiToken.revokedAt === null && Date.parse(apiToken.expiresAt) > Date.now();
  }

  @FieldResolver(() => User, { nullable: true, description: 'The token\'s service account (role INTEGRATOR): what the token does is recorded in its name.' })
  account(@Root() apiToken: ApiToken, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.byId(User).load(apiToken.userId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The administrator who created the token.' })
  createdBy(@Root() apiToken: ApiToken, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.byId(User).load(apiToken.createdById);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The administrator who revoked the token; null while not revoked.' })
  revokedBy(@Root() apiToken: ApiToken, @Ctx() ctx: Context): Promise<User | null> | null {
    return apiToken.revokedById ? ctx.loaders.byId(User).load(apiToken.revokedById) : null;
  }

  @Mutation(() => CreateApiTokenPayload, {
    description: "Creates an API token for an integrator, with scopes and an expiry, in the admin's organisation. The token is in the answer once, never again. ADMIN only.",
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'The token to create.' }) input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiTokenPayload> {
    const outcome = await runMutation(ctx, (tx) => createApiToken(tx, ctx.viewer, input));
    return { apiToken: outcome.value?.apiToken ?? null, token: outcome.value?.token ?? null, userErrors: outcome.userErrors };
  }

  @Mutation(() => RevokeApiTokenPayload, { description: "Revokes an API token of the admin's organisation; it is refused from the next request on. ADMIN only." })
  async revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput, { description: 'The token to revoke.' }) input: RevokeApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeApiTokenPayload> {
    const outcome = await runMutation(ctx, (tx) => revokeApiToken(tx, ctx.viewer, input));
    if (outcome.value) forgetApiToken(outcome.value.rowId);
    return { apiToken: outcome.value, userErrors: outcome.userErrors };
  }
}
