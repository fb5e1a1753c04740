import type { Texts } from '../i18n/language.js';

export interface LoadMoreTexts {
  more: string;
  shown: (shown: number, total: number | null) => string;
  /** Why the next page did not come, `reason` in words (apollo/failure-message.ts). */
  failed: (reason: string) => string;
}

export const LOAD_MORE_TEXTS: Texts<LoadMoreTexts> = {
  da: {
    more: 'Vis flere',
    shown: (shown, total) => (total === null ? `Viser ${shown}` : `Viser ${shown} af ${total}`),
    failed: (reason) => `Kunne ikke hente flere. ${reason}`,
  },
  en: {
    more: 'Show more',
    shown: (shown, total) => (total === null ? `Showing ${shown}` : `Showing ${shown} of ${total}`),
    failed: (reason) => `Could not load more. ${reason}`,
  },
};
