import { ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '../apollo/failure-message.js';
import { LOAD_MORE_TEXTS } from './load-more-texts.js';

describe('the texts of "Vis flere"', () => {
  it('say that the next page did not come, and why in the words every failed request gets', () => {
    const gateway = new ServerError('Response not successful: Received status code 502', { response: new Response('Bad gateway', { status: 502 }), bodyText: 'Bad gateway' });
    expect(LOAD_MORE_TEXTS.da.failed(failureMessage(gateway, 'da'))).toBe('Kunne ikke hente flere. Der kunne ikke skabes forbindelse til serveren. Prøv igen om lidt.');
    expect(LOAD_MORE_TEXTS.en.failed(failureMessage(gateway, 'en'))).toBe('Could not load more. The server could not be reached. Please try again in a moment.');
  });

  it('keeps the count and button texts the lists had', () => {
    expect(LOAD_MORE_TEXTS.da.shown(20, 57)).toBe('Viser 20 af 57');
    expect(LOAD_MORE_TEXTS.da.shown(20, null)).toBe('Viser 20');
    expect(LOAD_MORE_TEXTS.en.shown(20, 57)).toBe('Showing 20 of 57');
    expect([LOAD_MORE_TEXTS.da.more, LOAD_MORE_TEXTS.en.more]).toEqual(['Vis flere', 'Show more']);
  });
});
