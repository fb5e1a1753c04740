import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type DocumentNode, GraphQLError, type GraphQLSchema, parse, type ParseOptions, specifiedRules, validate, type ValidationContext, type ValidationRule } from 'graphql';

/*
 * How big a GraphQL request may be. graphql-armor's validation rules measure depth, cost, aliases and directives
 * (its defaults: depth 6, cost 5000, aliases 15, directives 50); graphql-js's parser stops at `maxTokens`.
 * Every operation of the web app must pass (limits-web-operations.test.ts checks each one).
 *
 * - depth counts fields from the root to the deepest leaf, so a Relay connection (`edges { node { ... } }`) spends
 *   two levels: 8 lets a page reach a contract's goals' sub-goals' fields (`contracts.edges.node.goals.subGoals.id`
 *   is 6) with room for one more object.
 * - cost is armor's: 1 a leaf, 2 an object, each level weighted 1.5 deeper, times `first` (armor multiplies a literal
 *   only; a page size given as a variable is written in before measuring again, graphql/limits-page-variables.ts).
 *   At armor's 5000 a page of 100 carries about a dozen leaf fields: the API's own reads cost more. The largest
 *   legitimate ones: every related field of a page of 50 contracts 24705 (query-count.test.ts), the web app's late
 *   status notes at a page of 100 20749, demo data's 100 active contracts with versions, goals and sub-goals 10231.
 *   30000 is above them; depth, aliases, tokens and `first` <= 100 bound the rest.
 */
export interface QueryLimits {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  tokens: number;
  /** Characters in the query text (comments and whitespace are not tokens, so they are bounded here). */
  queryLength: number;
}

export const QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  depth: 8,
  cost: 30_000,
  aliases: 15,
  directives: 50,
  tokens: 1000,
  queryLength: 20_000,
});

type MeasuredLimit = 'depth' | 'cost' | 'aliases' | 'directives';

const WHAT: Record<MeasuredLimit, string> = {
  depth: 'Query depth',
  cost: 'Query cost',
  aliases: 'Number of aliases',
  directives: 'Number of directives',
};

const FOUND = /found (\d+(?:\.\d+)?)/;

/** A measurement of one operation of the document (the rules run once per operation). */
export interface Measurement {
  limit: MeasuredLimit;
  value: number;
}

type Callback = (context: ValidationContext | null, detail: GraphQLError | { n: number }) => void;

interface ArmorCallbacks {
  exposeLimits: true;
  propagateOnRejection: false;
  onAccept: Callback[];
  onReject: Callback[];
}

/** armor reports through callbacks; a rejection becomes a validation error with the numbers in its extensions. */
function reporter(limit: MeasuredLimit, max: number, onMeasure?: (measurement: Measurement) => void): ArmorCallbacks {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onAccept: [(_context, detail) => onMeasure?.({ limit, value: 'n' in detail ? detail.n : Number.NaN })],
    onReject: [
      (context, detail) => {
        // armor's own error (message "... found N."), possibly from another copy of graphql-js.
        const found = 'message' in detail ? Number(FOUND.exec(detail.message)?.[1] ?? Number.NaN) : Number.NaN;
        const value = Math.round(found * 100) / 100;
        onMeasure?.({ limit, value });
        context?.reportError(
          new GraphQLError(`${WHAT[limit]} ${Number.isNaN(value) ? '' : `${value} `}exceeds the limit of ${max}: ask for less in one request (fewer fields, levels or items) or split it.`, {
            extensions: { limit, max, found: Number.isNaN(value) ? null : value },
          }),
        );
      },
    ],
  };
}

/** graphql-armor's cost rule alone (also run with a request's page sizes written in: limits-page-variables.ts). */
export function costRule(limits: QueryLimits = QUERY_LIMITS, onMeasure?: (measurement: Measurement) => void): ValidationRule {
  return costLimitRule({ maxCost: limits.cost, ignoreIntrospection: true, ...reporter('cost', limits.cost, onMeasure) }) as unknown as ValidationRule;
}

/** graphql-armor's rules with these limits; `onMeasure` sees every operation's numbers (for tests and reports). */
export function limitRules(limits: QueryLimits = QUERY_LIMITS, onMeasure?: (measurement: Measurement) => void): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.depth, ignoreIntrospection: true, ...reporter('depth', limits.depth, onMeasure) }) as unknown as ValidationRule,
    costRule(limits, onMeasure),
    maxAliasesRule({ n: limits.aliases, ...reporter('aliases', limits.aliases, onMeasure) }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.directives, ...reporter('directives', limits.directives, onMeasure) }) as unknown as ValidationRule,
  ];
}

/** Parser options: graphql-js stops with a syntax error past this many tokens. */
export function limitParseOptions(limits: QueryLimits = QUERY_LIMITS): ParseOptions {
  return { maxTokens: limits.tokens };
}

/** How many tokens a query text has (the count graphql-js's `maxTokens` compares), or more than `cap` if it has more. */
export function countTokens(source: string, cap = 100_000): number {
  let low = 0;
  let high = cap + 1;
  // parse() only says whether the count is within maxTokens, so search for the smallest maxTokens that parses.
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    try {
      parse(source, { maxTokens: mid });
      high = mid;
    } catch {
      low = mid + 1;
    }
  }
  return low;
}

export interface OperationReport {
  tokens: number;
  length: number;
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  /** Every problem: schema validation and limits; empty when the server would accept the document. */
  errors: string[];
}

/** What the server's parser and validation make of one document: its measurements and its errors. */
export function checkDocument(schema: GraphQLSchema, source: string, limits: QueryLimits = QUERY_LIMITS): OperationReport {
  const report: OperationReport = { tokens: countTokens(source), length: source.length, depth: 0, cost: 0, aliases: 0, directives: 0, errors: [] };
  if (source.length > limits.queryLength) report.errors.push(`query is ${source.length} characters long, more than ${limits.queryLength}`);
  let document: DocumentNode;
  try {
    document = parse(source, limitParseOptions(limits));
  } catch (error) {
    report.errors.push((error as Error).message);
    return report;
  }
  const rules = limitRules(limits, (measurement) => {
    report[measurement.limit] = Math.max(report[measurement.limit], measurement.value);
  });
  report.errors.push(...validate(schema, document, [...specifiedRules, ...rules]).map((error) => error.message));
  return report;
}
