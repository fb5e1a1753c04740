import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { runMutation } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Goal } from '../goals/goal.entity.js';
import { RecordMeasurementInput } from './dto/measurement.input.js';
import { Measurement } from './measurement.entity.js';
import { recordMeasurement } from './measurement.service.js';

@ObjectType({ description: 'Result of recordMeasurement.' })
export class MeasurementPayload {
  @Field(() => Measurement, { nullable: true, description: 'The reading, when recorded.' })
  measurement!: Measurement | null;

  @Field(() => [UserError], { description: 'Problems (e.g. VALUE_OUT_OF_RANGE, BASELINE_EXISTS); nothing was changed when any.' })
  userErrors!: UserError[];
}

@Resolver(() => Measurement)
export class MeasurementResolver {
  @FieldResolver(() => Goal, { description: 'The goal measured.' })
  goal(@Root() measurement: Measurement, @Ctx() ctx: Context): Promise<Goal | null> {
    return ctx.loaders.byId(Goal).load(measurement.goalId);
  }

  @Mutation(() => MeasurementPayload, { description: 'Records a reading on a goal: one BASELINE per goal and scale, then FOLLOW_UP readings on the same scale.' })
  async recordMeasurement(@Arg('input', () => RecordMeasurementInput, { description: 'What to change; see the input type.' }) input: RecordMeasurementInput, @Ctx() ctx: Context): Promise<MeasurementPayload> {
    const outcome = await runMutation(ctx, (tx) => recordMeasurement(tx, ctx.viewer, input));
    return { measurement: outcome.value, userErrors: outcome.userErrors };
  }
}
