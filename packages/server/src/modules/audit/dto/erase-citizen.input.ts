import { Field, ID, InputType } from 'type-graphql';

@InputType('EraseCitizenInput', { description: "Anonymises a citizen's personal data after the retention period (GDPR erasure)." })
export class EraseCitizenInput {
  @Field(() => ID, { description: 'Global ID of the citizen.' })
  citizenId!: string;

  @Field(() => String, { description: 'The word ANONYMISER, to confirm that the erasure cannot be undone.' })
  confirmation!: string;
}
