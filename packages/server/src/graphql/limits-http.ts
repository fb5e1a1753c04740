import type { RequestHandler } from 'express';
import { QUERY_LIMITS, type QueryLimits } from './limits.js';

/*
 * The shape of a GraphQL HTTP request, checked before Apollo Server sees it: one operation per request (a JSON
 * object, never a batch array), a query text of bounded length, and no NUL character in any text. Refusals are 400
 * with a GraphQL-shaped body.
 */

function refuse(code: string, message: string, extensions: Record<string, unknown> = {}): { errors: { message: string; extensions: Record<string, unknown> }[] } {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

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

export function requestShapeLimits(limits: QueryLimits = QUERY_LIMITS): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (Array.isArray(body)) {
      res.status(400).json(refuse('BATCH_NOT_SUPPORTED', 'Batched requests are not supported: send one operation per request (a JSON object, not an array).', { batchSize: body.length, max: 1 }));
      return;
    }
    const query: unknown = req.method === 'GET' ? req.query.query : body && typeof body === 'object' ? (body as { query?: unknown }).query : undefined;
    if (typeof query === 'string' && query.length > limits.queryLength) {
      res.status(400).json(refuse('QUERY_TOO_LONG', `The query is ${query.length} characters long; at most ${limits.queryLength} are accepted.`, { limit: 'queryLength', max: limits.queryLength, found: query.length }));
      return;
    }
    const variables: unknown = req.method === 'GET' ? req.query.variables : body && typeof body === 'object' ? (body as { variables?: unknown }).variables : undefined;
    // GET carries the variables as JSON text, where U+0000 is an escape.
    const nulInVariables = typeof variables === 'string' ? hasNulOrEscape(variables) : containsNul(variables);
    if ((typeof query === 'string' && hasNulOrEscape(query)) || nulInVariables) {
      res.status(400).json(refuse('BAD_USER_INPUT', 'Text may not contain the NUL character (U+0000).'));
      return;
    }
    next();
  };
}
