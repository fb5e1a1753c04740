import { Field, ID, InputType, Int } from 'type-graphql';
import { Scale } from '../../../common/enums.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { MeasurementKind } from '../measurement.entity.js';

@InputType({ description: 'A reading of progress on a goal.' })
export class RecordMeasurementInput {
  @Field(() => ID, { description: 'The goal.' })
  goalId!: string;

  @Field(() => Scale, { description: 'ONE_TO_TEN or VUM_0_4.' })
  scale!: Scale;

  @Field(() => Int, { description: 'The value: 1-10 on ONE_TO_TEN, 0-4 on VUM_0_4.' })
  value!: number;

  @Field(() => DateScalar, { description: 'The date of the reading; not in the future.' })
  measuredAt!: string;

  @Field(() => MeasurementKind, { description: 'BASELINE (one per goal and scale) or FOLLOW_UP.' })
  kind!: MeasurementKind;

  @Field(() => String, { nullable: true, description: 'Comment on the reading.' })
  comment?: string | null;
}
