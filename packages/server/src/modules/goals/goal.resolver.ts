import { assessSmart } from '@treklang/schema';
import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Scale } from '../../common/enums.js';
import { runMutation } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Contract } from '../contracts/contract.entity.js';
import { LifeTheme, lifeThemeByKey } from '../life-themes/life-theme.type.js';
import { Measurement, MeasurementKind } from '../measurements/measurement.entity.js';
import { SubGoal } from '../sub-goals/sub-goal.entity.js';
import { AddGoalInput, UpdateGoalInput } from './dto/goal.input.js';
import { Goal, SmartAssessment } from './goal.entity.js';
import { SmartPart } from './goal.enums.js';
import { addGoal, updateGoal } from './goal.service.js';

@ObjectType({ description: 'Result of addGoal and updateGoal.' })
export class GoalPayload {
  @Field(() => Goal, { nullable: true, description: 'The goal, when the mutation succeeded.' })
  goal!: Goal | null;

  @Field(() => [UserError], { description: 'Problems (e.g. GOAL_LIMIT, VERSION_CONFLICT); nothing was changed when any.' })
  userErrors!: UserError[];
}

/** The first BASELINE and the latest FOLLOW_UP on one scale: the pair progression compares. */
export function progressionPair(measurements: Measurement[], scale: Scale): { baseline: Measurement | null; latest: Measurement | null } {
  const onScale = measurements.filter((m) => m.scale === scale);
  const baseline = onScale.find((m) => m.kind === MeasurementKind.BASELINE) ?? null;
  let latest: Measurement | null = null;
  for (const m of onScale) {
    if (m.kind !== MeasurementKind.FOLLOW_UP) continue;
    if (!latest || m.measuredAt > latest.measuredAt || (m.measuredAt === latest.measuredAt && m.createdAt > latest.createdAt)) latest = m;
  }
  return { baseline, latest };
}

const scaleArg = { nullable: true, defaultValue: Scale.ONE_TO_TEN, description: 'The scale (default ONE_TO_TEN).' } as const;

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => Contract, { description: 'The contract the goal belongs to.' })
  contract(@Root() goal: Goal, @Ctx() ctx: Context): Promise<Contract | null> {
    return ctx.loaders.byId(Contract).load(goal.contractId);
  }

  @FieldResolver(() => LifeTheme, { nullable: true, description: 'The life theme the goal lies in.' })
  lifeTheme(@Root() goal: Goal): LifeTheme | null {
    return lifeThemeByKey(goal.lifeThemeKey);
  }

  @FieldResolver(() => SmartAssessment, { description: 'Which SMART parts the goal has and which are still missing.' })
  smart(@Root() goal: Goal): SmartAssessment {
    const result = assessSmart({ ...goal, lifeThemeKey: goal.lifeThemeKey });
    return { complete: result.complete, missing: result.missing.map((part) => SmartPart[part]) };
  }

  @FieldResolver(() => [SubGoal], { description: 'Sub-goals proposed by the provider, oldest first.' })
  subGoals(@Root() goal: Goal, @Ctx() ctx: Context): Promise<SubGoal[]> {
    return ctx.loaders.manyBy(SubGoal, 'goalId').load(goal.rowId);
  }

  @FieldResolver(() => [Measurement], { description: 'All readings, by date.' })
  measurements(@Root() goal: Goal, @Ctx() ctx: Context): Promise<Measurement[]> {
    return ctx.loaders.manyBy(Measurement, 'goalId', 'measuredAt').load(goal.rowId);
  }

  @FieldResolver(() => Measurement, { nullable: true, description: 'The BASELINE reading on the scale.' })
  async baseline(@Root() goal: Goal, @Arg('scale', () => Scale, scaleArg) scale: Scale, @Ctx() ctx: Context): Promise<Measurement | null> {
    return progressionPair(await this.measurements(goal, ctx), scale).baseline;
  }

  @FieldResolver(() => Measurement, { nullable: true, description: 'The latest FOLLOW_UP reading on the scale.' })
  async latest(@Root() goal: Goal, @Arg('scale', () => Scale, scaleArg) scale: Scale, @Ctx() ctx: Context): Promise<Measurement | null> {
    return progressionPair(await this.measurements(goal, ctx), scale).latest;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Latest FOLLOW_UP minus BASELINE on the scale; null until both exist. Read with goalType: a MAINTAIN goal succeeds at 0.' })
  async change(@Root() goal: Goal, @Arg('scale', () => Scale, scaleArg) scale: Scale, @Ctx() ctx: Context): Promise<number | null> {
    const { baseline, latest } = progressionPair(await this.measurements(goal, ctx), scale);
    return baseline && latest ? latest.value - baseline.value : null;
  }

  @Mutation(() => GoalPayload, { description: 'Adds a goal to a contract; a fourth is refused with GOAL_LIMIT.' })
  async addGoal(@Arg('input', () => AddGoalInput, { description: 'What to change; see the input type.' }) input: AddGoalInput, @Ctx() ctx: Context): Promise<GoalPayload> {
    const outcome = await runMutation(ctx, (tx) => addGoal(tx, ctx.viewer, input));
    return { goal: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => GoalPayload, { description: 'Changes a goal (optimistic concurrency by `expectedVersion`).' })
  async updateGoal(@Arg('input', () => UpdateGoalInput, { description: 'What to change; see the input type.' }) input: UpdateGoalInput, @Ctx() ctx: Context): Promise<GoalPayload> {
    const outcome = await runMutation(ctx, (tx) => updateGoal(tx, ctx.viewer, input));
    return { goal: outcome.value, userErrors: outcome.userErrors };
  }
}
