import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './resolvers.js';
import { DateScalar, DateTimeScalar } from './scalars.js';

let cached: GraphQLSchema | null = null;

/** Builds the GraphQL schema once per process from the decorated classes. */
export async function treklangSchema(): Promise<GraphQLSchema> {
  cached ??= await buildSchema({
    resolvers,
    validate: false,
    scalarsMap: [],
    emitSchemaFile: false,
    orphanedTypes: [],
  });
  void DateScalar;
  void DateTimeScalar;
  return cached;
}
