import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, IntColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';
import { Scale } from '../../common/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';

export enum GoalAttainment {
  REACHED = 'REACHED',
  PARTLY = 'PARTLY',
  NOT_REACHED = 'NOT_REACHED',
}
registerEnumType(GoalAttainment, { name: 'GoalAttainment', description: 'Is the goal reached: REACHED, PARTLY or NOT_REACHED.' });

@Entity('goal_status')
@ObjectType('GoalStatusReport', { implements: Node, description: "A status note's report on one goal: attainment, how, the citizen's and the professional's views side by side, and a score." })
export class GoalStatusReport implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('GoalStatusReport', this.rowId);
  }

  @RefColumn('status_note_id')
  statusNoteId!: string;

  @RefColumn('goal_id')
  goalId!: string;

  @Field(() => GoalAttainment, { description: 'Is the goal reached?' })
  @VarcharColumn('attainment', 20)
  attainment!: GoalAttainment;

  @Field(() => String, { nullable: true, description: 'How it was worked with and reached, or why not.' })
  @TextColumn('how', { nullable: true })
  how!: string | null;

  @Field(() => String, { nullable: true, description: "The citizen's own view." })
  @TextColumn('citizen_view', { nullable: true })
  citizenView!: string | null;

  @Field(() => String, { nullable: true, description: "The professional's view." })
  @TextColumn('professional_view', { nullable: true })
  professionalView!: string | null;

  @Field(() => Scale, { nullable: true, description: 'Scale of the score, when one was given.' })
  @VarcharColumn('scale', 20, { nullable: true })
  scale!: Scale | null;

  @Field(() => Int, { nullable: true, description: 'The score; recorded as a FOLLOW_UP measurement of the goal.' })
  @IntColumn('score', { nullable: true })
  score!: number | null;

  @CreatedAtColumn()
  createdAt!: string;
}
