import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/*
 * Values for GraphQL arguments, derived from the schema: mostly well-typed (so that requests reach the resolvers
 * and their business rules), with known and foreign IDs, boundary numbers, hostile strings and deep JSON; and
 * sometimes ill-typed (null for a required value, a string for a number, an unknown input field).
 */

export interface IdPool {
  /** Global IDs of objects the fuzzing viewer may see. */
  own: string[];
  /** Global IDs of another tenant's objects. */
  foreign: string[];
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  "' OR 1=1 --",
  '"; DROP TABLE citizen; --',
  '%',
  '_',
  '\\',
  '\u0000',
  '\uD800',
  '😀'.repeat(50),
  '<script>alert(1)</script>',
  '010190-1234',
  '0101901234',
  '320190-1234',
  '$' + '{jndi:ldap://x}',
  '../../etc/passwd',
  'NaN',
  '-0',
  'null',
  'undefined',
  '{}',
  '[]',
];

export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 150, max: 30_000 }).map((n) => 'x'.repeat(n)) },
);

const BOUNDARY_INTS = [0, 1, -1, 2, 3, 5, 20, 99, 100, 101, 1000, 2_147_483_647, -2_147_483_648];

export const anyInt = fc.oneof(fc.constantFrom(...BOUNDARY_INTS), fc.integer({ min: -1000, max: 1000 }), fc.integer());

const dateString = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31', '2026-1-1', 'i morgen', '2026-06-30T10:00:00Z'),
);

const dateTimeString = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom('2026-06-30', '2026-06-30T25:00:00Z', 'not a time', '1970-01-01T00:00:00.000Z'),
);

/** JSON nested `depth` levels deep, in arrays or objects. */
export function deepJson(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bund';
  for (let i = 0; i < depth; i += 1) value = kind === 'array' ? [value] : { a: value };
  return value;
}

export const jsonish = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 50, max: 3_000 }), fc.constantFrom('array' as const, 'object' as const)).map(([depth, kind]) => deepJson(depth, kind)) },
);

function idValue(pool: IdPool): fc.Arbitrary<unknown> {
  const fromPool = (ids: string[]) => (ids.length ? fc.constantFrom(...ids) : fc.constant('x'));
  return fc.oneof(
    { weight: 5, arbitrary: fromPool(pool.own) },
    { weight: 2, arbitrary: fromPool(pool.foreign) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((text) => Buffer.from(text).toString('base64url')) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Citizen', 'Contract', 'Goal', 'FormResponse', 'Organization', 'User', 'Nope'), fc.uuid()).map(([type, id]) => Buffer.from(`${type}:${id}`).toString('base64url')) },
    { weight: 1, arbitrary: hostileString },
  );
}

function scalarValue(name: string, pool: IdPool): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return idValue(pool);
    case 'String':
      return hostileString;
    case 'Int':
      return anyInt;
    case 'Float':
      return fc.oneof(fc.double(), anyInt);
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return dateString;
    case 'DateTime':
      return dateTimeString;
    case 'JSON':
    case 'JSONObject':
      return jsonish;
    default:
      return fc.oneof(hostileString, anyInt, dateString);
  }
}

/** A value of the wrong kind for any input type. */
const illTyped = fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant({ unknownField: 1 }));

export function inputValue(type: GraphQLInputType, pool: IdPool, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(null);
  if (isNonNullType(type)) return fc.oneof({ weight: 30, arbitrary: inputValue(type.ofType, pool, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const wellTyped = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) return fc.array(inputValue(type.ofType, pool, depth + 1), { maxLength: depth === 0 ? 6 : 3 });
    if (isEnumType(type)) return fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
    if (isScalarType(type)) return scalarValue(type.name, pool);
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const field of fields) {
        record[field.name] = inputValue(field.type, pool, depth + 1);
        if (isNonNullType(field.type)) required.push(field.name);
      }
      return fc.record(record, { requiredKeys: required });
    }
    return fc.constant(null);
  })();
  return fc.oneof({ weight: 25, arbitrary: wellTyped }, { weight: 1, arbitrary: illTyped });
}

/** A selection that asks for little but is valid on the field's type: `__typename`, and `userErrors { code }` on payloads. */
export function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  const fields = 'getFields' in named ? (named as GraphQLObjectType).getFields() : {};
  const parts = ['__typename'];
  if (fields.userErrors) parts.push('userErrors { code field }');
  if (fields.totalCount) parts.push('totalCount');
  return `{ ${parts.join(' ')} }`;
}

export interface FieldOperation {
  field: string;
  query: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/** For every root field of a kind: an operation with one variable per argument, and values for those variables. */
export function rootFieldOperations(schema: GraphQLSchema, kind: 'query' | 'mutation', pool: IdPool, skip: ReadonlySet<string> = new Set()): FieldOperation[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {})
    .filter((field) => !skip.has(field.name))
    .map((field) => {
      const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const query = `${kind} Fuzz${field.name[0].toUpperCase()}${field.name.slice(1)}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionFor(field)} }`;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const arg of field.args) record[arg.name] = inputValue(arg.type, pool);
      return { field: field.name, query, variables: fc.record(record, { requiredKeys: field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name) }) };
    });
}
