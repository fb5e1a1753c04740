import { appendPage, type Connection, type ConnectionAt } from './connection.js';

/** Joins the page shown and the next one; appendPage unless the list keeps something of its own (its count). */
export type MergePage<C> = (shown: NonNullable<C>, next: NonNullable<C>) => NonNullable<C>;

/**
 * Which list a query's variables ask for, without the cursor: the same for every page of one list, different once
 * a filter or search changes. Keys in a fixed order, so two objects asking the same give the same text.
 */
export function listKey(variables: object | null | undefined): string {
  const asked = Object.entries(variables ?? {}).filter(([name, value]) => name !== 'after' && value !== undefined);
  return JSON.stringify(Object.fromEntries(asked), (_name, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value,
  );
}

/**
 * fetchMore's updateQuery: the next page appended to the list at `at`, when it continues the list shown. A page is
 * left out when the query shows another list by the time it comes (a new search or filter: Apollo would otherwise
 * append the old list's page to it), or when the list shown no longer ends where the page was asked from (it was
 * refetched meanwhile, e.g. on a change of language: appending would skip the rows in between for good).
 * `current` gives the variables the query has now.
 */
export function nextPageUpdate<TData, C extends Connection | null | undefined>(at: ConnectionAt<TData, C>, current: () => object | undefined, merge: MergePage<C> = appendPage) {
  return (previous: TData, { fetchMoreResult, variables }: { fetchMoreResult: TData; variables: Record<string, unknown> }): TData => {
    if (previous == null || listKey(variables) !== listKey(current())) return previous;
    const shown = at.get(previous);
    const next = at.get(fetchMoreResult);
    if (!shown || !next || shown.pageInfo.endCursor !== variables.after) return previous;
    return at.set(previous, merge(shown, next));
  };
}
