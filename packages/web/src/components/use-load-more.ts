import type { DefaultContext, ObservableQuery, OperationVariables } from '@apollo/client';
import { useRef, useState } from 'react';
import type { Connection, ConnectionAt } from './connection.js';
import { listKey, type MergePage, nextPageUpdate } from './next-page.js';

/** What LoadMore needs to ask for the next page: spread it on <LoadMore>. */
export interface LoadMoreControl {
  loading: boolean;
  /** Why the last page asked for did not come (LoadMore says it in words), or null. */
  failure: { error: unknown } | null;
  onMore: () => void;
}

/** The parts of useQuery's result the hook reads. */
export interface PagedQuery<TData, TVariables extends OperationVariables> {
  data: TData | undefined;
  variables: TVariables | undefined;
  observable: ObservableQuery<TData, TVariables>;
}

export interface LoadMoreOptions<C> {
  /** The request context of the query (a purpose header), sent with every page too. */
  context?: DefaultContext;
  merge?: MergePage<C>;
}

interface Attempt {
  /** listKey of the list the attempt belongs to. */
  key: string;
  loading: boolean;
  failure: { error: unknown } | null;
}

/**
 * "Vis flere" for a paged list: fetches the page after the last one shown and appends it to the connection `at`
 * points to. One page at a time (a second click while one is on its way does nothing); a failure becomes
 * `failure` (LoadMore says it in words) and the rows shown stay, so the user can try again. Changing the list's
 * variables (a search, a filter) starts afresh: a page still on its way for the old list is not appended.
 */
export function useLoadMore<TData, TVariables extends OperationVariables, C extends Connection | null | undefined>(
  list: PagedQuery<TData, TVariables>,
  at: ConnectionAt<TData, C>,
  options: LoadMoreOptions<C> = {},
): LoadMoreControl {
  const key = listKey(list.variables);
  const [attempt, setAttempt] = useState<Attempt>({ key, loading: false, failure: null });
  const inFlight = useRef<string | null>(null);
  // Another list: nothing loading or failed for it yet (React's pattern for state derived from props).
  if (attempt.key !== key) setAttempt({ key, loading: false, failure: null });

  const onMore = () => {
    const cursor = list.data === undefined ? null : at.get(list.data)?.pageInfo.endCursor;
    if (!cursor || inFlight.current === key) return;
    inFlight.current = key;
    setAttempt({ key, loading: true, failure: null });
    const { observable } = list;
    const variables: Partial<OperationVariables> = { after: cursor };
    void observable
      .fetchMore<TData, OperationVariables>({ variables, context: options.context, updateQuery: nextPageUpdate(at, () => observable.variables, options.merge) })
      .then(
        () => null,
        (error: unknown) => ({ error }),
      )
      .then((failure) => {
        if (inFlight.current === key) inFlight.current = null;
        setAttempt((now) => (now.key === key ? { key, loading: false, failure } : now));
      });
  };

  const shown = attempt.key === key ? attempt : { loading: false, failure: null };
  return { loading: shown.loading, failure: shown.failure, onMore };
}
