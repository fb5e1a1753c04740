import type { AssessmentTool, EffortDecision, MeetingKind, ReportingForm } from '../../generated/graphql.js';
import type { Texts } from '../../i18n/language.js';

export interface ContractTexts {
  title: (citizen: string | null) => string;
  notFound: string;
  withheld: string;
  backToCitizen: string;
  backToList: string;
  print: string;
  headerHeading: string;
  editTerms: string;
  editTermsHeading: string;
  saveTerms: string;
  termsSaved: string;
  termsConflictHeading: string;
  termsConflictText: string;
  nextFollowUpEditHint: string;
  status: string;
  version: string;
  draftVersion: string;
  toBeSent: string;
  serviceType: string;
  assessmentTool: string;
  tools: Record<AssessmentTool, string>;
  authority: string;
  provider: string;
  citizen: string;
  startDate: string;
  endDate: string;
  nextFollowUp: string;
  asNeeded: string;
  subGoalsDueBy: string;
  price: string;
  noticePeriod: string;
  days: (n: number) => string;
  reportingForms: string;
  forms: Record<ReportingForm, string>;
  lifeThemes: string;
  purpose: string;
  goalRationale: string;
  dischargeCriteria: string;
  participants: string;
  terminationReason: string;
  none: string;
  signaturesHeading: string;
  signaturesIntro: string;
  notSigned: string;
  signedBy: (name: string, date: string) => string;
  signAs: (party: string) => string;
  signed: string;
  activated: string;
  goalsHeading: string;
  followUpsHeading: string;
  meetingsCaption: string;
  scheduledAt: string;
  heldAt: string;
  kind: string;
  kinds: Record<MeetingKind, string>;
  decision: string;
  decisions: Record<EffortDecision, string>;
  notHeld: string;
  openMeeting: string;
  planFollowUp: string;
  noMeetings: string;
  statusNotesCaption: string;
  submittedAt: string;
  forMeeting: string;
  onTime: string;
  yes: string;
  no: string;
  recommendation: string;
  noStatusNotes: string;
  changeNoticesHeading: string;
  changeNoticesCaption: string;
  openChangeNotices: string;
  description: string;
  consequences: string;
  acknowledged: string;
  reportChange: string;
  noChangeNotices: string;
  versionsHeading: string;
  versionsCaption: string;
  number: string;
  reason: string;
  createdAt: string;
  sentToCitizen: string;
  notSent: string;
  noVersions: string;
  formsHeading: string;
  fillChecklist: string;
  filledForms: string;
  terminateHeading: string;
  terminateIntro: (days: number) => string;
  terminateReason: string;
  terminateNoticeGiven: string;
  terminateNoticeHint: string;
  terminateOpen: string;
  terminateSubmit: string;
  terminated: string;
}

