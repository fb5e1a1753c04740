import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { runMutation } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Goal } from '../goals/goal.entity.js';
import { DecideSubGoalInput, ProposeSubGoalInput, UpdateSubGoalInput } from './dto/sub-goal.input.js';
import { SubGoal } from './sub-goal.entity.js';
import { decideSubGoal, proposeSubGoal, updateSubGoal } from './sub-goal.service.js';

@ObjectType({ description: 'Result of a sub-goal mutation.' })
export class SubGoalPayload {
  @Field(() => SubGoal, { nullable: true, description: 'The sub-goal, when the mutation succeeded.' })
  subGoal!: SubGoal | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@Resolver(() => SubGoal)
export class SubGoalResolver {
  @FieldResolver(() => Goal, { description: 'The goal the sub-goal operationalises.' })
  goal(@Root() subGoal: SubGoal, @Ctx() ctx: Context): Promise<Goal | null> {
    return ctx.loaders.byId(Goal).load(subGoal.goalId);
  }

  @Mutation(() => SubGoalPayload, { description: 'The provider proposes a sub-goal for a goal.' })
  async proposeSubGoal(@Arg('input', () => ProposeSubGoalInput, { description: 'What to change; see the input type.' }) input: ProposeSubGoalInput, @Ctx() ctx: Context): Promise<SubGoalPayload> {
    const outcome = await runMutation(ctx, (tx) => proposeSubGoal(tx, ctx.viewer, input));
    return { subGoal: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => SubGoalPayload, { description: "The authority's caseworker approves or rejects a proposed sub-goal." })
  async decideSubGoal(@Arg('input', () => DecideSubGoalInput, { description: 'What to change; see the input type.' }) input: DecideSubGoalInput, @Ctx() ctx: Context): Promise<SubGoalPayload> {
    const outcome = await runMutation(ctx, (tx) => decideSubGoal(tx, ctx.viewer, input));
    return { subGoal: outcome.value, userErrors: outcome.userErrors };
  }

  @Mutation(() => SubGoalPayload, { description: 'The provider revises a sub-goal; new wording needs approval again.' })
  async updateSubGoal(@Arg('input', () => UpdateSubGoalInput, { description: 'What to change; see the input type.' }) input: UpdateSubGoalInput, @Ctx() ctx: Context): Promise<SubGoalPayload> {
    const outcome = await runMutation(ctx, (tx) => updateSubGoal(tx, ctx.viewer, input));
    return { subGoal: outcome.value, userErrors: outcome.userErrors };
  }
}
