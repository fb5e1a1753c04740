import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { runMutation } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Participant } from '../contracts/contract-parts.js';
import { Organization } from '../organizations/organization.entity.js';
import { RecordInvitationReplyInput } from './dto/invitation-reply.input.js';
import { FollowUpMeeting } from './follow-up-meeting.entity.js';
import { InvitationReply } from './invitation-reply.entity.js';
import { recordInvitationReply } from './invitation-reply.service.js';

@ObjectType({ description: 'Result of recordInvitationReply.' })
export class InvitationReplyPayload {
  @Field(() => InvitationReply, { nullable: true, description: 'The reply as now stored, when the mutation succeeded.' })
  reply!: InvitationReply | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@Resolver(() => InvitationReply)
export class InvitationReplyResolver {
  @FieldResolver(() => FollowUpMeeting, { description: 'The meeting the invitation is for.' })
  async meeting(@Root() reply: InvitationReply, @Ctx() ctx: Context): Promise<FollowUpMeeting> {
    return (await ctx.loaders.byId(FollowUpMeeting).load(reply.meetingId)) as FollowUpMeeting;
  }

  @FieldResolver(() => Participant, { nullable: true, description: 'The invited participant who replied (from the meeting\'s participants).' })
  async participant(@Root() reply: InvitationReply, @Ctx() ctx: Context): Promise<Participant | null> {
    const meeting = await ctx.loaders.byId(FollowUpMeeting).load(reply.meetingId);
    return meeting?.participants[reply.participantIndex] ?? null;
  }

  @FieldResolver(() => Organization, { description: 'The organisation whose user recorded the reply: the authority or the provider.' })
  async recordedByOrganization(@Root() reply: InvitationReply, @Ctx() ctx: Context): Promise<Organization> {
    return (await ctx.loaders.byId(Organization).load(reply.recordedByOrganizationId)) as Organization;
  }

  @Mutation(() => InvitationReplyPayload, {
    description:
      "Records an invited participant's reply to a meeting's invitation: one of the letter's four statements, who answered and when. The contract's caseworker and the provider's staff record replies until the meeting is held; a participant's later answer replaces the earlier one (expectedVersion).",
  })
  async recordInvitationReply(@Arg('input', () => RecordInvitationReplyInput, { description: 'The reply.' }) input: RecordInvitationReplyInput, @Ctx() ctx: Context): Promise<InvitationReplyPayload> {
    const outcome = await runMutation(ctx, (tx) => recordInvitationReply(tx, ctx.viewer, input));
    return { reply: outcome.value?.reply ?? null, userErrors: outcome.userErrors };
  }
}
