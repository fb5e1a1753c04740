import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new citizen.' })
export class CreateCitizenInput {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { description: 'CPR number DDMMYY-SSSS; the first six digits must be a real date.' })
  cpr!: string;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Guardian (værge).' })
  guardian?: string | null;

  @Field(() => String, { nullable: true, description: 'Support person (bisidder).' })
  supportPerson?: string | null;
}

@InputType({ description: "Changes to a citizen's contact details; omitted fields stay as they are." })
export class UpdateCitizenInput {
  @Field(() => ID, { description: 'The citizen.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a VERSION_CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Guardian (værge).' })
  guardian?: string | null;

  @Field(() => String, { nullable: true, description: 'Support person (bisidder).' })
  supportPerson?: string | null;
}
