import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, DateColumn, IdColumn, IntColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';
import { GoalType } from '../../common/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';
import { GoalStatus, SmartPart } from './goal.enums.js';

@ObjectType('SmartAssessment', { description: 'Which SMART parts a goal has and which are missing.' })
export class SmartAssessment {
  @Field(() => Boolean, { description: 'True when no part is missing.' })
  complete!: boolean;

  @Field(() => [SmartPart], { description: 'The parts still missing.' })
  missing!: SmartPart[];
}

@Entity('goal')
@ObjectType('Goal', { implements: Node, description: 'A primary goal (indsatsmål) of a contract, inside one of its life themes. A contract has 1 to 3.' })
export class Goal implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('Goal', this.rowId);
  }

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  @IntColumn('version', { default: 1 })
  version!: number;

  @RefColumn('contract_id')
  contractId!: string;

  @VarcharColumn('life_theme_key', 40)
  lifeThemeKey!: string;

  @Field(() => GoalType, { description: 'DEVELOP, MAINTAIN or LIMIT_LOSS: a maintain goal succeeds without a rising score.' })
  @VarcharColumn('goal_type', 20)
  goalType!: GoalType;

  @Field(() => String, { description: 'The goal in words, ideally in the first person ("jeg-form").' })
  @TextColumn('title')
  title!: string;

  @Field(() => String, { description: 'How attainment is measured.' })
  @TextColumn('measurable_criterion')
  measurableCriterion!: string;

  @Field(() => DateScalar, { description: 'When the goal should be reached.' })
  @DateColumn('deadline')
  deadline!: string;

  @Field(() => Int, { description: 'Priority within the contract, 1 is highest.' })
  @IntColumn('priority')
  priority!: number;

  @Field(() => GoalStatus, { description: 'ACTIVE or the outcome recorded at follow-up.' })
  @VarcharColumn('status', 20)
  status!: GoalStatus;

  @Field(() => String, { nullable: true, description: 'How the outcome was reached or why not, recorded at follow-up.' })
  @TextColumn('outcome_comment', { nullable: true })
  outcomeComment!: string | null;

  @CreatedAtColumn()
  createdAt!: string;
}
