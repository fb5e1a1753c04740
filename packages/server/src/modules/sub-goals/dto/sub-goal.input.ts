import { Field, ID, InputType, Int } from 'type-graphql';
import { SubGoalApproval, SubGoalStatus } from '../sub-goal.entity.js';

@InputType({ description: "The provider's proposal of a sub-goal for a goal." })
export class ProposeSubGoalInput {
  @Field(() => ID, { description: 'The goal.' })
  goalId!: string;

  @Field(() => String, { description: 'The sub-goal in words.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'How the provider works towards it.' })
  method?: string | null;
}

@InputType({ description: "The authority's decision on a proposed sub-goal." })
export class DecideSubGoalInput {
  @Field(() => ID, { description: 'The sub-goal.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  expectedVersion!: number;

  @Field(() => SubGoalApproval, { description: 'APPROVED or REJECTED.' })
  approval!: SubGoalApproval;

  @Field(() => String, { nullable: true, description: 'Comment; required when rejecting.' })
  comment?: string | null;
}

@InputType({ description: "The provider's revision of a sub-goal. Changing the wording of an approved sub-goal sends it for approval again." })
export class UpdateSubGoalInput {
  @Field(() => ID, { description: 'The sub-goal.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'The sub-goal in words.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'How the provider works towards it.' })
  method?: string | null;

  @Field(() => SubGoalStatus, { nullable: true, description: 'OPEN, DONE or DROPPED.' })
  status?: SubGoalStatus | null;
}
