import { type GraphQLField, GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { buildSchema } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { Contract } from '../modules/contracts/contract.entity.js';
import type { Context } from './context.js';
import { directFieldResolvers, isDirectFieldResolver } from './direct-field-resolvers.js';
import { resolvers } from './resolvers.js';

/** The schema as type-graphql builds it, before any of our own passes. */
const typeGraphqlSchema = () => buildSchema({ resolvers, validate: false, emitSchemaFile: false });

const fieldOf = (schema: Awaited<ReturnType<typeof typeGraphqlSchema>>, coordinate: string) => {
  const [typeName, fieldName] = coordinate.split('.');
  return (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName] as GraphQLField<unknown, unknown>;
};

describe('direct field resolvers', () => {
  it('call @FieldResolver methods that take only @Root, @Ctx and @Info directly, and leave the others to type-graphql', async () => {
    const schema = await typeGraphqlSchema();
    const count = directFieldResolvers(schema);
    expect(count).toBeGreaterThan(20);
    expect(isDirectFieldResolver(fieldOf(schema, 'Contract.goals').resolve)).toBe(true);
    expect(isDirectFieldResolver(fieldOf(schema, 'Contract.lifeThemes').resolve)).toBe(true);
    // Takes arguments: type-graphql converts and validates them, so its wrapper stays.
    expect(isDirectFieldResolver(fieldOf(schema, 'Query.contracts').resolve)).toBe(false);
    expect(directFieldResolvers(schema)).toBe(0);
  });

  it('answer as type-graphql does, and hand a root that is not an instance of the declared class to type-graphql', async () => {
    const original = await typeGraphqlSchema();
    const direct = await typeGraphqlSchema();
    directFieldResolvers(direct);
    const contract = Object.assign(new Contract(), { rowId: 'c1', lifeThemeKeys: ['SELF_CARE', 'MOBILITY', 'NO_SUCH_THEME'], startDate: '2026-09-01' });
    const ctx = {} as Context;
    const info = {} as GraphQLResolveInfo;
    for (const coordinate of ['Contract.lifeThemes', 'Contract.subGoalsDueBy']) {
      const expected = await fieldOf(original, coordinate).resolve!(contract, {}, ctx, info);
      expect(await fieldOf(direct, coordinate).resolve!(contract, {}, ctx, info), coordinate).toEqual(expected);
      // A plain object: type-graphql makes a Contract of it first; the direct resolver defers to that path.
      const plain = { ...contract };
      expect(await fieldOf(direct, coordinate).resolve!(plain, {}, ctx, info), `${coordinate} (plain root)`).toEqual(await fieldOf(original, coordinate).resolve!(plain, {}, ctx, info));
    }
  });
});
