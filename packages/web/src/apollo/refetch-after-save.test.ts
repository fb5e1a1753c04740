import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { refetchAfterSave } from './refetch-after-save.js';
import { settled } from './settled.js';

const PAGE = parse('query Page { things { id name } }');
const ADD = parse('mutation Add($name: String!) { add(name: $name) { id name } }');

/** A client whose page query answers once, then fails (the connection drops between the save and the refetch). */
async function clientWithPageShown() {
  let pageRequests = 0;
  const fetch = async (_uri: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string };
    if (body.operationName === 'Add') return Response.json({ data: { add: { __typename: 'Thing', id: '2', name: 'Ny' } } });
    pageRequests += 1;
    if (pageRequests > 1) throw new TypeError('Failed to fetch');
    return Response.json({ data: { things: [{ __typename: 'Thing', id: '1', name: 'Gammel' }] } });
  };
  const client = new ApolloClient({ link: new HttpLink({ uri: 'http://treklang.test/graphql', fetch }), cache: new InMemoryCache() });
  const page = client.watchQuery({ query: PAGE });
  const shown = new Promise((resolve) => page.subscribe({ next: (result) => result.data && resolve(result.data), error: () => undefined }));
  await shown;
  return { client, pageRequests: () => pageRequests };
}

describe('refetchAfterSave', () => {
  it('reports a saved mutation as saved when the refetch after it fails', async () => {
    const { client, pageRequests } = await clientWithPageShown();
    const result = await settled(client.mutate({ mutation: ADD, variables: { name: 'Ny' }, ...refetchAfterSave(['Page']) }));
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual({ add: { __typename: 'Thing', id: '2', name: 'Ny' } });
    expect(pageRequests()).toBe(2);
  });

  it('is needed: with awaitRefetchQueries alone, Apollo rejects the saved mutation', async () => {
    const { client } = await clientWithPageShown();
    const result = await settled(client.mutate({ mutation: ADD, variables: { name: 'Ny' }, refetchQueries: ['Page'], awaitRefetchQueries: true }));
    expect(result.data).toBeUndefined();
    expect(result.error?.message).toBe('Failed to fetch');
  });
});
