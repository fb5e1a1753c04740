import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMON_TEXTS } from '../i18n/common-texts.js';
import { failureMessage, inWords } from './failure-message.js';
import { settled } from './settled.js';

const RENAME = parse('mutation Rename($name: String!) { rename(name: $name) { name } }');

/** The error a mutation ends with when every request gets `answer` from a fake fetch. */
async function errorOf(answer: () => Promise<Response>): Promise<unknown> {
  const client = new ApolloClient({ link: new HttpLink({ uri: 'http://treklang.test/graphql', fetch: () => answer() }), cache: new InMemoryCache() });
  const { error } = await settled(client.mutate({ mutation: RENAME, variables: { name: 'Ny' } }));
  expect(error).toBeDefined();
  return error;
}

const respond = (body: string, status: number, contentType: string) => () => Promise.resolve(new Response(body, { status, headers: { 'content-type': contentType } }));

describe('failureMessage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says in the user’s language that the server could not be reached when the request got no answer', async () => {
    const refused = await errorOf(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(failureMessage(refused, 'da')).toBe(COMMON_TEXTS.da.networkFailure);
    expect(failureMessage(refused, 'en')).toBe(COMMON_TEXTS.en.networkFailure);
    expect(COMMON_TEXTS.da.networkFailure).toBe('Der kunne ikke skabes forbindelse til serveren. Prøv igen om lidt.');
  });

  it('says the same for a proxy’s error page and for an answer that is not JSON', async () => {
    expect(failureMessage(await errorOf(respond('<html><h1>502 Bad Gateway</h1></html>', 502, 'text/html')), 'da')).toBe(COMMON_TEXTS.da.networkFailure);
    expect(failureMessage(await errorOf(respond('<html>ok?</html>', 200, 'text/html')), 'da')).toBe(COMMON_TEXTS.da.networkFailure);
  });

  it('shows the server’s own words when its refusal comes with an error status (rate limiting, shutting down)', async () => {
    const body = JSON.stringify({ errors: [{ message: 'For mange forespørgsler. Prøv igen om 30 sekunder.', extensions: { code: 'RATE_LIMITED' } }] });
    expect(failureMessage(await errorOf(respond(body, 429, 'application/json; charset=utf-8')), 'da')).toBe('For mange forespørgsler. Prøv igen om 30 sekunder.');
  });

  it('shows GraphQL errors as the server wrote them', async () => {
    const error = await errorOf(respond(JSON.stringify({ errors: [{ message: 'Ingen adgang.' }], data: null }), 200, 'application/json'));
    expect(failureMessage(error, 'en')).toBe('Ingen adgang.');
  });

  it('leaves an error that did not come from the request as it is', () => {
    expect(failureMessage(new Error('update failed'), 'da')).toBe('update failed');
    expect(failureMessage('odd', 'da')).toBe('odd');
  });

  it('inWords rejects with the failure in the language chosen now, the original as its cause', async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: 'http://treklang.test/graphql', fetch: () => Promise.reject(new TypeError('Failed to fetch')) }), cache: new InMemoryCache() });
    // The language the user picked, as language.tsx stores it.
    vi.stubGlobal('window', { localStorage: { getItem: (key: string) => (key === 'treklang.language' ? 'en' : null) } });
    const rejection = await inWords(client.mutate({ mutation: RENAME, variables: { name: 'Ny' } })).catch((error: unknown) => error);
    expect(rejection).toBeInstanceOf(Error);
    expect((rejection as Error).message).toBe(COMMON_TEXTS.en.networkFailure);
    expect((rejection as Error).cause).toBeInstanceOf(TypeError);
    await expect(inWords(Promise.resolve(7))).resolves.toBe(7);
  });
});
