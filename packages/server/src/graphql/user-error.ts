import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A business-rule or input problem; the mutation changed nothing when it returns any.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "goals", "0", "deadline"].' })
  field!: string[] | null;

  @Field(() => String, { description: "Human-readable explanation in the viewer's language (Danish unless English is asked for)." })
  message!: string;

  @Field(() => String, { description: 'Stable machine code, e.g. GOAL_LIMIT, VERSION_CONFLICT, NOT_FOUND.' })
  code!: string;
}
