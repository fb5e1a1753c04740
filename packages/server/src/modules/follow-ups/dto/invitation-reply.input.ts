import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../../graphql/scalars.js';
import { InvitationReplyOption } from '../invitation-reply.entity.js';

@InputType({ description: "An invited participant's reply to a follow-up meeting's invitation." })
export class RecordInvitationReplyInput {
  @Field(() => ID, { description: 'The meeting; not yet held, on an active contract.' })
  meetingId!: string;

  @Field(() => Int, { description: "The participant's position in the meeting's `participants`, from 0." })
  participantIndex!: number;

  @Field(() => InvitationReplyOption, { description: 'Which of the letter\'s four statements was chosen.' })
  reply!: InvitationReplyOption;

  @Field(() => String, { nullable: true, description: "Who gave the answer; defaults to the participant's name." })
  answeredBy?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The Danish day the answer was given; defaults to today, never in the future.' })
  answeredOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Other dates that suit (required with OTHER_DATE), when the note comes (SEND_NOTE) or why not (NOT_RELEVANT).',
  })
  comment?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The version of the participant's reply you read; omit when there was none. A stale or missing one, where a reply exists, is a VERSION_CONFLICT.",
  })
  expectedVersion?: number | null;
}
