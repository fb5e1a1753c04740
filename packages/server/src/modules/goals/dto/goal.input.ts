import { Field, ID, InputType, Int } from 'type-graphql';
import { GoalType } from '../../../common/enums.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { GoalStatus } from '../goal.enums.js';

@InputType({ description: 'A goal inside a contract (without the contract; used when creating a contract).' })
export class GoalDraftInput {
  @Field(() => String, { description: "Key of one of the contract's life themes, e.g. PRACTICAL_TASKS." })
  lifeThemeKey!: string;

  @Field(() => GoalType, { description: 'DEVELOP, MAINTAIN or LIMIT_LOSS.' })
  goalType!: GoalType;

  @Field(() => String, { description: 'The goal in words.' })
  title!: string;

  @Field(() => String, { description: 'How attainment is measured.' })
  measurableCriterion!: string;

  @Field(() => DateScalar, { description: 'When the goal should be reached; not before the contract starts.' })
  deadline!: string;

  @Field(() => Int, { nullable: true, description: 'Priority 1-3; defaults to the next free one.' })
  priority?: number | null;
}

@InputType({ description: 'A new goal for an existing contract.' })
export class AddGoalInput extends GoalDraftInput {
  @Field(() => ID, { description: 'The contract.' })
  contractId!: string;
}

@InputType({ description: 'Changes to a goal; omitted fields stay as they are.' })
export class UpdateGoalInput {
  @Field(() => ID, { description: 'The goal.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a VERSION_CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "Key of one of the contract's life themes." })
  lifeThemeKey?: string | null;

  @Field(() => GoalType, { nullable: true, description: 'DEVELOP, MAINTAIN or LIMIT_LOSS.' })
  goalType?: GoalType | null;

  @Field(() => String, { nullable: true, description: 'The goal in words.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'How attainment is measured.' })
  measurableCriterion?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the goal should be reached.' })
  deadline?: string | null;

  @Field(() => Int, { nullable: true, description: 'Priority 1-3.' })
  priority?: number | null;

  @Field(() => GoalStatus, { nullable: true, description: 'ACTIVE, or the outcome recorded at follow-up.' })
  status?: GoalStatus | null;

  @Field(() => String, { nullable: true, description: 'How the outcome was reached or why not.' })
  outcomeComment?: string | null;
}