const da: ContractTexts = {
  title: (citizen) => (citizen ? `Kontrakt for ${citizen}` : 'Kontrakt'),
  notFound: 'Kontrakten findes ikke, eller du har ikke adgang til den.',
  withheld: 'Nogle af borgerens oplysninger er skjult for jer: en leverandør ser kun de oplysninger, som borgeren har givet samtykke til at dele med jer.',
  backToCitizen: 'Til borgeren',
  backToList: 'Til kontrakter',
  print: 'Udskriftsvenlig version',
  headerHeading: 'Aftalen',
  editTerms: 'Ret aftalen',
  editTermsHeading: 'Ret aftalen',
  saveTerms: 'Gem aftalen',
  termsSaved: 'Aftalen er gemt.',
  termsConflictHeading: 'Kontrakten er ændret af en anden',
  termsConflictText: 'Nogen har gemt kontrakten, siden du begyndte at rette. Dine ændringer er bevaret i felterne, og aftalen ovenfor viser det gemte. Gem igen, hvis dine ændringer skal gælde.',
  nextFollowUpEditHint: 'Tom: opfølgning efter behov.',
  status: 'Status',
  version: 'Version',
  draftVersion: 'Udkast (ikke underskrevet)',
  toBeSent: 'skal sendes til borgeren',
  serviceType: 'Ydelse',
  assessmentTool: 'Udredningsværktøj',
  tools: { VUM: 'VUM (voksne)', ICS: 'ICS (børn og unge)', OTHER: 'Andet' },
  authority: 'Myndighed (køber)',
  provider: 'Leverandør (sælger)',
  citizen: 'Borger',
  startDate: 'Start',
  endDate: 'Slut',
  nextFollowUp: 'Næste opfølgning',
  asNeeded: 'Efter behov',
  subGoalsDueBy: 'Delmål godkendt senest',
  price: 'Takst',
  noticePeriod: 'Opsigelsesvarsel',
  days: (n) => `${n} dage`,
  reportingForms: 'Opfølgning sker i',
  forms: { PROSE: 'prosa', NUMBERS: 'tal' },
  lifeThemes: 'Livstemaer',
  purpose: 'Formål med indsatsen',
  goalRationale: 'Begrundelse for målene',
  dischargeCriteria: 'Udskrivningskriterier (hvornår er indsatsen slut)',
  participants: 'Deltagere ved opfølgning',
  terminationReason: 'Begrundelse for opsigelse',
  none: 'Ingen',
  signaturesHeading: 'Underskrifter',
  signaturesIntro: 'Kontrakten bliver aktiv, når både køber og sælger har underskrevet. Den skal have 1-3 indsatsmål.',
  notSigned: 'Ikke underskrevet',
  signedBy: (name, date) => `Underskrevet af ${name} den ${date}`,
  signAs: (party) => `Underskriv som ${party}`,
  signed: 'Kontrakten er underskrevet.',
  activated: 'Kontrakten er underskrevet af begge parter og er nu aktiv (version 1).',
  goalsHeading: 'Indsatsmål',
  followUpsHeading: 'Opfølgning',
  meetingsCaption: 'Opfølgningsmøder',
  scheduledAt: 'Tidspunkt',
  heldAt: 'Afholdt',
  kind: 'Type',
  kinds: { REGULAR: 'Ordinært', EARLY: '3-månedersmøde', EXTRA: 'Ekstra' },
  decision: 'Beslutning',
  decisions: { CONTINUE: 'Fortsæt', CHANGE: 'Ændr', END: 'Afslut' },
  notHeld: 'Ikke afholdt',
  openMeeting: 'Åbn møde',
  planFollowUp: 'Planlæg opfølgningsmøde',
  noMeetings: 'Der er ingen opfølgningsmøder endnu.',
  statusNotesCaption: 'Statusnotater',
  submittedAt: 'Modtaget',
  forMeeting: 'Til mødet',
  onTime: 'Rettidigt',
  yes: 'Ja',
  no: 'Nej',
  recommendation: 'Anbefaling',
  noStatusNotes: 'Der er ingen statusnotater endnu.',
  changeNoticesHeading: 'Ændringsmeddelelser',
  changeNoticesCaption: 'Ændringsmeddelelser fra leverandøren',
  openChangeNotices: 'Åbn ændringsmeddelelserne (læs og kvittér)',
  description: 'Ændring',
  consequences: 'Konsekvenser',
  acknowledged: 'Kvitteret',
  reportChange: 'Meld en ændring',
  noChangeNotices: 'Der er ingen ændringsmeddelelser.',
  versionsHeading: 'Kontraktversioner',
  versionsCaption: 'Versioner sendt (eller til afsendelse) til borgeren',
  number: 'Version',
  reason: 'Anledning',
  createdAt: 'Dannet',
  sentToCitizen: 'Sendt til borgeren',
  notSent: 'Ikke sendt endnu',
  noVersions: 'Der er ingen versioner endnu. Version 1 dannes, når begge parter har underskrevet.',
  formsHeading: 'Skemaer om kontrakten',
  fillChecklist: 'Udfyld tjekliste til kontrakt',
  filledForms: 'Skemaer i gang og udfyldte',
  terminateHeading: 'Opsig kontrakten',
  terminateIntro: (days) => `Indsatsen slutter efter opsigelsesvarslet på ${days} dage.`,
  terminateReason: 'Begrundelse',
  terminateNoticeGiven: 'Opsagt den',
  terminateNoticeHint: 'Tom: i dag.',
  terminateOpen: 'Opsig kontrakten',
  terminateSubmit: 'Opsig kontrakten',
  terminated: 'Kontrakten er opsagt.',
};

