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

/** Input years: date arithmetic on an input (deadlines, notice periods, next meetings) must stay in four-digit years. */
const EARLIEST = '1800-01-01';
const LATEST = '2999-12-31';

function inRange(text: string, what: string): string {
  const day = text.slice(0, 10);
  if (day < EARLIEST || day > LATEST) throw badInput(`${what} must lie between ${EARLIEST} and ${LATEST}, got ${JSON.stringify(text)}`);
  return text;
}

/** A calendar date, 'YYYY-MM-DD'. Values are kept as strings so that no time zone can move the day. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form YYYY-MM-DD, e.g. 2026-11-23. Impossible dates, and input dates outside the years 1800-2999, are refused.',
  serialize: (value) => parseDate(value),
  parseValue: (value) => inRange(parseDate(value), 'Date'),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Date must be a string YYYY-MM-DD');
    return inRange(parseDate(ast.value), 'Date');
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
  description: 'An instant in ISO 8601 with a zone, e.g. 2026-11-23T09:30:00Z. Served in UTC. Input instants outside the years 1800-2999 are refused.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseInstant(value)),
  parseValue: (value) => inRange(parseInstant(value), 'DateTime'),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('DateTime must be a string');
    return inRange(parseInstant(ast.value), 'DateTime');
  },
});

export const JSONScalar = new GraphQLScalarType({
  ...GraphQLJSON.toConfig(),
  description: 'Arbitrary JSON, used for form answers and document snapshots only.',
});
