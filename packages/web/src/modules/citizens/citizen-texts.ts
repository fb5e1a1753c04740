import type { Texts } from '../../i18n/language.js';

export interface CitizenTexts {
  notFound: string;
  backToList: string;
  detailsHeading: string;
  cpr: string;
  birthDate: string;
  address: string;
  phone: string;
  guardian: string;
  supportPerson: string;
  none: string;
  contractsHeading: string;
  contractsCaption: string;
  noContracts: string;
  newContract: string;
  status: string;
  serviceType: string;
  provider: string;
  authority: string;
  startDate: string;
  endDate: string;
  nextFollowUp: string;
  version: string;
  open: string;
  goalsHeading: string;
  goalsIntro: string;
  noGoals: string;
  radarHeading: string;
  goalByGoal: string;
  formsHeading: string;
  formsIntro: string;
  startFormHeading: string;
  filledFormsHeading: string;
  startForm: (title: string) => string;
  starting: string;
}

export const CITIZEN_TEXTS: Texts<CitizenTexts> = {
  da: {
    notFound: 'Borgeren findes ikke, eller du har ikke adgang til borgeren.',
    backToList: 'Tilbage til borgere',
    detailsHeading: 'Stamoplysninger',
    cpr: 'CPR-nummer',
    birthDate: 'Fødselsdato',
    address: 'Adresse',
    phone: 'Telefon',
    guardian: 'Værge',
    supportPerson: 'Bisidder',
    none: 'Ingen',
    contractsHeading: 'Kontrakter',
    contractsCaption: 'Borgerens kontrakter',
    noContracts: 'Borgeren har ingen kontrakter, du kan se.',
    newContract: 'Opret kontrakt',
    status: 'Status',
    serviceType: 'Ydelse',
    provider: 'Leverandør',
    authority: 'Myndighed',
    startDate: 'Start',
    endDate: 'Slut',
    nextFollowUp: 'Næste opfølgning',
    version: 'Version',
    open: 'Åbn kontrakt',
    goalsHeading: 'Mål og progression',
    goalsIntro: 'Scoren ved start (baseline) og ved hver opfølgning, på samme skala. Et mål om at fastholde er nået, når scoren holder sig.',
    noGoals: 'Der er endnu ingen indsatsmål.',
    radarHeading: 'Borgerens progression på tværs af livstemaer',
    goalByGoal: 'Mål for mål',
    formsHeading: 'Skemaer om borgeren',
    formsIntro: 'Start et nyt skema. Kladder gemmes automatisk, og du kan fortsætte senere.',
    startFormHeading: 'Start et skema',
    filledFormsHeading: 'Skemaer i gang og udfyldte',
    startForm: (title) => `Udfyld: ${title}`,
    starting: 'Åbner skemaet…',
  },
  en: {
    notFound: 'The citizen does not exist, or you do not have access to the citizen.',
    backToList: 'Back to citizens',
    detailsHeading: 'Personal details',
    cpr: 'CPR number',
    birthDate: 'Birth date',
    address: 'Address',
    phone: 'Phone',
    guardian: 'Guardian',
    supportPerson: 'Support person',
    none: 'None',
    contractsHeading: 'Contracts',
    contractsCaption: "The citizen's contracts",
    noContracts: 'The citizen has no contracts you can see.',
    newContract: 'Create contract',
    status: 'Status',
    serviceType: 'Service',
    provider: 'Provider',
    authority: 'Authority',
    startDate: 'Start',
    endDate: 'End',
    nextFollowUp: 'Next follow-up',
    version: 'Version',
    open: 'Open contract',
    goalsHeading: 'Goals and progression',
    goalsIntro: 'The score at the start (baseline) and at each follow-up, on the same scale. A goal to maintain is reached when the score holds.',
    noGoals: 'There are no goals yet.',
    radarHeading: "The citizen's progression across life themes",
    goalByGoal: 'Goal by goal',
    formsHeading: 'Forms about the citizen',
    formsIntro: 'Start a new form. Drafts are saved automatically and you can continue later.',
    startFormHeading: 'Start a form',
    filledFormsHeading: 'Forms in progress and filled in',
    startForm: (title) => `Fill in: ${title}`,
    starting: 'Opening the form…',
  },
};
