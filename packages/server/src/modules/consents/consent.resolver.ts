import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { runMutation } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Citizen } from '../citizens/citizen.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { ConsentCategory } from './consent-category.js';
import { ConsentShare } from './consent-share.entity.js';
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
  // The policy (auth/policy-table.ts) returns the citizen only to those who may see them.
  @FieldResolver(() => Citizen, { nullable: true, description: 'The citizen who gave the consent; null when the viewer may not see the citizen.' })
  citizen(@Root() consent: Consent, @Ctx() ctx: Context): Promise<Citizen | null> {
    return ctx.loaders.byId(Citizen).load(consent.citizenId);
  }

  @FieldResolver(() => [Organization], { description: 'The organisations (providers) the citizen\'s information may be shared with under this consent.' })
  async organizations(@Root() consent: Consent, @Ctx() ctx: Context): Promise<Organization[]> {
    const shares = await ctx.loaders.manyBy(ConsentShare, 'consentId').load(consent.rowId);
    const ids = [...new Set(shares.map((share) => share.organizationId))];
    const organizations = await Promise.all(ids.map((id) => ctx.loaders.byId(Organization).load(id)));
    return organizations.filter((o): o is Organization => o !== null);
  }

  @FieldResolver(() => [ConsentCategory], { description: 'The kinds of information that may be shared with those organisations.' })
  async categories(@Root() consent: Consent, @Ctx() ctx: Context): Promise<ConsentCategory[]> {
    const shares = await ctx.loaders.manyBy(ConsentShare, 'consentId').load(consent.rowId);
    const kinds = new Set(shares.map((share) => share.category));
    return Object.values(ConsentCategory).filter((category) => kinds.has(category));
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
