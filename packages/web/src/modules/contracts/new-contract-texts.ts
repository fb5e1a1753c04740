import type { Texts } from '../../i18n/language.js';

export interface NewContractTexts {
  title: string;
  forCitizen: (name: string) => string;
  intro: string;
  noCitizen: string;
  backToCitizen: string;
  partiesHeading: string;
  provider: string;
  serviceType: string;
  startDate: string;
  assessmentTool: string;
  themesHeading: string;
  lifeThemes: string;
  lifeThemesHint: string;
  purposeHeading: string;
  purpose: string;
  purposeHint: string;
  goalRationale: string;
  goalRationaleHint: string;
  dischargeCriteria: string;
  dischargeCriteriaHint: string;
  followUpHeading: string;
  reportingForms: string;
  nextFollowUp: string;
  nextFollowUpHint: string;
  participants: string;
  participantsHint: string;
  termsHeading: string;
  priceAmount: string;
  priceUnit: string;
  noPrice: string;
  noticePeriod: string;
  noticePeriodHint: string;
  choose: string;
  required: string;
  badNumber: string;
  submit: string;
  created: string;
}

export const NEW_CONTRACT_TEXTS: Texts<NewContractTexts> = {
  da: {
    title: 'Opret kontrakt',
    forCitizen: (name) => `Kontrakten gælder ${name}.`,
    intro: 'Kontrakten oprettes som udkast. Bagefter tilføjer du 1-3 indsatsmål, og begge parter underskriver.',
    noCitizen: 'Vælg først en borger: opret kontrakten fra borgerens side.',
    backToCitizen: 'Tilbage til borgeren',
    partiesHeading: 'Leverandør og ydelse',
    provider: 'Leverandør',
    serviceType: 'Ydelse',
    startDate: 'Startdato',
    assessmentTool: 'Udredningsværktøj',
    themesHeading: 'Livstemaer',
    lifeThemes: 'Livstemaer, som målene skal ligge i',
    lifeThemesHint: 'Vælg mindst ét.',
    purposeHeading: 'Formål og mål',
    purpose: 'Formål med indsatsen',
    purposeHint: 'Hvad skal indsatsen føre til for borgeren?',
    goalRationale: 'Begrundelse for valg af mål',
    goalRationaleHint: 'Hvorfor netop disse mål og livstemaer?',
    dischargeCriteria: 'Udskrivningskriterier',
    dischargeCriteriaHint: 'Hvornår er målet med indsatsen nået, og hvad skal borgeren derefter overgå til?',
    followUpHeading: 'Opfølgning',
    reportingForms: 'Leverandøren beskriver progressionen i',
    nextFollowUp: 'Næste opfølgning',
    nextFollowUpHint: 'Tom: ydelsens faste interval fra start (botilbud 1 år, § 104 2 år, § 103 3 år, bostøtte efter behov).',
    participants: 'Forventede deltagere ved opfølgning',
    participantsHint: 'Én pr. linje: navn; rolle; organisation (organisation kan udelades).',
    termsHeading: 'Økonomi og opsigelse',
    priceAmount: 'Takst i kroner',
    priceUnit: 'Taksten er',
    noPrice: 'Ingen takst',
    noticePeriod: 'Opsigelsesvarsel i dage',
    noticePeriodHint: '0 til 365 dage.',
    choose: 'Vælg',
    required: 'Udfyld feltet.',
    badNumber: 'Skriv et tal.',
    submit: 'Opret kontrakt som udkast',
    created: 'Kontrakten er oprettet som udkast. Tilføj nu 1-3 indsatsmål.',
  },
  en: {
    title: 'Create contract',
    forCitizen: (name) => `The contract concerns ${name}.`,
    intro: 'The contract is created as a draft. Then you add 1-3 goals, and both parties sign.',
    noCitizen: "Choose a citizen first: create the contract from the citizen's page.",
    backToCitizen: 'Back to the citizen',
    partiesHeading: 'Provider and service',
    provider: 'Provider',
    serviceType: 'Service',
    startDate: 'Start date',
    assessmentTool: 'Assessment tool',
    themesHeading: 'Life themes',
    lifeThemes: 'Life themes the goals lie in',
    lifeThemesHint: 'Choose at least one.',
    purposeHeading: 'Purpose and goals',
    purpose: 'Purpose of the effort',
    purposeHint: 'What should the effort lead to for the citizen?',
    goalRationale: 'Why these goals',
    goalRationaleHint: 'Why these goals and life themes?',
    dischargeCriteria: 'Discharge criteria',
    dischargeCriteriaHint: 'When is the purpose of the effort reached, and what should the citizen move on to?',
    followUpHeading: 'Follow-up',
    reportingForms: 'The provider describes progress in',
    nextFollowUp: 'Next follow-up',
    nextFollowUpHint: "Empty: the service's regular interval from the start (residential 1 year, §104 2 years, §103 3 years, floating support as needed).",
    participants: 'Expected participants at follow-up',
    participantsHint: 'One per line: name; role; organisation (the organisation may be left out).',
    termsHeading: 'Price and notice',
    priceAmount: 'Price in DKK',
    priceUnit: 'The price is',
    noPrice: 'No price',
    noticePeriod: 'Notice period in days',
    noticePeriodHint: '0 to 365 days.',
    choose: 'Choose',
    required: 'Fill in this field.',
    badNumber: 'Write a number.',
    submit: 'Create contract as draft',
    created: 'The contract has been created as a draft. Now add 1-3 goals.',
  },
};
