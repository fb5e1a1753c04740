import { Field, ObjectType } from 'type-graphql';

@ObjectType('FormIssue', { description: 'A problem with a response found by the shared validator (packages/schema validateResponse).' })
export class FormIssue {
  @Field(() => [String], { description: "Path of the item in the answers, e.g. ['goals', '1', 'deadline']." })
  path!: string[];

  @Field(() => String, { description: 'Stable code, e.g. REQUIRED, TOO_LONG, OUT_OF_RANGE, HIDDEN_ANSWERED.' })
  code!: string;

  @Field(() => String, { description: 'Explanation in Danish.' })
  message!: string;

  @Field(() => String, { description: 'Explanation in English.' })
  messageEn!: string;
}
