import { Field, ID, InterfaceType } from 'type-graphql';

/** Every entity has a global ID that `Query.node` resolves. */
@InterfaceType({ description: 'An object with a global ID that `Query.node(id)` can fetch.' })
export abstract class Node {
  @Field(() => ID, { description: 'Global, opaque ID of the object.' })
  id!: string;
}
