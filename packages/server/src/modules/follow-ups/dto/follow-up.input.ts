import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { Participant } from '../../contracts/contract-parts.js';
import { GoalDraftInput, UpdateGoalInput } from '../../goals/dto/goal.input.js';
import { GoalStatus } from '../../goals/goal.enums.js';
import { EffortDecision, MeetingKind } from '../follow-up-meeting.entity.js';

@InputType({ description: 'A follow-up meeting the caseworker calls.' })
export class ScheduleFollowUpInput {
  @Field(() => ID, { description: 'The contract; it must be ACTIVE.' })
  contractId!: string;

  @Field(() => MeetingKind, { description: 'REGULAR, EARLY (the 3-month meeting) or EXTRA.' })
  kind!: MeetingKind;

  @Field(() => DateTimeScalar, { description: 'When the meeting is; not in the past. Planning (8 weeks) and status (14 days) deadlines follow from its day in Danish time.' })
  scheduledAt!: string;

  @Field(() => String, { nullable: true, description: 'Where the meeting is held, e.g. at the residential offer or online.' })
  location?: string | null;

  @Field(() => [String], { nullable: true, description: 'Agenda items; when omitted or empty, the Hjørring agenda (goals, life themes, further course, end of effort, next meeting).' })
  agenda?: string[] | null;

  @Field(() => [Participant], { nullable: true, description: "Invited participants; when omitted, the contract's expected participants." })
  participants?: Participant[] | null;
}

@InputType({ description: 'The outcome of one goal, recorded at the meeting.' })
export class GoalOutcomeInput {
  @Field(() => ID, { description: "A goal of the meeting's contract." })
  goalId!: string;

  @Field(() => GoalStatus, { description: 'The outcome: ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED or DISCONTINUED (ACTIVE keeps it open with a comment).' })
  status!: GoalStatus;

  @Field(() => String, { nullable: true, description: 'How it was reached, or why not.' })
  comment?: string | null;
}

@InputType({ description: "What was decided at a follow-up meeting. Everything is written in one transaction: any problem and nothing changes." })
export class CompleteFollowUpInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId!: string;

  @Field(() => Int, { description: "The meeting's version you read; a stale one is a VERSION_CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { description: 'Minutes (referat) of the meeting.' })
  minutes!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was held; defaults to now, never in the future.' })
  heldAt?: string | null;

  @Field(() => EffortDecision, { description: 'Further course: CONTINUE, CHANGE or END (END ends the contract).' })
  decision!: EffortDecision;

  @Field(() => [GoalOutcomeInput], { nullable: true, description: 'Outcomes of goals.' })
  goalOutcomes?: GoalOutcomeInput[] | null;

  @Field(() => [UpdateGoalInput], { nullable: true, description: 'Goals changed at the meeting (each with its expectedVersion).' })
  changedGoals?: UpdateGoalInput[] | null;

  @Field(() => [GoalDraftInput], { nullable: true, description: 'New goals for the contract; the limit of 3 goals holds (GOAL_LIMIT).' })
  newGoals?: GoalDraftInput[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "The next REGULAR meeting. When omitted and the effort continues, it is set on the service type's interval (none for floating support).",
  })
  nextMeetingAt?: string | null;
}
