import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';

export enum DeadlineKind {
  SUB_GOAL_APPROVAL = 'SUB_GOAL_APPROVAL',
  STATUS_NOTE = 'STATUS_NOTE',
  MEETING_PLANNING = 'MEETING_PLANNING',
  MEETING = 'MEETING',
  ORDER_DECISION = 'ORDER_DECISION',
}
registerEnumType(DeadlineKind, {
  name: 'DeadlineKind',
  description: 'What is due.',
  valuesConfig: {
    SUB_GOAL_APPROVAL: { description: 'A goal of an active contract has no approved sub-goal; due 3 months after the start.' },
    STATUS_NOTE: { description: "The provider's written status for a meeting; due 14 days before it." },
    MEETING_PLANNING: { description: 'The caseworker starts planning a follow-up meeting; due 8 weeks before it.' },
    MEETING: { description: 'A follow-up meeting that is not yet recorded as held; due on its day.' },
    ORDER_DECISION: { description: "The provider manager's acceptance or refusal of an order; due at the monthly management review." },
  },
});

@ObjectType('Deadline', { description: 'Something due in a case, overdue or upcoming, with the objects it concerns.' })
export class Deadline {
  @Field(() => DeadlineKind, { description: 'What is due.' })
  kind!: DeadlineKind;

  @Field(() => DateScalar, { description: 'The last day it is on time.' })
  dueDate!: string;

  @Field(() => Boolean, { description: 'True when the due date has passed.' })
  overdue!: boolean;

  @Field(() => String, { description: "What is due, in the viewer's language (Danish by default)." })
  description!: string;

  contractId!: string | null;
  meetingId!: string | null;
  goalId!: string | null;
  orderId!: string | null;
}
