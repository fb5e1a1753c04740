import type { Texts } from '../i18n/language.js';
import type { LoadMoreFailure } from './load-more-failure.js';

export interface LoadMoreTexts {
  more: string;
  shown: (shown: number, total: number | null) => string;
  failed: (failure: LoadMoreFailure) => string;
}

/** The server's words as a sentence: ending in a full stop unless they end in one already. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export const LOAD_MORE_TEXTS: Texts<LoadMoreTexts> = {
  da: {
    more: 'Vis flere',
    shown: (shown, total) => (total === null ? `Viser ${shown}` : `Viser ${shown} af ${total}`),
    failed: (failure) => {
      if (failure.kind === 'network') return 'Kunne ikke hente flere: ingen forbindelse til serveren. Prøv igen.';
      if (failure.kind === 'server') return `Kunne ikke hente flere: ${failure.detail ? sentence(failure.detail) : 'serveren svarede med en fejl.'} Prøv igen.`;
      return 'Kunne ikke hente flere. Prøv igen.';
    },
  },
  en: {
    more: 'Show more',
    shown: (shown, total) => (total === null ? `Showing ${shown}` : `Showing ${shown} of ${total}`),
    failed: (failure) => {
      if (failure.kind === 'network') return 'Could not load more: no connection to the server. Try again.';
      if (failure.kind === 'server') return `Could not load more: ${failure.detail ? sentence(failure.detail) : 'the server answered with an error.'} Try again.`;
      return 'Could not load more. Try again.';
    },
  },
};
