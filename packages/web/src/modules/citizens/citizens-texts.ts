import type { Texts } from '../../i18n/language.js';

export interface CitizensTexts {
  title: string;
  searchLabel: string;
  searchHint: string;
  search: string;
  clearSearch: string;
  create: string;
  caption: (search: string) => string;
  name: string;
  cpr: string;
  birthDate: string;
  address: string;
  cprMaskedNote: string;
  newTitle: string;
  newIntro: string;
  cprHint: string;
  phone: string;
  guardian: string;
  supportPerson: string;
  createSubmit: string;
  created: string;
  backToList: string;
}

export const CITIZENS_TEXTS: Texts<CitizensTexts> = {
  da: {
    title: 'Borgere',
    searchLabel: 'Søg på navn eller CPR-nummer',
    searchHint: 'En del af navnet, eller CPR-nummeret med eller uden bindestreg.',
    search: 'Søg',
    clearSearch: 'Ryd søgning',
    create: 'Opret borger',
    caption: (search) => (search ? `Borgere, der matcher "${search}"` : 'Borgere'),
    name: 'Navn',
    cpr: 'CPR-nummer',
    birthDate: 'Fødselsdato',
    address: 'Adresse',
    cprMaskedNote: 'de sidste fire cifre er skjult for dig',
    newTitle: 'Opret borger',
    newIntro: 'Borgeren oprettes i din kommune. Kun navn og CPR-nummer er påkrævet.',
    cprHint: 'DDMMÅÅ-XXXX. De første seks cifre skal være en rigtig dato.',
    phone: 'Telefon',
    guardian: 'Værge',
    supportPerson: 'Bisidder',
    createSubmit: 'Opret borger',
    created: 'Borgeren er oprettet.',
    backToList: 'Tilbage til borgere',
  },
  en: {
    title: 'Citizens',
    searchLabel: 'Search by name or CPR number',
    searchHint: 'Part of the name, or the CPR number with or without a hyphen.',
    search: 'Search',
    clearSearch: 'Clear search',
    create: 'Create citizen',
    caption: (search) => (search ? `Citizens matching "${search}"` : 'Citizens'),
    name: 'Name',
    cpr: 'CPR number',
    birthDate: 'Birth date',
    address: 'Address',
    cprMaskedNote: 'the last four digits are hidden from you',
    newTitle: 'Create citizen',
    newIntro: 'The citizen is registered with your municipality. Only name and CPR number are required.',
    cprHint: 'DDMMYY-XXXX. The first six digits must be a real date.',
    phone: 'Phone',
    guardian: 'Guardian',
    supportPerson: 'Support person',
    createSubmit: 'Create citizen',
    created: 'The citizen has been created.',
    backToList: 'Back to citizens',
  },
};
