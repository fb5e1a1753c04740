import type { ApiTokenScope } from '../../generated/graphql.js';
import type { Texts } from '../../i18n/language.js';
import type { NewTokenMessages } from './new-token-input.js';
import { API_TOKEN_MAX_DAYS, API_TOKEN_NAME_LENGTH } from './token-expiry.js';

/** A scope in words: a short name and what it lets the integration do. */
export interface ScopeText {
  label: string;
  description: string;
}

export interface ApiTokenTexts extends NewTokenMessages {
  title: string;
  intro: string;
  forbiddenHeading: string;
  forbidden: string;
  caption: string;
  empty: string;
  name: string;
  scopes: string;
  created: string;
  expires: string;
  lastUsed: string;
  status: string;
  actions: string;
  byWho: (who: string) => string;
  unknownUser: string;
  never: string;
  statusNames: { active: string; expired: string; revoked: string };
  revoke: string;
  revokeLabel: (name: string) => string;
  confirmRevoke: string;
  confirmRevokeYes: string;
  revoking: string;
  revoked: (name: string) => string;
  revokeFailed: (name: string) => string;
  create: string;
  createHeading: string;
  nameHint: string;
  scopesHint: string;
  expiresHint: (latest: string) => string;
  submit: string;
  submitting: string;
  secretHeading: string;
  secretCreated: (name: string) => string;
  secretWarning: string;
  secretLabel: string;
  copy: string;
  copyLabel: string;
  copied: string;
  copyFailed: string;
  dismissSecret: string;
  scopeTexts: Record<ApiTokenScope, ScopeText>;
}

