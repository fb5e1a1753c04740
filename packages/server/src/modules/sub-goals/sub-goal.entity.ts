import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, IntColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export enum SubGoalApproval {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(SubGoalApproval, {
  name: 'SubGoalApproval',
  description: "The authority's decision on a sub-goal the provider proposed.",
  valuesConfig: {
    PROPOSED: { description: 'Proposed by the provider, awaiting the authority.' },
    APPROVED: { description: 'Approved by the authority.' },
    REJECTED: { description: 'Rejected by the authority, with a comment.' },
  },
});

export enum SubGoalStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(SubGoalStatus, {
  name: 'SubGoalStatus',
  description: 'How far the provider has come with the sub-goal.',
  valuesConfig: {
    OPEN: { description: 'Being worked on.' },
    DONE: { description: 'Reached.' },
    DROPPED: { description: 'No longer pursued.' },
  },
});

@Entity('sub_goal')
@ObjectType('SubGoal', { implements: Node, description: 'A sub-goal (delmål): the provider operationalises a goal and the authority approves it, at the latest 3 months after start.' })
export class SubGoal implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('SubGoal', this.rowId);
  }

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  @IntColumn('version', { default: 1 })
  version!: number;

  @RefColumn('goal_id')
  goalId!: string;

  @Field(() => String, { description: 'The sub-goal in words.' })
  @TextColumn('title')
  title!: string;

  @Field(() => String, { nullable: true, description: 'How the provider works towards it.' })
  @TextColumn('method', { nullable: true })
  method!: string | null;

  @Field(() => SubGoalStatus, { description: 'OPEN, DONE or DROPPED.' })
  @VarcharColumn('status', 20)
  status!: SubGoalStatus;

  @Field(() => SubGoalApproval, { description: 'PROPOSED, APPROVED or REJECTED.' })
  @VarcharColumn('approval', 20)
  approval!: SubGoalApproval;

  @Field(() => DateTimeScalar, { description: 'When the provider proposed it.' })
  @InstantColumn('proposed_at')
  proposedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the authority decided.' })
  @InstantColumn('decided_at', { nullable: true })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: "The authority's comment, required when rejecting." })
  @TextColumn('decision_comment', { nullable: true })
  decisionComment!: string | null;

  @RefColumn('proposed_by_id')
  proposedById!: string;

  @RefColumn('decided_by_id', { nullable: true })
  decidedById!: string | null;

  @CreatedAtColumn()
  createdAt!: string;
}
