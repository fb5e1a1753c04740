import type { FormResponseStatus } from '../../generated/graphql.js';
import type { Texts } from '../../i18n/language.js';

export interface FormsTexts {
  noResponses: string;
  status: Record<FormResponseStatus, string>;
  changedAt: (when: string) => string;
  printLink: string;
  printLinkLabel: (title: string) => string;
  notFound: string;
  about: string;
  statusLabel: string;
  lastChanged: string;
  submittedAt: string;
  toCitizen: string;
  readOnlyNotice: string;
  submittedNotice: string;
  autosave: {
    idle: string;
    pending: string;
    saving: string;
    savedAt: (time: string) => string;
    skipped: (count: number) => string;
    failed: string;
    conflict: string;
    retry: string;
    keptLocally: string;
  };
  restored: string;
  autoMerged: string;
  submitHeading: string;
  submitIntro: string;
  submit: string;
  submitting: string;
  submittedTitle: string;
  submittedText: string;
  invalidHeading: string;
  invalidIntro: (count: number) => string;
  conflictOnSubmit: string;
  failedOnSubmit: (message: string) => string;
  providerLabel: string;
  providerHint: string;
  chooseProvider: string;
  providerRequired: string;
  printTitle: (title: string) => string;
  print: string;
  backToForm: string;
  noAnswer: string;
  printedAt: (when: string) => string;
  source: string;
}

export const FORMS_TEXTS: Texts<FormsTexts> = {
  da: {
    noResponses: 'Ingen skemaer endnu.',
    status: { DRAFT: 'Kladde', SUBMITTED: 'Indsendt' },
    changedAt: (when) => `senest ændret ${when}`,
    printLink: 'Udskriftsvisning',
    printLinkLabel: (title) => `Udskriftsvisning af ${title}`,
    notFound: 'Skemaet findes ikke, eller du har ikke adgang til det.',
    about: 'Borger',
    statusLabel: 'Status',
    lastChanged: 'Senest ændret',
    submittedAt: 'Indsendt',
    toCitizen: 'Til borgerens side',
    readOnlyNotice: 'Du kan se skemaet, men ikke udfylde det.',
    submittedNotice: 'Skemaet er indsendt og kan ikke længere ændres.',
    autosave: {
      idle: 'Kladde – dine svar gemmes automatisk.',
      pending: 'Gemmer…',
      saving: 'Gemmer…',
      savedAt: (time) => `Gemt kl. ${time}`,
      skipped: (count) => ` – ${count === 1 ? 'ét felt' : `${count} felter`} med fejl er ikke gemt endnu`,
      failed: 'Ikke gemt',
      conflict: 'Ikke gemt: skemaet er ændret af en anden.',
      retry: 'Prøv igen',
      keptLocally: 'Dine svar er gemt i browseren, indtil de kan gemmes.',
    },
    restored: 'Dine svar, der ikke nåede at blive gemt, er hentet frem igen og gemmes nu.',
    autoMerged: 'En anden har ændret skemaet imens. Ændringerne rørte ikke de samme punkter og er flettet sammen med dine.',
    submitHeading: 'Indsend',
    submitIntro: 'Når skemaet er indsendt, kan det ikke længere ændres.',
    submit: 'Indsend skemaet',
    submitting: 'Indsender…',
    submittedTitle: 'Skemaet er indsendt',
    submittedText: 'Svarene er gemt og kan ses i udskriftsvisningen.',
    invalidHeading: 'Skemaet kan ikke indsendes endnu',
    invalidIntro: (count) => (count === 1 ? 'Ret dette punkt:' : `Ret disse ${count} punkter:`),
    conflictOnSubmit: 'Skemaet er ændret af en anden. Vælg herover, hvilke svar der skal gemmes, og indsend derefter igen.',
    failedOnSubmit: (message) => `Skemaet kunne ikke gemmes før indsendelse${message ? `: ${message}` : '.'}`,
    providerLabel: 'Leverandør',
    providerHint: 'Kontrakten indgås med denne leverandør.',
    chooseProvider: 'Vælg leverandør',
    providerRequired: 'Vælg leverandøren.',
    printTitle: (title) => `${title} – udskrift`,
    print: 'Udskriv',
    backToForm: 'Tilbage til skemaet',
    noAnswer: 'Ikke besvaret',
    printedAt: (when) => `Udskrevet ${when}`,
    source: 'Kilde',
  },
  en: {
    noResponses: 'No forms yet.',
    status: { DRAFT: 'Draft', SUBMITTED: 'Submitted' },
    changedAt: (when) => `last changed ${when}`,
    printLink: 'Print view',
    printLinkLabel: (title) => `Print view of ${title}`,
    notFound: 'The form does not exist, or you do not have access to it.',
    about: 'Citizen',
    statusLabel: 'Status',
    lastChanged: 'Last changed',
    submittedAt: 'Submitted',
    toCitizen: "To the citizen's page",
    readOnlyNotice: 'You can see the form but not fill it in.',
    submittedNotice: 'The form has been submitted and can no longer be changed.',
    autosave: {
      idle: 'Draft – your answers are saved automatically.',
      pending: 'Saving…',
      saving: 'Saving…',
      savedAt: (time) => `Saved at ${time}`,
      skipped: (count) => ` – ${count === 1 ? 'one field' : `${count} fields`} with errors not saved yet`,
      failed: 'Not saved',
      conflict: 'Not saved: someone else changed the form.',
      retry: 'Try again',
      keptLocally: 'Your answers are kept in the browser until they can be saved.',
    },
    restored: 'Answers that had not been saved were restored and are being saved now.',
    autoMerged: 'Someone else changed the form meanwhile. The changes touched different items and have been merged with yours.',
    submitHeading: 'Submit',
    submitIntro: 'Once submitted, the form can no longer be changed.',
    submit: 'Submit the form',
    submitting: 'Submitting…',
    submittedTitle: 'The form has been submitted',
    submittedText: 'The answers are stored and can be seen in the print view.',
    invalidHeading: 'The form cannot be submitted yet',
    invalidIntro: (count) => (count === 1 ? 'Correct this item:' : `Correct these ${count} items:`),
    conflictOnSubmit: 'Someone else changed the form. Choose above which answers to keep, then submit again.',
    failedOnSubmit: (message) => `The form could not be saved before submitting${message ? `: ${message}` : '.'}`,
    providerLabel: 'Provider',
    providerHint: 'The contract is made with this provider.',
    chooseProvider: 'Choose a provider',
    providerRequired: 'Choose the provider.',
    printTitle: (title) => `${title} – print`,
    print: 'Print',
    backToForm: 'Back to the form',
    noAnswer: 'Not answered',
    printedAt: (when) => `Printed ${when}`,
    source: 'Source',
  },
};
