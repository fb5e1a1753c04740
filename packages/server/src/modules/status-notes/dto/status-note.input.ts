import { Field, ID, InputType, Int } from 'type-graphql';
import { Scale } from '../../../common/enums.js';
import { EffortDecision } from '../../follow-ups/follow-up-meeting.entity.js';
import { GoalAttainment } from '../goal-status.entity.js';
import { ThemeChangeInput } from '../status-note-parts.js';

@InputType({ description: "The status note's report on one goal." })
export class GoalStatusInput {
  @Field(() => ID, { description: "A goal of the meeting's contract." })
  goalId!: string;

  @Field(() => GoalAttainment, { description: 'Is the goal reached: REACHED, PARTLY or NOT_REACHED.' })
  attainment!: GoalAttainment;

  @Field(() => String, { nullable: true, description: 'How it was worked with and reached, or why not.' })
  how?: string | null;

  @Field(() => String, { nullable: true, description: "The citizen's own view." })
  citizenView?: string | null;

  @Field(() => String, { nullable: true, description: "The professional's view." })
  professionalView?: string | null;

  @Field(() => Scale, { nullable: true, description: 'The scale of the score (required with a score).' })
  scale?: Scale | null;

  @Field(() => Int, { nullable: true, description: "A score on the scale; recorded as today's FOLLOW_UP measurement of the goal." })
  score?: number | null;
}

@InputType({ description: 'The written status (statusnotat) for a follow-up meeting, from the provider.' })
export class SubmitStatusNoteInput {
  @Field(() => ID, { description: 'The follow-up meeting; one status note per meeting, before it is held.' })
  meetingId!: string;

  @Field(() => Boolean, { description: 'Whether the status was reviewed orally with the citizen (or the guardian).' })
  reviewedWithCitizen!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was not reviewed with the citizen; required when it was not.' })
  notReviewedReason?: string | null;

  @Field(() => String, { description: "The provider's assessment: work on goals, goal attainment, change in functioning." })
  providerAssessment!: string;

  @Field(() => [ThemeChangeInput], { nullable: true, description: 'Significant changes per VUM life theme since the last meeting (only where changed).' })
  themeChanges?: ThemeChangeInput[] | null;

  @Field(() => String, { nullable: true, description: "The provider's remarks, e.g. the need for new or changed goals." })
  remarks?: string | null;

  @Field(() => EffortDecision, { description: 'The recommendation: CONTINUE, CHANGE or END.' })
  recommendation!: EffortDecision;

  @Field(() => [GoalStatusInput], { nullable: true, description: 'Per goal: reached? how? the citizen\'s and the professional\'s views, and a score.' })
  goalStatuses?: GoalStatusInput[] | null;
}

@InputType({ description: 'Changes to a status note before the meeting is held; omitted fields stay as they are, given lists replace the old ones.' })
export class UpdateStatusNoteInput {
  @Field(() => ID, { description: 'The status note.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a VERSION_CONFLICT.' })
  expectedVersion!: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether the status was reviewed orally with the citizen (or the guardian).' })
  reviewedWithCitizen?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why it was not reviewed with the citizen.' })
  notReviewedReason?: string | null;

  @Field(() => String, { nullable: true, description: "The provider's assessment." })
  providerAssessment?: string | null;

  @Field(() => [ThemeChangeInput], { nullable: true, description: 'Replaces the theme changes.' })
  themeChanges?: ThemeChangeInput[] | null;

  @Field(() => String, { nullable: true, description: "The provider's remarks." })
  remarks?: string | null;

  @Field(() => EffortDecision, { nullable: true, description: 'The recommendation: CONTINUE, CHANGE or END.' })
  recommendation?: EffortDecision | null;

  @Field(() => [GoalStatusInput], { nullable: true, description: "Replaces the goal reports; their scores replace this note's measurements." })
  goalStatuses?: GoalStatusInput[] | null;
}