export const API_TOKEN_TEXTS: Texts<ApiTokenTexts> = {
  da: {
    title: 'API-nøgler',
    intro:
      'Med en API-nøgle kan et andet system, fx et fagsystem eller ESDH, hente og ændre data i Treklang på organisationens vegne. Giv hver integration sin egen nøgle med kun de rettigheder, den har brug for, og tilbagekald den, når den ikke længere bruges.',
    forbiddenHeading: 'Ingen adgang',
    forbidden: 'Kun organisationens administratorer kan se, oprette og tilbagekalde API-nøgler. Kontakt en administrator, hvis en integration har brug for en nøgle.',
    caption: 'Organisationens API-nøgler, ældste først',
    empty: 'Organisationen har ingen API-nøgler endnu.',
    name: 'Navn',
    scopes: 'Rettigheder',
    created: 'Oprettet',
    expires: 'Udløber',
    lastUsed: 'Senest brugt',
    status: 'Status',
    actions: 'Handlinger',
    byWho: (who) => `af ${who}`,
    unknownUser: 'ukendt',
    never: 'aldrig',
    statusNames: { active: 'Aktiv', expired: 'Udløbet', revoked: 'Tilbagekaldt' },
    revoke: 'Tilbagekald',
    revokeLabel: (name) => `Tilbagekald API-nøglen "${name}"`,
    confirmRevoke: 'Er du sikker? Nøglen holder op med at virke med det samme.',
    confirmRevokeYes: 'Ja, tilbagekald',
    revoking: 'Tilbagekalder…',
    revoked: (name) => `API-nøglen "${name}" er tilbagekaldt. Den virker ikke længere.`,
    revokeFailed: (name) => `API-nøglen "${name}" blev ikke tilbagekaldt.`,
    create: 'Opret API-nøgle',
    createHeading: 'Ny API-nøgle',
    nameHint: `Hvad nøglen bruges til, fx "ESDH: natlig udtræk". Højst ${API_TOKEN_NAME_LENGTH} tegn.`,
    scopesHint: 'Vælg kun det, integrationen har brug for. Nøglen får aldrig mere adgang, end en integration i organisationen kan have.',
    expiresHint: (latest) => `Nøglen virker til og med den valgte dag. Den kan højst gælde i ${API_TOKEN_MAX_DAYS} dage, dvs. senest til og med ${latest}.`,
    submit: 'Opret API-nøgle',
    submitting: 'Opretter…',
    secretHeading: 'Kopiér API-nøglen nu',
    secretCreated: (name) => `API-nøglen "${name}" er oprettet. Giv den til det system, der skal bruge den.`,
    secretWarning:
      'Nøglen vises kun denne ene gang. Treklang gemmer den ikke og kan ikke vise den igen. Mister du den, skal du oprette en ny nøgle og tilbagekalde denne.',
    secretLabel: 'Den nye API-nøgle',
    copy: 'Kopiér',
    copyLabel: 'Kopiér API-nøglen',
    copied: 'Nøglen er kopieret.',
    copyFailed: 'Nøglen kunne ikke kopieres. Den er markeret: kopiér den med Ctrl+C (Cmd+C på Mac).',
    dismissSecret: 'Jeg har gemt nøglen',
    nameRequired: 'Skriv, hvad nøglen skal bruges til.',
    nameTooLong: `Navnet kan højst være ${API_TOKEN_NAME_LENGTH} tegn.`,
    scopesRequired: 'Vælg mindst én rettighed.',
    expiresRequired: 'Vælg den dato, nøglen udløber.',
    expiresPast: 'Udløbsdatoen skal ligge efter i dag.',
    expiresTooLate: (latest) => `En API-nøgle kan højst gælde i ${API_TOKEN_MAX_DAYS} dage. Vælg senest ${latest}.`,
    scopeTexts: {
      READ_CITIZENS: { label: 'Læse borgere', description: 'Se borgernes navne og, hvor organisationen må se det, CPR-nummer.' },
      WRITE_CITIZENS: { label: 'Oprette og ændre borgere', description: 'Oprette borgere og rette deres stamoplysninger.' },
      READ_CONTRACTS: {
        label: 'Læse bestillinger og kontrakter',
        description: 'Se bestillinger, kontrakter og deres versioner, mål, delmål, målinger, opfølgningsmøder, statusnotater, ændringsmeddelelser og frister.',
      },
      WRITE_CONTRACTS: {
        label: 'Ændre bestillinger og kontrakter',
        description: 'Sende og afgøre bestillinger; oprette, ændre, underskrive og opsige kontrakter; mål, delmål, opfølgninger, statusnotater og ændringsmeddelelser.',
      },
      WRITE_MEASUREMENTS: { label: 'Registrere målinger', description: 'Registrere målinger på borgernes mål.' },
      READ_FORMS: { label: 'Læse skemaer', description: 'Se skemaskabeloner og udfyldte skemaer.' },
      WRITE_FORMS: { label: 'Udfylde skemaer', description: 'Gemme og indsende besvarelser af skemaer.' },
      READ_CONSENTS: { label: 'Læse samtykker', description: 'Se borgernes samtykker.' },
      WRITE_CONSENTS: { label: 'Registrere samtykker', description: 'Registrere og tilbagekalde samtykker.' },
      READ_PROGRESSION: { label: 'Læse progressionsrapporter', description: 'Se samlede tal for progression og rettidighed (ingen personoplysninger).' },
      READ_AUDIT: { label: 'Læse logningen', description: 'Se organisationens log over, hvem der har set og ændret hvad.' },
    },
  },
  en: {
    title: 'API tokens',
    intro:
      "With an API token another system, such as a case management system, can read and change data in Treklang on the organisation's behalf. Give each integration its own token with only the permissions it needs, and revoke it when it is no longer used.",
    forbiddenHeading: 'No access',
    forbidden: "Only the organisation's administrators can list, create and revoke API tokens. Contact an administrator if an integration needs a token.",
    caption: "The organisation's API tokens, oldest first",
    empty: 'The organisation has no API tokens yet.',
    name: 'Name',
    scopes: 'Permissions',
    created: 'Created',
    expires: 'Expires',
    lastUsed: 'Last used',
    status: 'Status',
    actions: 'Actions',
    byWho: (who) => `by ${who}`,
    unknownUser: 'unknown',
    never: 'never',
    statusNames: { active: 'Active', expired: 'Expired', revoked: 'Revoked' },
    revoke: 'Revoke',
    revokeLabel: (name) => `Revoke the API token "${name}"`,
    confirmRevoke: 'Are you sure? The token stops working at once.',
    confirmRevokeYes: 'Yes, revoke',
    revoking: 'Revoking…',
    revoked: (name) => `The API token "${name}" has been revoked. It no longer works.`,
    revokeFailed: (name) => `The API token "${name}" was not revoked.`,
    create: 'Create API token',
    createHeading: 'New API token',
    nameHint: `What the token is for, e.g. "ESDH: nightly export". At most ${API_TOKEN_NAME_LENGTH} characters.`,
    scopesHint: 'Choose only what the integration needs. The token never gets more access than an integration in the organisation can have.',
    expiresHint: (latest) => `The token works through the chosen day. It can be valid for at most ${API_TOKEN_MAX_DAYS} days, that is through ${latest} at the latest.`,
    submit: 'Create API token',
    submitting: 'Creating…',
    secretHeading: 'Copy the API token now',
    secretCreated: (name) => `The API token "${name}" has been created. Give it to the system that will use it.`,
    secretWarning: 'The token is shown this once only. Treklang does not keep it and cannot show it again. If you lose it, create a new token and revoke this one.',
    secretLabel: 'The new API token',
    copy: 'Copy',
    copyLabel: 'Copy the API token',
    copied: 'The token has been copied.',
    copyFailed: 'The token could not be copied. It is selected: copy it with Ctrl+C (Cmd+C on a Mac).',
    dismissSecret: 'I have saved the token',
    nameRequired: 'Write what the token is for.',
    nameTooLong: `The name can be at most ${API_TOKEN_NAME_LENGTH} characters.`,
    scopesRequired: 'Choose at least one permission.',
    expiresRequired: 'Choose the date the token expires.',
    expiresPast: 'The expiry date must lie after today.',
    expiresTooLate: (latest) => `An API token can be valid for at most ${API_TOKEN_MAX_DAYS} days. Choose ${latest} at the latest.`,
    scopeTexts: {
      READ_CITIZENS: { label: 'Read citizens', description: "See citizens' names and, where the organisation may see it, the CPR number." },
      WRITE_CITIZENS: { label: 'Create and change citizens', description: "Create citizens and correct their personal details." },
      READ_CONTRACTS: {
        label: 'Read orders and contracts',
        description: 'See orders, contracts and their versions, goals, sub-goals, measurements, follow-up meetings, status notes, change notices and deadlines.',
      },
      WRITE_CONTRACTS: {
        label: 'Change orders and contracts',
        description: 'Send and decide orders; create, change, sign and terminate contracts; goals, sub-goals, follow-ups, status notes and change notices.',
      },
      WRITE_MEASUREMENTS: { label: 'Record measurements', description: "Record measurements on citizens' goals." },
      READ_FORMS: { label: 'Read forms', description: 'See form templates and filled-in forms.' },
      WRITE_FORMS: { label: 'Fill in forms', description: 'Save and submit form responses.' },
      READ_CONSENTS: { label: 'Read consents', description: "See citizens' consents." },
      WRITE_CONSENTS: { label: 'Record consents', description: 'Record and revoke consents.' },
      READ_PROGRESSION: { label: 'Read progression reports', description: 'See aggregated progression and timeliness figures (no personal data).' },
      READ_AUDIT: { label: 'Read the audit log', description: "See the organisation's log of who saw and changed what." },
    },
  },
};
