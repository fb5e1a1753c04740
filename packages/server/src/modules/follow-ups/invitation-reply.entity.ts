import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, DateColumn, IdColumn, InstantColumn, IntColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

/** The four statements of Sorø's Indkalderbrev/Opfølgningsbrev (Bilag 1-2), in the letter's order. */
export enum InvitationReplyOption {
  ATTEND = 'ATTEND',
  SEND_NOTE = 'SEND_NOTE',
  OTHER_DATE = 'OTHER_DATE',
  NOT_RELEVANT = 'NOT_RELEVANT',
}
registerEnumType(InvitationReplyOption, {
  name: 'InvitationReplyOption',
  description: "The invitation letter's four reply statements (Sorø, Bilag 1-2).",
  valuesConfig: {
    ATTEND: { description: 'Ja, det vurderes relevant og jeg vil gerne deltage.' },
    SEND_NOTE: { description: 'Relevant, but cannot set aside time: sends a note to the coordinating caseworker instead.' },
    OTHER_DATE: { description: 'Relevant, but cannot attend on the date: would like another date, otherwise sends a note.' },
    NOT_RELEVANT: { description: 'Nej, det vurderes ikke relevant at deltage.' },
  },
});

@Entity('invitation_reply')
@ObjectType('InvitationReply', { implements: Node, description: "One invited participant's reply to a follow-up meeting's invitation; the latest answer replaces the earlier one." })
export class InvitationReply implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('InvitationReply', this.rowId);
  }

  @Field(() => Int, { description: 'Version for optimistic concurrency; a changed answer claims the next one.' })
  @IntColumn('version', { default: 1 })
  version!: number;

  @RefColumn('meeting_id')
  meetingId!: string;

  @Field(() => Int, { description: "The participant's position in the meeting's `participants`, from 0." })
  @IntColumn('participant_index')
  participantIndex!: number;

  @Field(() => InvitationReplyOption, { description: 'Which of the four statements was chosen.' })
  @VarcharColumn('reply', 20)
  reply!: InvitationReplyOption;

  @Field(() => String, { description: 'Who gave the answer (the participant, or someone answering for them).' })
  @TextColumn('answered_by')
  answeredBy!: string;

  @Field(() => DateScalar, { description: 'The Danish day the answer was given.' })
  @DateColumn('answered_on')
  answeredOn!: string;

  @Field(() => String, { nullable: true, description: 'Other dates that suit (OTHER_DATE), when the note comes (SEND_NOTE), or why not (NOT_RELEVANT).' })
  @TextColumn('comment', { nullable: true })
  comment!: string | null;

  @RefColumn('recorded_by_id')
  recordedById!: string;

  @RefColumn('recorded_by_organization_id')
  recordedByOrganizationId!: string;

  @Field(() => DateTimeScalar, { description: 'When the answer was recorded.' })
  @InstantColumn('recorded_at')
  recordedAt!: string;

  @CreatedAtColumn()
  createdAt!: string;
}
