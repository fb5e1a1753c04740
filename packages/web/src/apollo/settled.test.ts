import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, LinkError } from '@apollo/client/errors';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { settled } from './settled.js';

const RENAME = parse('mutation Rename($name: String!) { rename(name: $name) { name } }');

/** A client whose every request gets `answer` from a fake fetch. */
function clientAnswering(answer: () => Promise<Response>) {
  return new ApolloClient({ link: new HttpLink({ uri: 'http://treklang.test/graphql', fetch: () => answer() }), cache: new InMemoryCache() });
}

const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe('settled', () => {
  it('gives the answer of a mutation that went through as it is', async () => {
    const client = clientAnswering(() => json({ data: { rename: { __typename: 'Thing', name: 'Ny' } } }));
    const result = await settled(client.mutate({ mutation: RENAME, variables: { name: 'Ny' } }));
    expect(result.data).toEqual({ rename: { __typename: 'Thing', name: 'Ny' } });
    expect(result.error).toBeUndefined();
  });

  it('turns a request that never reached the server into { data: undefined, error } instead of a rejection', async () => {
    const client = clientAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    const pending = client.mutate({ mutation: RENAME, variables: { name: 'Ny' } });
    // Apollo itself rejects: that is what reached the browser unhandled before.
    await expect(pending).rejects.toThrow('Failed to fetch');
    const result = await settled(client.mutate({ mutation: RENAME, variables: { name: 'Ny' } }));
    expect(result.data).toBeUndefined();
    expect(result.error).toBeInstanceOf(TypeError);
    expect(LinkError.is(result.error)).toBe(true);
  });

  it('turns a GraphQL error (rejected under the default errorPolicy) into the same shape', async () => {
    const client = clientAnswering(() => json({ errors: [{ message: 'Du er ikke logget ind.', extensions: { code: 'FORBIDDEN' } }], data: null }));
    const result = await settled(client.mutate({ mutation: RENAME, variables: { name: 'Ny' } }));
    expect(result.data).toBeUndefined();
    expect(CombinedGraphQLErrors.is(result.error)).toBe(true);
    expect(result.error?.message).toBe('Du er ikke logget ind.');
  });

  it('makes an error of whatever else a promise rejects with', async () => {
    const result = await settled<{ ok: boolean }>(Promise.reject('gone'));
    expect(result).toEqual({ data: undefined, error: expect.any(Error) });
    expect(result.error?.message).toBe('gone');
  });
});
