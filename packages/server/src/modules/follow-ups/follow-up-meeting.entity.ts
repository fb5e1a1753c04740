import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, DateColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { Participant } from '../contracts/contract-parts.js';

export enum MeetingKind {
  REGULAR = 'REGULAR',
  EARLY = 'EARLY',
  EXTRA = 'EXTRA',
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'REGULAR on the service type interval; EARLY: the optional 3-month meeting after start; EXTRA: called when needed.',
});

export enum EffortDecision {
  CONTINUE = 'CONTINUE',
  CHANGE = 'CHANGE',
  END = 'END',
}
registerEnumType(EffortDecision, {
  name: 'EffortDecision',
  description: 'Further course of the effort: continue, change or end.',
  valuesConfig: {
    CONTINUE: { description: 'Continue the effort as agreed (fortsæt indsatsen).' },
    CHANGE: { description: 'Continue with changed goals or services.' },
    END: { description: 'End the effort (afslut indsatsen); completing a follow-up with END ends the contract.' },
  },
});

@Entity('follow_up_meeting')
@ObjectType('FollowUpMeeting', { implements: Node, description: 'A follow-up meeting (opfølgningsmøde, statusmøde) called by the authority.' })
export class FollowUpMeeting implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('FollowUpMeeting', this.rowId);
  }

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  @IntColumn('version', { default: 1 })
  version!: number;

  @RefColumn('contract_id')
  contractId!: string;

  @Field(() => MeetingKind, { description: 'REGULAR, EARLY or EXTRA.' })
  @VarcharColumn('kind', 20)
  kind!: MeetingKind;

  @Field(() => DateTimeScalar, { description: 'When the meeting is.' })
  @InstantColumn('scheduled_at')
  scheduledAt!: string;

  @Field(() => DateScalar, { description: 'The caseworker starts planning at the latest 8 weeks before.' })
  @DateColumn('planning_start_by')
  planningStartBy!: string;

  @Field(() => DateScalar, { description: 'The written status is due at the latest 14 days before.' })
  @DateColumn('status_due_by')
  statusDueBy!: string;

  @Field(() => String, { nullable: true, description: 'Where the meeting is held.' })
  @TextColumn('location', { nullable: true })
  location!: string | null;

  @Field(() => [String], { description: 'Agenda items.' })
  @JsonColumn('agenda')
  agenda!: string[];

  @Field(() => [Participant], { description: 'Invited participants.' })
  @JsonColumn('participants')
  participants!: Participant[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the meeting was held; null until completed.' })
  @InstantColumn('held_at', { nullable: true })
  heldAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Minutes (referat).' })
  @TextColumn('minutes', { nullable: true })
  minutes!: string | null;

  @Field(() => EffortDecision, { nullable: true, description: 'The decision on the further course.' })
  @VarcharColumn('decision', 20, { nullable: true })
  decision!: EffortDecision | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The next meeting agreed at this one.' })
  @InstantColumn('next_meeting_at', { nullable: true })
  nextMeetingAt!: string | null;

  @CreatedAtColumn()
  createdAt!: string;
}
