import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { BoolColumn, CreatedAtColumn, DateColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { EffortDecision } from '../follow-ups/follow-up-meeting.entity.js';
import { ThemeChange } from './status-note-parts.js';

@Entity('status_note')
@ObjectType('StatusNote', { implements: Node, description: 'The written status (statusnotat) the provider delivers at the latest 14 days before a follow-up meeting.' })
export class StatusNote implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('StatusNote', this.rowId);
  }

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  @IntColumn('version', { default: 1 })
  version!: number;

  @RefColumn('contract_id')
  contractId!: string;

  @RefColumn('meeting_id')
  meetingId!: string;

  @Field(() => DateTimeScalar, { description: 'When the provider submitted it.' })
  @InstantColumn('submitted_at')
  submittedAt!: string;

  @Field(() => DateScalar, { description: 'When it was due: 14 days before the meeting.' })
  @DateColumn('due_by')
  dueBy!: string;

  @Field(() => Boolean, { description: 'True when it was submitted on or before the due date.' })
  @BoolColumn('on_time')
  onTime!: boolean;

  @Field(() => Boolean, { description: 'Whether the status was reviewed orally with the citizen (or guardian).' })
  @BoolColumn('reviewed_with_citizen')
  reviewedWithCitizen!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was not reviewed with the citizen.' })
  @TextColumn('not_reviewed_reason', { nullable: true })
  notReviewedReason!: string | null;

  @Field(() => String, { description: "The provider's assessment: work on goals, goal attainment, change in functioning." })
  @TextColumn('provider_assessment')
  providerAssessment!: string;

  @Field(() => [ThemeChange], { description: 'Significant changes per life theme since the last meeting (only where changed).' })
  @JsonColumn('theme_changes')
  themeChanges!: ThemeChange[];

  @Field(() => String, { nullable: true, description: "The provider's remarks, e.g. the need for new or changed goals." })
  @TextColumn('remarks', { nullable: true })
  remarks!: string | null;

  @Field(() => EffortDecision, { description: "The provider's recommendation: CONTINUE, CHANGE or END." })
  @VarcharColumn('recommendation', 20)
  recommendation!: EffortDecision;

  @RefColumn('submitted_by_id')
  submittedById!: string;

  @CreatedAtColumn()
  createdAt!: string;
}
