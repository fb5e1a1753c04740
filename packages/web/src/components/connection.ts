/** A Relay connection as the lists page through it: the rows so far and where the next page starts. */
export interface Connection<Edge = unknown> {
  totalCount?: number | null;
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Appends the next page of a connection to the one already shown (the rest, such as pageInfo, from the next). */
export function appendPage<Edge, P extends Connection<Edge>>(previous: P, next: P): P {
  return { ...next, edges: [...previous.edges, ...next.edges] };
}

/** Where a query's data holds its list: read it, and put a longer one back. */
export interface ConnectionAt<TData, C> {
  get(data: TData): C;
  set(data: TData, connection: NonNullable<C>): TData;
}

/** The list in a field of the query's data: `field('citizens')`. */
export function field<TData, K extends keyof TData>(key: K): ConnectionAt<TData, TData[K]> {
  return {
    get: (data) => data[key],
    set: (data, connection) => ({ ...data, [key]: connection }),
  };
}

/** The list one level down: `nested('timeliness', 'lateMeetings')`. */
export function nested<TData, K extends keyof TData, J extends keyof TData[K]>(outer: K, inner: J): ConnectionAt<TData, TData[K][J]> {
  return {
    get: (data) => data[outer][inner],
    set: (data, connection) => ({ ...data, [outer]: { ...data[outer], [inner]: connection } }),
  };
}
