import type { Texts } from '../../i18n/language.js';

/** The texts of the citizen's anonymisation section (citizen-erasure-section.tsx). Dates arrive formatted. */
export interface CitizenErasureTexts {
  heading: string;
  intro: string;
  erased: string;
  open: string;
  waiting: (erasableFrom: string, lastActivityOn: string) => string;
  erasable: (lastActivityOn: string) => string;
  confirmLabel: string;
  confirmHint: string;
  submit: string;
  busy: string;
  done: string;
}

const DA: CitizenErasureTexts = {
  heading: 'Anonymisering',
  intro:
    'Når borgerens sag er afsluttet, og opbevaringsperioden er udløbet, kan borgerens oplysninger anonymiseres: navn, CPR-nummer, kontaktoplysninger og alle fritekster bliver overskrevet. Datoer, scorer og koder bevares til statistik. Anonymiseringen kan ikke fortrydes og bliver logget.',
  erased: 'Borgerens oplysninger er anonymiseret.',
  open: 'Sagen er ikke afsluttet: en kontrakt er i kladde eller aktiv, eller en bestilling afventer svar. Borgeren kan først anonymiseres, når sagen er afsluttet og opbevaringsperioden er udløbet.',
  waiting: (erasableFrom, lastActivityOn) => `Sagen er afsluttet og var sidst aktiv ${lastActivityOn}. Opbevaringsperioden er ikke udløbet: borgeren kan anonymiseres fra ${erasableFrom}.`,
  erasable: (lastActivityOn) => `Sagen er afsluttet og var sidst aktiv ${lastActivityOn}. Opbevaringsperioden er udløbet, så borgeren kan anonymiseres nu.`,
  confirmLabel: 'Bekræft anonymiseringen',
  confirmHint: 'Skriv ANONYMISER med store bogstaver.',
  submit: 'Anonymisér borgeren',
  busy: 'Anonymiserer …',
  done: 'Borgeren er anonymiseret. Navn, CPR-nummer, kontaktoplysninger og fritekster er overskrevet.',
};

const EN: CitizenErasureTexts = {
  heading: 'Anonymisation',
  intro:
    "Once the citizen's case is closed and the retention period has passed, the citizen's data can be anonymised: name, CPR number, contact details and all free texts are overwritten. Dates, scores and codes are kept for statistics. Anonymisation cannot be undone and is logged.",
  erased: "The citizen's data have been anonymised.",
  open: 'The case is not closed: a contract is a draft or active, or an order awaits an answer. The citizen can be anonymised only once the case is closed and the retention period has passed.',
  waiting: (erasableFrom, lastActivityOn) => `The case is closed and was last active on ${lastActivityOn}. The retention period has not passed: the citizen can be anonymised from ${erasableFrom}.`,
  erasable: (lastActivityOn) => `The case is closed and was last active on ${lastActivityOn}. The retention period has passed, so the citizen can be anonymised now.`,
  confirmLabel: 'Confirm the anonymisation',
  confirmHint: 'Type ANONYMISER in capitals.',
  submit: 'Anonymise the citizen',
  busy: 'Anonymising …',
  done: 'The citizen has been anonymised. Name, CPR number, contact details and free texts have been overwritten.',
};

export const CITIZEN_ERASURE_TEXTS: Texts<CitizenErasureTexts> = { da: DA, en: EN };
