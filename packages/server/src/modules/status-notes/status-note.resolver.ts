import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { runMutation } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Contract } from '../contracts/contract.entity.js';
import { FollowUpMeeting } from '../follow-ups/follow-up-meeting.entity.js';
import { Goal } from '../goals/goal.entity.js';
import { SubmitStatusNoteInput, UpdateStatusNoteInput } from './dto/status-note.input.js';
import { GoalStatusReport } from './goal-status.entity.js';
import { StatusNote } from './status-note.entity.js';
import { submitStatusNote, updateStatusNote } from './status-note.service.js';

@ObjectType({ description: 'Result of submitStatusNote and updateStatusNote.' })
export class StatusNotePayload {
  @Field(() => StatusNote, { nullable: true, description: 'The status note, when the mutation succeeded.' })
  statusNote!: StatusNote | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@Resolver(() => StatusNote)
export class StatusNoteResolver {
  @FieldResolver(() => Contract, { description: 'The contract the status is about.' })
  contract(@Root() note: StatusNote, @Ctx() ctx: Context): Promise<Contract | null> {
    return ctx.loaders.byId(Contract).load(note.contractId);
  }

  @FieldResolver(() => FollowUpMeeting, { description: 'The follow-up meeting the status was written for.' })
  meeting(@Root() note: StatusNote, @Ctx() ctx: Context): Promise<FollowUpMeeting | null> {
    return ctx.loaders.byId(FollowUpMeeting).load(note.meetingId);
  }

  @FieldResolver(() => [GoalStatusReport], { description: 'The report on each goal, in the order of the goals\' priority.' })
  async goalStatuses(@Root() note: StatusNote, @Ctx() ctx: Context): Promise<GoalStatusReport[]> {
    const reports = await ctx.loaders.manyBy(GoalStatusReport, 'statusNoteId').load(note.rowId);
    const goals = await Promise.all(reports.map((report) => ctx.loaders.byId(Goal).load(report.goalId)));
    const rank = (goal: Goal | null) => `${goal?.priority ?? 9}:${goal?.createdAt ?? ''}:${goal?.rowId ?? ''}`;
    return reports
      .map((report, index) => ({ report, rank: rank(goals[index]) }))
      .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
      .map(({ report }) => report);
  }

  @Mutation(() => StatusNotePayload, {
    description:
      "The provider's written status for a follow-up meeting, due 14 days before it (`onTime` says whether it was). One per meeting, before the meeting is held; scores are recorded as FOLLOW_UP measurements.",
  })
  async submitStatusNote(@Arg('input', () => SubmitStatusNoteInput, { description: 'The status note.' }) input: SubmitStatusNoteInput, @Ctx() ctx: Context): Promise<StatusNotePayload> {
    const outcome = await runMutation(ctx, (tx) => submitStatusNote(tx, ctx.viewer, input));
    return { statusNote: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => StatusNotePayload, { description: 'Changes a status note before the meeting is held (optimistic concurrency by `expectedVersion`).' })
  async updateStatusNote(@Arg('input', () => UpdateStatusNoteInput, { description: 'The changes.' }) input: UpdateStatusNoteInput, @Ctx() ctx: Context): Promise<StatusNotePayload> {
    const outcome = await runMutation(ctx, (tx) => updateStatusNote(tx, ctx.viewer, input));
    return { statusNote: outcome.value, userErrors: outcome.userErrors };
  }
}

@Resolver(() => GoalStatusReport)
export class GoalStatusReportResolver {
  @FieldResolver(() => Goal, { description: 'The goal reported on.' })
  goal(@Root() report: GoalStatusReport, @Ctx() ctx: Context): Promise<Goal | null> {
    return ctx.loaders.byId(Goal).load(report.goalId);
  }
}

/** Status notes on Contract, kept with the status-note module. */
@Resolver(() => Contract)
export class ContractStatusNotesResolver {
  @FieldResolver(() => [StatusNote], { description: "The provider's status notes for the contract's meetings, oldest first." })
  statusNotes(@Root() contract: Contract, @Ctx() ctx: Context): Promise<StatusNote[]> {
    return ctx.loaders.manyBy(StatusNote, 'contractId', 'submittedAt').load(contract.rowId);
  }
}
