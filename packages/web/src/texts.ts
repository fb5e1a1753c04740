import type { DemoUser } from './demo-users.js';

export type Language = 'da' | 'en';

export interface Texts {
  switchTo: string;
  lead: string;
  demoNote: string;
  explorer: string;
  api: string;
  startTitle: string;
  startToken: string;
  startExplorer: string;
  startCurl: string;
  usersTitle: string;
  usersIntro: string;
  email: string;
  role: string;
  organization: string;
  roles: Record<DemoUser['role'], string>;
}

/** Danish first; English for the switch. */
export const TEXTS: Record<Language, Texts> = {
  da: {
    switchTo: 'English',
    lead: 'Treklang samler borger, myndighed og leverandør om kontrakter med SMART-mål, delmål, statusnotater, opfølgningsmøder og progression, så alle kan se, om indsatsen virker.',
    demoNote: 'Dette er demoudgaven med opdigtede borgere. Webappen kommer i en senere version; indtil da bruges API\'et direkte.',
    explorer: 'GraphQL-explorer',
    api: 'GraphQL-API',
    startTitle: 'Kom i gang',
    startToken: 'Hent et token til en demobruger (i en terminal i projektmappen):',
    startExplorer: 'Åbn exploreren, sæt headeren "Authorization: Bearer <token>" og send fx denne forespørgsel:',
    startCurl: 'Eller med curl:',
    usersTitle: 'Demobrugere',
    usersIntro: 'Hver rolle har en bruger. E-mailen er login til pnpm token.',
    email: 'E-mail',
    role: 'Rolle',
    organization: 'Organisation',
    roles: {
      CASEWORKER: 'Rådgiver (myndighed)',
      PROVIDER_STAFF: 'Medarbejder hos leverandør',
      PROVIDER_MANAGER: 'Afdelingsleder hos leverandør',
      MANAGER: 'Leder (kun samlede tal)',
      ADMIN: 'Administrator',
      INTEGRATOR: 'Integration (andet system)',
    },
  },
  en: {
    switchTo: 'Dansk',
    lead: 'Treklang brings the citizen, the authority and the provider together on contracts with SMART goals, sub-goals, status notes, follow-up meetings and progression, so everyone can see whether the support works.',
    demoNote: 'This is the demo with invented citizens. The web app comes in a later version; until then, use the API directly.',
    explorer: 'GraphQL explorer',
    api: 'GraphQL API',
    startTitle: 'Getting started',
    startToken: 'Get a token for a demo user (in a terminal in the project folder):',
    startExplorer: 'Open the explorer, set the header "Authorization: Bearer <token>" and send, for example, this query:',
    startCurl: 'Or with curl:',
    usersTitle: 'Demo users',
    usersIntro: 'There is a user for every role. The e-mail is the login for pnpm token.',
    email: 'E-mail',
    role: 'Role',
    organization: 'Organisation',
    roles: {
      CASEWORKER: 'Caseworker (authority)',
      PROVIDER_STAFF: 'Provider staff',
      PROVIDER_MANAGER: 'Provider manager',
      MANAGER: 'Manager (aggregates only)',
      ADMIN: 'Administrator',
      INTEGRATOR: 'Integration (another system)',
    },
  },
};
