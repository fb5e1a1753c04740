import type { ApolloClient, ObservableQuery } from '@apollo/client';

/**
 * useMutation options that refetch `refetchQueries` after a mutation and wait for them, so that the page shows what
 * was saved when the form says it was, without a refetch that fails failing the mutation: Apollo would reject the
 * mutation's promise, the form would say the save failed, and the user would save it again (a second goal, a second
 * consent). The page keeps what it showed until its next refetch.
 */
export function refetchAfterSave<TData>(refetchQueries: ApolloClient.MutateOptions<TData>['refetchQueries']) {
  return {
    refetchQueries,
    awaitRefetchQueries: true,
    onQueryUpdated: (query: ObservableQuery) => query.refetch().retain().catch(() => undefined),
  };
}
