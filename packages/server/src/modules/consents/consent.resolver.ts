import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { caseScope } from '../../auth/policy.js';
import { runMutation } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Citizen } from '../citizens/citizen.entity.js';
import { findVisibleCitizen } from '../citizens/citizen.scope.js';
import { Consent } from './consent.entity.js';
import { grantConsent, revokeConsent } from './consent.service.js';
import { GrantConsentInput, RevokeConsentInput } from './dto/consent.input.js';

@ObjectType({ description: 'Result of grantConsent and revokeConsent.' })
export class ConsentPayload {
  @Field(() => Consent, { nullable: true, description: 'The consent, when the mutation succeeded.' })
  consent!: Consent | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@Resolver(() => Consent)
export class ConsentResolver {
  @FieldResolver(() => Citizen, { nullable: true, description: 'The citizen who gave the consent; null when the viewer may not see the citizen.' })
  async citizen(@Root() consent: Consent, @Ctx() ctx: Context): Promise<Citizen | null> {
    const scope = caseScope(ctx.viewer);
    if (!scope) return null;
    if (scope.side === 'PROVIDER') return findVisibleCitizen(ctx.db, ctx.viewer, consent.citizenId);
    const citizen = await ctx.loaders.byId(Citizen).load(consent.citizenId);
    return citizen && citizen.authorityId === scope.organizationId ? citizen : null;
  }

  @FieldResolver(() => Boolean, { description: 'True while the consent is in force (not revoked).' })
  active(@Root() consent: Consent): boolean {
    return consent.revokedAt === null;
  }

  @Mutation(() => ConsentPayload, { description: "Records a citizen's consent to exchange information between parties. A caseworker of the citizen's authority only." })
  async grantConsent(@Arg('input', () => GrantConsentInput, { description: 'The consent to record.' }) input: GrantConsentInput, @Ctx() ctx: Context): Promise<ConsentPayload> {
    const outcome = await runMutation(ctx, (tx) => grantConsent(tx, ctx.viewer, input));
    return { consent: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => ConsentPayload, { description: "Revokes a consent now (revocable at any time, once). A caseworker of the citizen's authority only." })
  async revokeConsent(@Arg('input', () => RevokeConsentInput, { description: 'The consent to revoke.' }) input: RevokeConsentInput, @Ctx() ctx: Context): Promise<ConsentPayload> {
    const outcome = await runMutation(ctx, (tx) => revokeConsent(tx, ctx.viewer, input));
    return { consent: outcome.value, userErrors: outcome.userErrors };
  }
}