const en: ContractTexts = {
  title: (citizen) => (citizen ? `Contract for ${citizen}` : 'Contract'),
  notFound: 'The contract does not exist, or you do not have access to it.',
  withheld: "Some of the citizen's information is hidden from you: a provider sees only the information the citizen has consented to share with you.",
  backToCitizen: 'To the citizen',
  backToList: 'To contracts',
  print: 'Printable version',
  headerHeading: 'The agreement',
  editTerms: 'Edit the agreement',
  editTermsHeading: 'Edit the agreement',
  saveTerms: 'Save the agreement',
  termsSaved: 'The agreement has been saved.',
  termsConflictHeading: 'The contract was changed by someone else',
  termsConflictText: 'Someone saved the contract after you started editing. Your changes are kept in the fields, and the agreement above shows what is saved. Save again if your changes should apply.',
  nextFollowUpEditHint: 'Empty: follow-up as needed.',
  status: 'Status',
  version: 'Version',
  draftVersion: 'Draft (not signed)',
  toBeSent: 'to be sent to the citizen',
  serviceType: 'Service',
  assessmentTool: 'Assessment tool',
  tools: { VUM: 'VUM (adults)', ICS: 'ICS (children and young people)', OTHER: 'Other' },
  authority: 'Authority (buyer)',
  provider: 'Provider (seller)',
  citizen: 'Citizen',
  startDate: 'Start',
  endDate: 'End',
  nextFollowUp: 'Next follow-up',
  asNeeded: 'As needed',
  subGoalsDueBy: 'Sub-goals approved by',
  price: 'Price',
  noticePeriod: 'Notice period',
  days: (n) => `${n} days`,
  reportingForms: 'Progress is reported in',
  forms: { PROSE: 'prose', NUMBERS: 'numbers' },
  lifeThemes: 'Life themes',
  purpose: 'Purpose of the effort',
  goalRationale: 'Why these goals',
  dischargeCriteria: 'Discharge criteria (when the effort is done)',
  participants: 'Participants at follow-up',
  terminationReason: 'Reason for termination',
  none: 'None',
  signaturesHeading: 'Signatures',
  signaturesIntro: 'The contract becomes active when both buyer and seller have signed. It needs 1-3 goals.',
  notSigned: 'Not signed',
  signedBy: (name, date) => `Signed by ${name} on ${date}`,
  signAs: (party) => `Sign as ${party}`,
  signed: 'The contract has been signed.',
  activated: 'Both parties have signed: the contract is now active (version 1).',
  goalsHeading: 'Goals',
  followUpsHeading: 'Follow-up',
  meetingsCaption: 'Follow-up meetings',
  scheduledAt: 'Time',
  heldAt: 'Held',
  kind: 'Kind',
  kinds: { REGULAR: 'Regular', EARLY: '3-month meeting', EXTRA: 'Extra' },
  decision: 'Decision',
  decisions: { CONTINUE: 'Continue', CHANGE: 'Change', END: 'End' },
  notHeld: 'Not held',
  openMeeting: 'Open meeting',
  planFollowUp: 'Plan a follow-up meeting',
  noMeetings: 'There are no follow-up meetings yet.',
  statusNotesCaption: 'Status notes',
  submittedAt: 'Received',
  forMeeting: 'For the meeting',
  onTime: 'On time',
  yes: 'Yes',
  no: 'No',
  recommendation: 'Recommendation',
  noStatusNotes: 'There are no status notes yet.',
  changeNoticesHeading: 'Change notices',
  changeNoticesCaption: 'Change notices from the provider',
  openChangeNotices: 'Open the change notices (read and acknowledge)',
  description: 'Change',
  consequences: 'Consequences',
  acknowledged: 'Acknowledged',
  reportChange: 'Report a change',
  noChangeNotices: 'There are no change notices.',
  versionsHeading: 'Contract versions',
  versionsCaption: 'Versions sent (or to be sent) to the citizen',
  number: 'Version',
  reason: 'Occasion',
  createdAt: 'Made',
  sentToCitizen: 'Sent to the citizen',
  notSent: 'Not sent yet',
  noVersions: 'There are no versions yet. Version 1 is made when both parties have signed.',
  formsHeading: 'Forms about the contract',
  fillChecklist: 'Fill in the contract checklist',
  filledForms: 'Forms in progress and filled in',
  terminateHeading: 'Terminate the contract',
  terminateIntro: (days) => `The effort ends after the notice period of ${days} days.`,
  terminateReason: 'Reason',
  terminateNoticeGiven: 'Notice given on',
  terminateNoticeHint: 'Empty: today.',
  terminateOpen: 'Terminate the contract',
  terminateSubmit: 'Terminate the contract',
  terminated: 'The contract has been terminated.',
};

export const CONTRACT_TEXTS: Texts<ContractTexts> = { da, en };
