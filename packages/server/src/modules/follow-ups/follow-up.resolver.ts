import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { runMutation } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { ContractVersion } from '../contracts/contract-version.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { StatusNote } from '../status-notes/status-note.entity.js';
import { completeFollowUp } from './complete-follow-up.service.js';
import { CompleteFollowUpInput, ScheduleFollowUpInput } from './dto/follow-up.input.js';
import { FollowUpMeeting } from './follow-up-meeting.entity.js';
import { InvitationReply } from './invitation-reply.entity.js';
import { scheduleFollowUp } from './follow-up.service.js';

@ObjectType({ description: 'Result of scheduleFollowUp.' })
export class FollowUpMeetingPayload {
  @Field(() => FollowUpMeeting, { nullable: true, description: 'The meeting, when the mutation succeeded.' })
  meeting!: FollowUpMeeting | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of completeFollowUp: the held meeting, the updated contract and its new version for the citizen.' })
export class CompleteFollowUpPayload {
  @Field(() => FollowUpMeeting, { nullable: true, description: 'The meeting, now held.' })
  meeting!: FollowUpMeeting | null;

  @Field(() => Contract, { nullable: true, description: 'The contract after the meeting (ENDED when the decision was END).' })
  contract!: Contract | null;

  @Field(() => ContractVersion, { nullable: true, description: 'The new contract version, marked to be sent to the citizen; earlier versions stay readable.' })
  contractVersion!: ContractVersion | null;

  @Field(() => FollowUpMeeting, { nullable: true, description: 'The next REGULAR meeting scheduled by this one, if any.' })
  nextMeeting!: FollowUpMeeting | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@Resolver(() => FollowUpMeeting)
export class FollowUpMeetingResolver {
  @FieldResolver(() => Contract, { description: 'The contract the meeting follows up.' })
  contract(@Root() meeting: FollowUpMeeting, @Ctx() ctx: Context): Promise<Contract | null> {
    return ctx.loaders.byId(Contract).load(meeting.contractId);
  }

  @FieldResolver(() => StatusNote, { nullable: true, description: "The provider's written status for this meeting; null until submitted." })
  async statusNote(@Root() meeting: FollowUpMeeting, @Ctx() ctx: Context): Promise<StatusNote | null> {
    const notes = await ctx.loaders.manyBy(StatusNote, 'meetingId').load(meeting.rowId);
    return notes[0] ?? null;
  }

  @FieldResolver(() => [InvitationReply], { description: "The invited participants' replies to the invitation, by participant; a participant without one has not replied." })
  invitationReplies(@Root() meeting: FollowUpMeeting, @Ctx() ctx: Context): Promise<InvitationReply[]> {
    return ctx.loaders.manyBy(InvitationReply, 'meetingId', 'participantIndex').load(meeting.rowId);
  }

  @Mutation(() => FollowUpMeetingPayload, {
    description: "Calls a follow-up meeting on an active contract (caseworker of the contract's authority). Sets the planning and status deadlines and the contract's next follow-up date when it is the next meeting.",
  })
  async scheduleFollowUp(@Arg('input', () => ScheduleFollowUpInput, { description: 'The meeting to call.' }) input: ScheduleFollowUpInput, @Ctx() ctx: Context): Promise<FollowUpMeetingPayload> {
    const outcome = await runMutation(ctx, (tx) => scheduleFollowUp(tx, ctx.viewer, input));
    return { meeting: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => CompleteFollowUpPayload, {
    description: 'Records a held meeting (minutes, decision, goal outcomes, changed and new goals, next meeting) and creates the next contract version for the citizen. All or nothing.',
  })
  async completeFollowUp(@Arg('input', () => CompleteFollowUpInput, { description: 'What the meeting decided.' }) input: CompleteFollowUpInput, @Ctx() ctx: Context): Promise<CompleteFollowUpPayload> {
    const outcome = await runMutation(ctx, (tx) => completeFollowUp(tx, ctx.viewer, input));
    const done = outcome.value;
    return {
      meeting: done?.meeting ?? null,
      contract: done?.contract ?? null,
      contractVersion: done?.contractVersion ?? null,
      nextMeeting: done?.nextMeeting ?? null,
      userErrors: outcome.userErrors,
    };
  }
}
