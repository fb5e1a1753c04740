import { graphQLErrorBody, type GraphQLErrorBody } from './error-body.js';
import { QUERY_LIMITS, type QueryLimits } from './limits.js';

/*
 * The shape of a GraphQL HTTP request, checked before Apollo Server sees it: one operation per request (a JSON
 * object, never a batch array), a query text of bounded length, and no NUL character in any text. Refusals are 400
 * with a GraphQL-shaped body.
 */

const NUL = String.fromCharCode(0);

/** U+0000 in text: raw, or as the escape `\u0000` (GraphQL string literals, JSON text). */
function hasNulOrEscape(text: string): boolean {
  return text.includes(NUL) || /\\u0000/i.test(text);
}

/**
 * True when a string or key anywhere in the value holds U+0000, which PostgreSQL cannot store or compare (SQLite
 * can): refused on both engines alike. Iterative, because variables may be nested deeper than the call stack.
 */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (next.includes(NUL)) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
    } else if (next && typeof next === 'object') {
      for (const [key, item] of Object.entries(next)) {
        if (key.includes(NUL)) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

/** A search parameter given exactly once (twice is Apollo Server's to refuse). */
function onceIn(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  return values.length === 1 ? values[0] : undefined;
}

/**
 * The refusal (status 400) for a request of the wrong shape, or null. GET carries the query and variables in the
 * query string (`search`, with its "?"); every other method in the parsed JSON body.
 */
export function requestShapeProblem(method: string | undefined, body: unknown, search: string, limits: QueryLimits = QUERY_LIMITS): GraphQLErrorBody | null {
  if (Array.isArray(body)) {
    return graphQLErrorBody('Batched requests are not supported: send one operation per request (a JSON object, not an array).', 'BATCH_NOT_SUPPORTED', { batchSize: body.length, max: 1 });
  }
  const params = method === 'GET' ? new URLSearchParams(search) : null;
  const fields = body && typeof body === 'object' ? (body as { query?: unknown; variables?: unknown }) : undefined;
  const query: unknown = params ? onceIn(params, 'query') : fields?.query;
  if (typeof query === 'string' && query.length > limits.queryLength) {
    return graphQLErrorBody(`The query is ${query.length} characters long; at most ${limits.queryLength} are accepted.`, 'QUERY_TOO_LONG', { limit: 'queryLength', max: limits.queryLength, found: query.length });
  }
  const variables: unknown = params ? onceIn(params, 'variables') : fields?.variables;
  // GET carries the variables as JSON text, where U+0000 is an escape.
  const nulInVariables = typeof variables === 'string' ? hasNulOrEscape(variables) : containsNul(variables);
  if ((typeof query === 'string' && hasNulOrEscape(query)) || nulInVariables) {
    return graphQLErrorBody('Text may not contain the NUL character (U+0000).', 'BAD_USER_INPUT');
  }
  return null;
}
