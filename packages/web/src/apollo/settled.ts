import type { ErrorLike } from '@apollo/client';
import { toErrorLike } from '@apollo/client/errors';

/** What a form reads from a mutation: the payload, or the error that kept it from coming. */
export interface SettledMutation<TData> {
  data: TData | undefined;
  error?: ErrorLike;
}

/**
 * Waits for a mutation (useMutation's mutate or client.mutate) without ever rejecting. Apollo rejects the promise
 * when the request fails (no connection, a proxy's 502) and on a GraphQL error; here that comes back as
 * `{ data: undefined, error }`, so the form goes on as after a refusal: nothing saved, the typed values kept. The
 * hook's own `error` holds the same error, and the form's ErrorAlert says it in words (failure-message.ts).
 *
 *   const result = await settled(create({ variables }));
 */
export async function settled<TData>(pending: Promise<{ data: TData | undefined; error?: ErrorLike }>): Promise<SettledMutation<TData>> {
  try {
    return await pending;
  } catch (error) {
    return { data: undefined, error: toErrorLike(error) };
  }
}
