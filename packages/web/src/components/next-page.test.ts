import { describe, expect, it } from 'vitest';
import { appendPage, type Connection, field, nested } from './connection.js';
import { listKey, nextPageUpdate } from './next-page.js';

type Page = Connection<{ node: { id: string } }> & { totalCount: number };
const page = (ids: string[], hasNextPage: boolean, totalCount = 3): Page => ({
  totalCount,
  edges: ids.map((id) => ({ node: { id } })),
  pageInfo: { hasNextPage, endCursor: ids.at(-1) ?? null },
});
const ids = (connection: Page | null | undefined) => connection?.edges.map((e) => e.node.id);

describe('which list a query asks for', () => {
  it('is the same for every page of one list, whatever the cursor and key order', () => {
    const first = { search: 'Jens', first: 20, filter: { status: ['ACTIVE'], from: '2026-01-01' } };
    expect(listKey({ ...first, after: 'abc' })).toBe(listKey(first));
    expect(listKey({ filter: { from: '2026-01-01', status: ['ACTIVE'] }, first: 20, search: 'Jens', after: null })).toBe(listKey(first));
    expect(listKey({ first: 50, filter: undefined })).toBe(listKey({ first: 50 }));
    expect(listKey(undefined)).toBe(listKey({}));
  });

  it('differs once the search or a filter changes', () => {
    expect(listKey({ search: 'Jens', first: 20 })).not.toBe(listKey({ search: 'Jensen', first: 20 }));
    expect(listKey({ first: 20, filter: { status: ['ACTIVE'] } })).not.toBe(listKey({ first: 20, filter: { status: ['DRAFT'] } }));
    expect(listKey({ first: 20, filter: null })).not.toBe(listKey({ first: 20, filter: { status: ['DRAFT'] } }));
    expect(listKey({ first: 20, filter: { status: ['A', 'B'] } })).not.toBe(listKey({ first: 20, filter: { status: ['B', 'A'] } }));
  });
});

describe("fetchMore's update of the list shown", () => {
  type Data = { citizens: Page };
  const at = field<Data, 'citizens'>('citizens');
  const asked = { search: 'Jens', first: 2 };

  it('appends the next page when the query still shows the list that asked for it', () => {
    const update = nextPageUpdate(at, () => asked);
    const updated = update({ citizens: page(['a', 'b'], true) }, { fetchMoreResult: { citizens: page(['c'], false) }, variables: { ...asked, after: 'b' } });
    expect(ids(updated.citizens)).toEqual(['a', 'b', 'c']);
    expect(updated.citizens.pageInfo.hasNextPage).toBe(false);
  });

  it('leaves out a page the old list asked for when the search has changed meanwhile', () => {
    const update = nextPageUpdate(at, () => ({ search: 'Hanne', first: 2 }));
    const shown = { citizens: page(['h1', 'h2'], true) };
    const updated = update(shown, { fetchMoreResult: { citizens: page(['j3'], false) }, variables: { ...asked, after: 'j2' } });
    expect(updated).toBe(shown);
  });

  it('leaves out a page asked for after an end the list shown no longer has (it was refetched meanwhile)', () => {
    const update = nextPageUpdate(at, () => asked);
    const refetched = { citizens: page(['a', 'b'], true) };
    expect(update(refetched, { fetchMoreResult: { citizens: page(['e'], false) }, variables: { ...asked, after: 'd' } })).toBe(refetched);
    // The same page twice (asked for again before the first came): the second finds the list longer and is left out.
    const once = update(refetched, { fetchMoreResult: { citizens: page(['c'], true) }, variables: { ...asked, after: 'b' } });
    expect(ids(update(once, { fetchMoreResult: { citizens: page(['c'], true) }, variables: { ...asked, after: 'b' } }).citizens)).toEqual(['a', 'b', 'c']);
  });

  it('writes nothing when the new list is not in the cache yet', () => {
    const update = nextPageUpdate(at, () => ({ search: 'Hanne', first: 2 }));
    const nothing = null as unknown as Data;
    expect(update(nothing, { fetchMoreResult: { citizens: page(['j3'], false) }, variables: { ...asked, after: 'j2' } })).toBeNull();
  });

  it('appends to a list one level down and leaves it when a side is missing', () => {
    type Late = { timeliness: { lateMeetings: Page | null } };
    const update = nextPageUpdate(nested<Late, 'timeliness', 'lateMeetings'>('timeliness', 'lateMeetings'), () => ({ first: 2 }));
    const updated = update({ timeliness: { lateMeetings: page(['a', 'b'], true) } }, { fetchMoreResult: { timeliness: { lateMeetings: page(['c'], false) } }, variables: { first: 2, after: 'b' } });
    expect(ids(updated.timeliness.lateMeetings)).toEqual(['a', 'b', 'c']);
    const without: Late = { timeliness: { lateMeetings: null } };
    expect(update(without, { fetchMoreResult: { timeliness: { lateMeetings: page(['c'], false) } }, variables: { first: 2, after: 'b' } })).toBe(without);
  });

  it('joins with the list’s own merge, such as keeping the first page’s count', () => {
    const update = nextPageUpdate(at, () => asked, (shown, next) => ({ ...appendPage(shown, next), totalCount: shown.totalCount }));
    const updated = update({ citizens: page(['a', 'b'], true, 3) }, { fetchMoreResult: { citizens: page(['c'], false, 5) }, variables: { ...asked, after: 'b' } });
    expect(ids(updated.citizens)).toEqual(['a', 'b', 'c']);
    expect(updated.citizens.totalCount).toBe(3);
  });
});
