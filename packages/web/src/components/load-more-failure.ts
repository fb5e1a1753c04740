import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** Why the next page did not come, as the user is told: no connection, the server's error (its own words if any), or else. */
export type LoadMoreFailure = { kind: 'network' } | { kind: 'server'; detail: string | null } | { kind: 'other' };

/** Sorts a failed fetchMore: fetch rejects with a TypeError when there is no answer at all. */
export function loadMoreFailure(error: unknown): LoadMoreFailure {
  if (CombinedGraphQLErrors.is(error)) {
    const detail = error.errors.map((e) => e.message.trim()).filter(Boolean).join(' ');
    return { kind: 'server', detail: detail || null };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return { kind: 'server', detail: null };
  if (error instanceof TypeError) return { kind: 'network' };
  return { kind: 'other' };
}
