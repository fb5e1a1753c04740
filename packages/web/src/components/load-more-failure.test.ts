import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { loadMoreFailure } from './load-more-failure.js';
import { LOAD_MORE_TEXTS } from './load-more-texts.js';

describe('a next page that did not come', () => {
  it('tells no connection from the server’s error and anything else', () => {
    expect(loadMoreFailure(new TypeError('Failed to fetch'))).toEqual({ kind: 'network' });
    const graphql = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'For mange forespørgsler. Vent et øjeblik.' }, { message: ' ' }] });
    expect(loadMoreFailure(graphql)).toEqual({ kind: 'server', detail: 'For mange forespørgsler. Vent et øjeblik.' });
    expect(loadMoreFailure(new CombinedGraphQLErrors({ data: null, errors: [{ message: '' }] }))).toEqual({ kind: 'server', detail: null });
    const server = new ServerError('Response not successful: Received status code 502', { response: new Response('Bad gateway', { status: 502 }), bodyText: 'Bad gateway' });
    expect(loadMoreFailure(server)).toEqual({ kind: 'server', detail: null });
    expect(loadMoreFailure(new Error('boom'))).toEqual({ kind: 'other' });
    expect(loadMoreFailure('boom')).toEqual({ kind: 'other' });
  });

  it('is said in Danish and in English, asking the user to try again', () => {
    const { da, en } = LOAD_MORE_TEXTS;
    expect(da.failed({ kind: 'network' })).toBe('Kunne ikke hente flere: ingen forbindelse til serveren. Prøv igen.');
    expect(en.failed({ kind: 'network' })).toBe('Could not load more: no connection to the server. Try again.');
    expect(da.failed({ kind: 'server', detail: null })).toBe('Kunne ikke hente flere: serveren svarede med en fejl. Prøv igen.');
    expect(en.failed({ kind: 'server', detail: null })).toBe('Could not load more: the server answered with an error. Try again.');
    expect(da.failed({ kind: 'server', detail: 'Serveren lukker ned' })).toBe('Kunne ikke hente flere: Serveren lukker ned. Prøv igen.');
    expect(en.failed({ kind: 'server', detail: 'Too many requests.' })).toBe('Could not load more: Too many requests. Try again.');
    expect(da.failed({ kind: 'other' })).toBe('Kunne ikke hente flere. Prøv igen.');
    expect(en.failed({ kind: 'other' })).toBe('Could not load more. Try again.');
  });

  it('keeps the count and button texts the lists had', () => {
    expect(LOAD_MORE_TEXTS.da.shown(20, 57)).toBe('Viser 20 af 57');
    expect(LOAD_MORE_TEXTS.da.shown(20, null)).toBe('Viser 20');
    expect(LOAD_MORE_TEXTS.en.shown(20, 57)).toBe('Showing 20 of 57');
    expect([LOAD_MORE_TEXTS.da.more, LOAD_MORE_TEXTS.en.more]).toEqual(['Vis flere', 'Show more']);
  });
});
