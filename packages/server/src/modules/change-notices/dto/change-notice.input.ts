import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A change that affects the agreed effort, reported by the provider (Nordjylland).' })
export class ReportChangeInput {
  @Field(() => ID, { description: 'The active contract the change concerns.' })
  contractId!: string;

  @Field(() => String, { description: 'What has changed.' })
  description!: string;

  @Field(() => String, { description: 'Its consequences for the agreed effort.' })
  consequences!: string;

  @Field(() => String, { nullable: true, description: 'Documentation of the change, if any.' })
  documentation?: string | null;
}

@InputType({ description: 'The authority acknowledges a change notice.' })
export class AcknowledgeChangeNoticeInput {
  @Field(() => ID, { description: 'The change notice.' })
  id!: string;
}
