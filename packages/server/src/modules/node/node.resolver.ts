import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { nodeTypeOf } from './node.registry.js';

const MAX_NODES = 100;

/** Resolves one global ID to its object, or null when it is malformed, unknown or not visible to the viewer. */
export async function resolveNode(ctx: Context, globalId: string): Promise<Node | null> {
  const decoded = fromGlobalId(globalId);
  if (!decoded) return null;
  const type = nodeTypeOf(decoded.type);
  if (!type) return null;
  const row = await ctx.loaders.byId(type.entity).load(decoded.id);
  if (!row || !(await type.visible(ctx, row))) return null;
  return row;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID; null when the ID is malformed, the object does not exist, or the viewer may not see it.',
  })
  node(@Arg('id', () => ID, { description: 'A global ID from any `id` field of this API.' }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    return resolveNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Several objects by global ID, in the order asked (at most ${MAX_NODES}); null in place of each one \`node\` would not return.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: `Global IDs, at most ${MAX_NODES}.` }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODES) {
      throw new GraphQLError(`\`ids\` may hold at most ${MAX_NODES} IDs`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return Promise.all(ids.map((id) => resolveNode(ctx, id)));
  }
}
