import { describe, expect, it } from 'vitest';
import { appendPage, type Connection, field, nested } from './connection.js';

interface Row {
  cursor: string;
  node: { id: string };
}
type Page = Connection<Row> & { totalCount: number };

const page = (ids: string[], hasNextPage: boolean, totalCount = 3): Page => ({
  totalCount,
  edges: ids.map((id) => ({ cursor: `c-${id}`, node: { id } })),
  pageInfo: { hasNextPage, endCursor: ids.length ? `c-${ids.at(-1)}` : null },
});

describe('a paged list (Relay connection)', () => {
  it('appends the next page to the rows shown and takes the rest from the next page', () => {
    const joined = appendPage(page(['a', 'b'], true, 3), page(['c'], false, 4));
    expect(joined.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c']);
    expect(joined.pageInfo).toEqual({ hasNextPage: false, endCursor: 'c-c' });
    expect(joined.totalCount).toBe(4);
  });

  it('reads and replaces a list in a field, keeping the other fields', () => {
    const at = field<{ __typename: 'Query'; citizens: Page; other: number }, 'citizens'>('citizens');
    const data = { __typename: 'Query' as const, citizens: page(['a'], true), other: 7 };
    expect(at.get(data)).toBe(data.citizens);
    const longer = page(['a', 'b'], false);
    expect(at.set(data, longer)).toEqual({ __typename: 'Query', citizens: longer, other: 7 });
    expect(data.citizens.edges).toHaveLength(1);
  });

  it('reads and replaces a list one level down, keeping its neighbours', () => {
    type Data = { timeliness: { __typename: 'Timeliness'; lateMeetings: Page | null; lateStatusNotes: Page | null } };
    const at = nested<Data, 'timeliness', 'lateMeetings'>('timeliness', 'lateMeetings');
    const notes = page(['n'], false);
    const data: Data = { timeliness: { __typename: 'Timeliness', lateMeetings: page(['a'], true), lateStatusNotes: notes } };
    expect(at.get(data)?.edges).toHaveLength(1);
    const longer = page(['a', 'b'], false);
    expect(at.set(data, longer)).toEqual({ timeliness: { __typename: 'Timeliness', lateMeetings: longer, lateStatusNotes: notes } });
    expect(at.get({ timeliness: { __typename: 'Timeliness', lateMeetings: null, lateStatusNotes: null } })).toBeNull();
  });
});
