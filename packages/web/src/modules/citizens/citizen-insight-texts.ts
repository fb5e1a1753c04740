import { CITIZEN_ACCESS_ACTION_NAMES } from '@treklang/schema';
import type { CitizenAccessAction } from '../../generated/graphql.js';
import type { Texts } from '../../i18n/language.js';

/** The downloads of the section: the access log as CSV or JSON, and all data about the citizen. */
export type InsightDownload = 'logCsv' | 'logJson' | 'data';

export interface CitizenInsightTexts {
  heading: string;
  intro: string;
  logHeading: string;
  logIntro: string;
  showLog: string;
  hideLog: string;
  count: (n: number) => string;
  none: string;
  caption: string;
  columns: { time: string; who: string; action: string; kinds: string; purpose: string; operation: string };
  actions: Record<CitizenAccessAction, string>;
  searchedFor: (criteria: string) => string;
  /** Kinds of data by their API type name; an unknown one is shown as named by the API. */
  kinds: Record<string, string>;
  noKinds: string;
  noPurpose: string;
  unknownOrganization: string;
  downloadsHeading: string;
  downloadsIntro: string;
  downloads: Record<InsightDownload, string>;
  fetching: (label: string) => string;
  saved: (fileName: string) => string;
  failed: (label: string) => string;
}

const DA: CitizenInsightTexts = {
  heading: 'Borgerens indsigt (GDPR)',
  intro:
    'Borgeren har ret til at få at vide, hvilke oplysninger kommunen har om dem, og hvem der har set dem (databeskyttelsesforordningens artikel 15). Her kan du se, hvem der har set borgerens oplysninger, og hente det, du skal udlevere til borgeren. At du åbner eller henter loggen, bliver også logget, med formålet »besvarelse af indsigtsanmodning«.',
  logHeading: 'Hvem har set borgerens oplysninger',
  logIntro: 'Alle opslag, søgninger og ændringer, med tidspunkt, organisation, rolle og formål. Nyeste først.',
  showLog: 'Vis log',
  hideLog: 'Skjul log',
  count: (n) => (n === 1 ? '1 registreret adgang' : `${n.toLocaleString('da-DK')} registrerede adgange`),
  none: 'Der er ikke registreret nogen adgang til borgerens oplysninger.',
  caption: 'Adgange til borgerens oplysninger, nyeste først',
  columns: { time: 'Tidspunkt', who: 'Hvem', action: 'Handling', kinds: 'Oplysninger', purpose: 'Formål', operation: 'Operation' },
  actions: CITIZEN_ACCESS_ACTION_NAMES.da,
  searchedFor: (criteria) => `Søgt på: ${criteria}`,
  kinds: {
    Citizen: 'Stamoplysninger',
    Consent: 'Samtykker',
    Order: 'Bestillinger',
    Contract: 'Kontrakter',
    ContractVersion: 'Kontraktversioner',
    Goal: 'Mål',
    SubGoal: 'Delmål',
    Measurement: 'Målinger',
    FollowUpMeeting: 'Opfølgningsmøder',
    InvitationReply: 'Svar på mødeindkaldelser',
    StatusNote: 'Statusnotater',
    GoalStatusReport: 'Status på mål',
    ChangeNotice: 'Ændringsmeddelelser',
    FormResponse: 'Skemabesvarelser',
    Deadline: 'Frister',
  },
  noKinds: 'Ingen',
  noPurpose: 'Ikke oplyst',
  unknownOrganization: 'Ukendt organisation',
  downloadsHeading: 'Hent til borgeren',
  downloadsIntro: 'Filerne indeholder personoplysninger. Gem dem sikkert, og slet dem, når de er udleveret til borgeren.',
  downloads: { logCsv: 'Hent log som CSV', logJson: 'Hent log som JSON', data: 'Hent alle borgerens oplysninger (JSON)' },
  fetching: (label) => `${label}: henter …`,
  saved: (fileName) => `Filen ${fileName} er hentet.`,
  failed: (label) => `${label} mislykkedes`,
};

const EN: CitizenInsightTexts = {
  heading: "The citizen's right of access (GDPR)",
  intro:
    'Citizens have the right to know which data the municipality holds about them and who has looked at them (GDPR Article 15). Here you can see who has looked at the citizen\'s data and download what you hand out to the citizen. Opening or downloading the log is logged too, with the purpose “besvarelse af indsigtsanmodning” (answering a request for access).',
  logHeading: "Who has looked at the citizen's data",
  logIntro: 'Every read, search and change, with time, organisation, role and purpose. Newest first.',
  showLog: 'Show log',
  hideLog: 'Hide log',
  count: (n) => (n === 1 ? '1 recorded access' : `${n.toLocaleString('en-GB')} recorded accesses`),
  none: "No access to the citizen's data has been recorded.",
  caption: "Accesses to the citizen's data, newest first",
  columns: { time: 'Time', who: 'Who', action: 'Action', kinds: 'Data', purpose: 'Purpose', operation: 'Operation' },
  actions: CITIZEN_ACCESS_ACTION_NAMES.en,
  searchedFor: (criteria) => `Searched for: ${criteria}`,
  kinds: {
    Citizen: 'Personal details',
    Consent: 'Consents',
    Order: 'Orders',
    Contract: 'Contracts',
    ContractVersion: 'Contract versions',
    Goal: 'Goals',
    SubGoal: 'Sub-goals',
    Measurement: 'Measurements',
    FollowUpMeeting: 'Follow-up meetings',
    InvitationReply: 'Replies to meeting invitations',
    StatusNote: 'Status notes',
    GoalStatusReport: 'Goal status',
    ChangeNotice: 'Change notices',
    FormResponse: 'Form responses',
    Deadline: 'Deadlines',
  },
  noKinds: 'None',
  noPurpose: 'Not stated',
  unknownOrganization: 'Unknown organisation',
  downloadsHeading: 'Download for the citizen',
  downloadsIntro: 'The files hold personal data. Keep them safe, and delete them once they have been handed to the citizen.',
  downloads: { logCsv: 'Download log as CSV', logJson: 'Download log as JSON', data: "Download all the citizen's data (JSON)" },
  fetching: (label) => `${label}: fetching …`,
  saved: (fileName) => `The file ${fileName} has been downloaded.`,
  failed: (label) => `${label} failed`,
};

export const CITIZEN_INSIGHT_TEXTS: Texts<CitizenInsightTexts> = { da: DA, en: EN };

/**
 * The purpose recorded with every request of the section (the X-Treklang-Purpose header, percent-encoded UTF-8):
 * always in Danish, as the log is.
 */
export const INSIGHT_PURPOSE = 'besvarelse af indsigtsanmodning';
