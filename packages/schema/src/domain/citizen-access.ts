import type { Locale } from '../vocab/text.js';

/** What an access to a citizen's data did (the API's CitizenAccessAction), in words for the citizen's access log. */
export type CitizenAccessActionName = 'READ' | 'WRITE' | 'SEARCH' | 'REFUSED' | 'ERASURE';

export const CITIZEN_ACCESS_ACTION_NAMES: Readonly<Record<Locale, Readonly<Record<CitizenAccessActionName, string>>>> = {
  da: { READ: 'Læst', WRITE: 'Oprettet eller ændret', SEARCH: 'Fundet ved søgning', REFUSED: 'Adgang afvist', ERASURE: 'Anonymiseret' },
  en: { READ: 'Read', WRITE: 'Created or changed', SEARCH: 'Found by a search', REFUSED: 'Access refused', ERASURE: 'Anonymised' },
};
