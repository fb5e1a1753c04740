import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, DateColumn, IdColumn, IntColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';
import { Scale } from '../../common/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';

export enum MeasurementKind {
  BASELINE = 'BASELINE',
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(MeasurementKind, {
  name: 'MeasurementKind',
  description: 'Whether a reading is the starting point or a later one.',
  valuesConfig: {
    BASELINE: { description: 'At the start; one per goal and scale.' },
    FOLLOW_UP: { description: 'Before a follow-up; the latest is compared with the baseline.' },
  },
});

@Entity('measurement')
@ObjectType('Measurement', { implements: Node, description: 'A reading of progress on a goal, on the same scale at the start and at follow-up.' })
export class Measurement implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('Measurement', this.rowId);
  }

  @RefColumn('goal_id')
  goalId!: string;

  @Field(() => Scale, { description: 'ONE_TO_TEN (1-10) or VUM_0_4 (0-4).' })
  @VarcharColumn('scale', 20)
  scale!: Scale;

  @Field(() => Int, { description: 'The value, inside the scale.' })
  @IntColumn('value')
  value!: number;

  @Field(() => DateScalar, { description: 'The date of the reading.' })
  @DateColumn('measured_at')
  measuredAt!: string;

  @Field(() => MeasurementKind, { description: 'BASELINE or FOLLOW_UP.' })
  @VarcharColumn('kind', 20)
  kind!: MeasurementKind;

  @Field(() => String, { nullable: true, description: 'Comment on the reading.' })
  @TextColumn('comment', { nullable: true })
  comment!: string | null;

  @RefColumn('recorded_by_id')
  recordedById!: string;

  @RefColumn('status_note_id', { nullable: true })
  statusNoteId!: string | null;

  @CreatedAtColumn()
  createdAt!: string;
}
