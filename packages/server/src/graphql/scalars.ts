import { isIsoDate } from '@treklang/schema';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badInput(`Date must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A calendar date, 'YYYY-MM-DD'. Values are kept as strings so that no time zone can move the day. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form YYYY-MM-DD, e.g. 2026-11-23. Impossible dates are refused.',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Date must be a string YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || !isIsoDate(value.slice(0, 10))) {
    throw badInput(`DateTime must be ISO 8601 with a zone, e.g. 2026-11-23T09:30:00Z, got ${JSON.stringify(value)}`);
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw badInput(`DateTime is not a real instant: ${value}`);
  return instant.toISOString();
}

/** An instant, ISO 8601 with zone. Served in UTC ('Z'); any zone is accepted as input and normalised. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with a zone, e.g. 2026-11-23T09:30:00Z. Served in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseInstant(value)),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime must be a string');
    return parseInstant(ast.value);
  },
});

export const JSONScalar = new GraphQLScalarType({
  ...GraphQLJSON.toConfig(),
  description: 'Arbitrary JSON, used for form answers and document snapshots only.',
});
