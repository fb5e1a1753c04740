import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { readSession } from '../session/token-store.js';

/**
 * One Apollo Client for the app: the bearer token and the UI language on every request; a 401 ends the session
 * (onUnauthenticated), so an expired token leads back to the login page instead of a broken screen.
 */
export function createApolloClient(onUnauthenticated: () => void): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const session = readSession();
    const language = window.localStorage.getItem('treklang.language') === 'en' ? 'en' : 'da';
    return {
      headers: {
        ...previous.headers,
        'accept-language': language,
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
    };
  });
  const errors = new ErrorLink(({ error }) => {
    const unauthenticated =
      (ServerError.is(error) && error.statusCode === 401) ||
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
    if (unauthenticated) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
