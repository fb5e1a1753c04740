import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { from, mergeMap, throwError } from 'rxjs';
import { readSession } from '../session/token-store.js';

/**
 * One Apollo Client for the app: the bearer token and the UI language on every request. A 401 renews the session
 * once (renew: OpenID Connect's refresh token) and sends the request again; refused again, or with nothing to renew
 * with, the session ends (onUnauthenticated), so an expired token leads back to the login page instead of a broken
 * screen.
 */
export function createApolloClient(onUnauthenticated: () => void, renew: () => Promise<unknown>): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const session = readSession();
    const language = window.localStorage.getItem('treklang.language') === 'en' ? 'en' : 'da';
    return {
      headers: {
        ...previous.headers,
        'accept-language': language,
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
      sentToken: session?.token,
    };
  });
  const errors = new ErrorLink(({ error, operation, forward }) => {
    const unauthenticated =
      (ServerError.is(error) && error.statusCode === 401) ||
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
    if (!unauthenticated) return;
    const context = operation.getContext();
    if (context.renewed) {
      onUnauthenticated();
      return;
    }
    // Renewed since this request left (by the timer, or for another refused request): only sent again.
    const current = readSession()?.token;
    const renewedMeanwhile = current !== undefined && current !== context.sentToken;
    return from(renewedMeanwhile ? Promise.resolve(true) : renew()).pipe(
      mergeMap((renewed) => {
        if (!renewed) {
          onUnauthenticated();
          return throwError(() => error);
        }
        // The auth link below reads the renewed token.
        operation.setContext({ renewed: true });
        return forward(operation);
      }),
    );
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
