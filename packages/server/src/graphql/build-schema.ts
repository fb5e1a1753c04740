import { GraphQLObjectType, GraphQLSchema, type GraphQLNamedType } from 'graphql';
import { buildSchema } from 'type-graphql';
import { applyPolicy } from '../auth/field-guard.js';
import { resolveConnectionCounts } from './connection.js';
import { directFieldResolvers } from './direct-field-resolvers.js';
import { resolvers } from './resolvers.js';

let cached: GraphQLSchema | null = null;

const ROOT_DESCRIPTIONS = {
  query: 'Reads. Every read is scoped to the viewer\'s organisation; managers see aggregates only.',
  mutation: 'Writes. Each takes one `input` and returns a payload with the changed object and `userErrors`; a mutation with userErrors changed nothing.',
};

/** type-graphql cannot describe the root types, so they are rebuilt with a description. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const replaced = new Map<GraphQLNamedType, GraphQLObjectType>();
  const describe = (type: GraphQLObjectType | null | undefined, description: string) => {
    if (!type) return type;
    const described = new GraphQLObjectType({ ...type.toConfig(), description });
    replaced.set(type, described);
    return described;
  };
  const query = describe(config.query, ROOT_DESCRIPTIONS.query);
  const mutation = describe(config.mutation, ROOT_DESCRIPTIONS.mutation);
  return new GraphQLSchema({ ...config, query, mutation, types: config.types.map((type) => replaced.get(type) ?? type) });
}

/**
 * Builds the GraphQL schema once per process from the decorated classes, field resolvers called directly where
 * type-graphql's wrapper adds nothing (graphql/direct-field-resolvers.ts), and every resolver wrapped by the
 * authorisation policy (auth/field-guard.ts, auth/policy-table.ts).
 */
export async function treklangSchema(): Promise<GraphQLSchema> {
  if (!cached) {
    const schema = describeRootTypes(await buildSchema({ resolvers, validate: false, emitSchemaFile: false }));
    resolveConnectionCounts(schema);
    directFieldResolvers(schema);
    applyPolicy(schema);
    cached = schema;
  }
  return cached;
}
