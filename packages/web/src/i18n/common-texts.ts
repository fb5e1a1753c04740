import { ROLE_NAMES } from '@treklang/schema';
import type { Role } from '../generated/graphql.js';
import type { Texts } from './language.js';

export interface CommonTexts {
  appName: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  skipToContent: string;
  mainNavigation: string;
  loading: string;
  errorTitle: string;
  /** A request that got no answer from the server (no connection, a reset, a proxy's error page). */
  networkFailure: string;
  retry: string;
  logout: string;
  /** Asked on logout when a form's changes could not be saved. */
  logoutUnsaved: string;
  /** The logout button while logout saves the open forms. */
  loggingOut: string;
  loggedInAs: string;
  accessibilityStatement: string;
  explorer: string;
  print: string;
  save: string;
  cancel: string;
  exportCsv: string;
  noRows: string;
  notFound: string;
  nav: { work: string; citizens: string; contracts: string; progression: string; forms: string; users: string; apiTokens: string; auditLog: string; anonymisation: string };
  roles: Record<Role, string>;
}

export const COMMON_TEXTS: Texts<CommonTexts> = {
  da: {
    appName: 'Treklang',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
    skipToContent: 'Gå til indhold',
    mainNavigation: 'Hovedmenu',
    loading: 'Henter…',
    errorTitle: 'Noget gik galt',
    networkFailure: 'Der kunne ikke skabes forbindelse til serveren. Prøv igen om lidt.',
    retry: 'Prøv igen',
    logout: 'Log ud',
    loggingOut: 'Logger ud …',
    logoutUnsaved: 'Ændringer i en formular kunne ikke gemmes. Logger du ud nu, går de tabt. Log ud alligevel?',
    loggedInAs: 'Logget ind som',
    accessibilityStatement: 'Tilgængelighedserklæring',
    explorer: 'GraphQL-explorer',
    print: 'Udskriv',
    save: 'Gem',
    cancel: 'Annuller',
    exportCsv: 'Eksportér CSV',
    noRows: 'Ingen rækker.',
    notFound: 'Siden findes ikke.',
    nav: { work: 'Mit arbejde', citizens: 'Borgere', contracts: 'Kontrakter', progression: 'Progression', forms: 'Skemaer', users: 'Brugere', apiTokens: 'API-nøgler', auditLog: 'Logning', anonymisation: 'Anonymisering' },
    roles: ROLE_NAMES.da,
  },
  en: {
    appName: 'Treklang',
    switchLanguage: 'Dansk',
    switchLanguageLabel: 'Skift til dansk',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main menu',
    loading: 'Loading…',
    errorTitle: 'Something went wrong',
    networkFailure: 'The server could not be reached. Please try again in a moment.',
    retry: 'Try again',
    logout: 'Log out',
    loggingOut: 'Logging out …',
    logoutUnsaved: 'Changes in a form could not be saved. If you log out now, they are lost. Log out anyway?',
    loggedInAs: 'Logged in as',
    accessibilityStatement: 'Accessibility statement',
    explorer: 'GraphQL explorer',
    print: 'Print',
    save: 'Save',
    cancel: 'Cancel',
    exportCsv: 'Export CSV',
    noRows: 'No rows.',
    notFound: 'This page does not exist.',
    nav: { work: 'My work', citizens: 'Citizens', contracts: 'Contracts', progression: 'Progression', forms: 'Forms', users: 'Users', apiTokens: 'API tokens', auditLog: 'Audit log', anonymisation: 'Anonymisation' },
    roles: ROLE_NAMES.en,
  },
};
