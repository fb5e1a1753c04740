import { getNamedType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, isAbstractType, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { treklangSchema } from '../graphql/build-schema.js';
import { simplifyPlainFields } from '../ops/graphql-execution.js';
import { isGuardedResolver } from './field-guard.js';
import { ANCHORS } from './policy-anchors.js';
import { CONTAINED_TYPES, MUTATION_POLICIES, PUBLIC_TYPES, QUERY_POLICIES, TYPE_POLICIES } from './policy-table.js';
import { ROLES } from './policy-types.js';

/*
 * Walks the whole served schema: every Query and Mutation field and every field of a type with personal data must
 * have a row in the policy table, every other object type must be declared free of personal data (or a part of a
 * personal type), and every field the table guards must keep its guard on the tuned execution path.
 */

const STRUCTURAL = /(Connection|Edge|Payload)$/;

function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
}

describe('the policy table covers the schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await treklangSchema();
    // The server simplifies plain fields for speed (ops/graphql-execution.ts); the guards must survive it.
    simplifyPlainFields(schema);
  });

  it('has a policy for every Query field and every Mutation field, and none for fields that do not exist', () => {
    const queries = Object.keys(schema.getQueryType()!.getFields());
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(queries.filter((name) => !(name in QUERY_POLICIES)), 'Query fields without a row in auth/policy-table.ts').toEqual([]);
    expect(mutations.filter((name) => !(name in MUTATION_POLICIES)), 'Mutation fields without a row in auth/policy-table.ts').toEqual([]);
    expect(Object.keys(QUERY_POLICIES).filter((name) => !queries.includes(name)), 'stale Query rows').toEqual([]);
    expect(Object.keys(MUTATION_POLICIES).filter((name) => !mutations.includes(name)), 'stale Mutation rows').toEqual([]);
    for (const [name, policy] of [...Object.entries(QUERY_POLICIES), ...Object.entries(MUTATION_POLICIES)]) {
      expect(Object.keys(policy.roles).sort(), name).toEqual([...ROLES].sort());
    }
  });

  it('classifies every object type: personal data (with a policy), part of one, free of personal data, or a connection/edge/payload', () => {
    const unclassified = objectTypes(schema)
      .map((t) => t.name)
      .filter((name) => !(name in TYPE_POLICIES) && !CONTAINED_TYPES.includes(name) && !PUBLIC_TYPES.includes(name) && !STRUCTURAL.test(name))
      .filter((name) => name !== 'Query' && name !== 'Mutation');
    expect(unclassified, 'object types to add to auth/policy-table.ts').toEqual([]);
  });

  it('has a kind for every field of every personal-data type, an anchor for every type, and no stale fields', () => {
    const missing: string[] = [];
    const stale: string[] = [];
    for (const [typeName, policy] of Object.entries(TYPE_POLICIES)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) {
        stale.push(typeName);
        continue;
      }
      expect(ANCHORS[typeName], `anchor of ${typeName} in auth/policy-anchors.ts`).toBeTypeOf('function');
      expect(Object.keys(policy.roles).sort(), typeName).toEqual([...ROLES].sort());
      if (policy.anchor === 'ROOT_ONLY') continue;
      const fields = Object.keys(type.getFields());
      missing.push(...fields.filter((field) => !(field in policy.fields)).map((field) => `${typeName}.${field}`));
      stale.push(...Object.keys(policy.fields).filter((field) => !fields.includes(field)).map((field) => `${typeName}.${field}`));
    }
    expect(missing, 'fields of personal-data types without a kind in auth/policy-table.ts').toEqual([]);
    expect(stale, 'rows for types or fields that are not in the schema').toEqual([]);
  });

  it('reaches the parts of personal-data types (Participant, ThemeChange, ...) only through personal-data types', () => {
    const leaks: string[] = [];
    for (const type of objectTypes(schema)) {
      if (type.name in TYPE_POLICIES || CONTAINED_TYPES.includes(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        if (CONTAINED_TYPES.includes(getNamedType(field.type).name)) leaks.push(`${type.name}.${field.name}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('guards every Query and Mutation field, every field returning a personal-data object, and every field carrying more than its object, after the speed shortcut', () => {
    const unguarded: string[] = [];
    const needsGuard = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean => {
      if (type === schema.getQueryType() || type === schema.getMutationType()) return true;
      const target = getNamedType(field.type);
      if (target.name in TYPE_POLICIES) return true;
      if (isAbstractType(target) && schema.getPossibleTypes(target).some((t) => t.name in TYPE_POLICIES)) return true;
      const policy = TYPE_POLICIES[type.name];
      const kind = policy?.anchor === 'ROOT_ONLY' ? undefined : policy?.fields[field.name];
      return kind !== undefined && kind !== 'CASE' && kind !== policy!.object;
    };
    let guarded = 0;
    for (const type of objectTypes(schema)) {
      for (const field of Object.values(type.getFields())) {
        if (!needsGuard(type, field)) continue;
        guarded += 1;
        if (!isGuardedResolver(field.resolve)) unguarded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unguarded).toEqual([]);
    expect(guarded).toBeGreaterThan(100);
  });
});
