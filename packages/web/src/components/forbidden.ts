import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** True when the API refused the request because of the viewer's role (a GraphQL error with code FORBIDDEN). */
export function isForbidden(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');
}
