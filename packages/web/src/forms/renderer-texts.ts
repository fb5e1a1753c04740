import type { FormRole, SmartPart } from '@treklang/schema';
import type { Texts } from '../i18n/language.js';

export interface RendererTexts {
  yes: string;
  no: string;
  required: string;
  error: string;
  choose: string;
  noAnswer: string;
  filledBy: (roles: string) => string;
  serverFilled: string;
  roles: Record<FormRole, string>;
  addEntry: (entry: string) => string;
  removeEntry: (entry: string) => string;
  entryCount: (count: number, max: number) => string;
  noEntries: string;
  participantName: string;
  participantRole: string;
  participantOrganization: string;
  addParticipant: string;
  removeParticipant: (n: number) => string;
  participant: (n: number) => string;
  signatureName: string;
  signatureRole: string;
  signatureDate: string;
  cannotShow: (label: string, id: string, type: string) => string;
  derivedHeading: string;
  recommendationHeading: string;
  offerYes: string;
  offerNo: string;
  smartHeading: string;
  smartComplete: string;
  smartMissing: (parts: string) => string;
  smartParts: Record<SmartPart, string>;
  followUpHeading: string;
  followUp: { subGoalsDueBy: string; nextFollowUp: string; planningStartBy: string; statusDueBy: string };
  notYetComputed: string;
  scaleNone: string;
}

export const RENDERER_TEXTS: Texts<RendererTexts> = {
  da: {
    yes: 'Ja',
    no: 'Nej',
    required: '(skal udfyldes)',
    error: 'Fejl:',
    choose: 'Vælg',
    noAnswer: 'Ikke besvaret',
    filledBy: (roles) => `Udfyldes af ${roles}`,
    serverFilled: 'Udfyldes af systemet',
    roles: { AUTHORITY: 'myndigheden', PROVIDER: 'leverandøren', CITIZEN: 'borgeren', MEETING_KEEPER: 'tovholderen' },
    addEntry: (entry) => `Tilføj ${entry.toLowerCase()}`,
    removeEntry: (entry) => `Fjern ${entry.toLowerCase()}`,
    entryCount: (count, max) => `${count} af højst ${max}`,
    noEntries: 'Ingen endnu.',
    participantName: 'Navn',
    participantRole: 'Rolle',
    participantOrganization: 'Organisation',
    addParticipant: 'Tilføj deltager',
    removeParticipant: (n) => `Fjern deltager ${n}`,
    participant: (n) => `Deltager ${n}`,
    signatureName: 'Navn',
    signatureRole: 'Rolle',
    signatureDate: 'Dato',
    cannotShow: (label, id, type) => `Punktet »${label}« (${id}, typen ${type}) kan ikke vises her.`,
    derivedHeading: 'Beregnet ud fra svarene',
    recommendationHeading: 'Anbefaling',
    offerYes: 'Anbefaling: tilbyd samarbejdsmøder',
    offerNo: 'Anbefaling: ingen samarbejdsmøder ud fra tjeklisten',
    smartHeading: 'SMART-mål',
    smartComplete: 'SMART: målet er specifikt, målbart, aftalt, relevant og tidsbestemt.',
    smartMissing: (parts) => `SMART: mangler ${parts}.`,
    smartParts: { SPECIFIC: 'specifikt (mindst 10 tegn)', MEASURABLE: 'målbart', ACHIEVABLE: 'aftalt (måltype)', RELEVANT: 'relevant (livstema)', TIME_BOUND: 'tidsbestemt (frist)' },
    followUpHeading: 'Datoer',
    followUp: { subGoalsDueBy: 'Delmål til godkendelse senest', nextFollowUp: 'Næste opfølgning', planningStartBy: 'Planlægning af mødet begynder', statusDueBy: 'Skriftlig status senest' },
    notYetComputed: 'Udfyld de relevante felter for at se beregningen.',
    scaleNone: 'Ikke vurderet',
  },
  en: {
    yes: 'Yes',
    no: 'No',
    required: '(required)',
    error: 'Error:',
    choose: 'Choose',
    noAnswer: 'Not answered',
    filledBy: (roles) => `Filled in by ${roles}`,
    serverFilled: 'Filled in by the system',
    roles: { AUTHORITY: 'the authority', PROVIDER: 'the provider', CITIZEN: 'the citizen', MEETING_KEEPER: 'the meeting keeper' },
    addEntry: (entry) => `Add ${entry.toLowerCase()}`,
    removeEntry: (entry) => `Remove ${entry.toLowerCase()}`,
    entryCount: (count, max) => `${count} of at most ${max}`,
    noEntries: 'None yet.',
    participantName: 'Name',
    participantRole: 'Role',
    participantOrganization: 'Organisation',
    addParticipant: 'Add participant',
    removeParticipant: (n) => `Remove participant ${n}`,
    participant: (n) => `Participant ${n}`,
    signatureName: 'Name',
    signatureRole: 'Role',
    signatureDate: 'Date',
    cannotShow: (label, id, type) => `The item “${label}” (${id}, type ${type}) cannot be shown here.`,
    derivedHeading: 'Computed from the answers',
    recommendationHeading: 'Recommendation',
    offerYes: 'Recommendation: offer collaboration meetings',
    offerNo: 'Recommendation: no collaboration meetings from the checklist',
    smartHeading: 'SMART goals',
    smartComplete: 'SMART: the goal is specific, measurable, agreed, relevant and time-bound.',
    smartMissing: (parts) => `SMART: missing ${parts}.`,
    smartParts: { SPECIFIC: 'specific (at least 10 characters)', MEASURABLE: 'measurable', ACHIEVABLE: 'agreed (goal type)', RELEVANT: 'relevant (life theme)', TIME_BOUND: 'time-bound (deadline)' },
    followUpHeading: 'Dates',
    followUp: { subGoalsDueBy: 'Sub-goals due for approval by', nextFollowUp: 'Next follow-up', planningStartBy: 'Planning of the meeting starts', statusDueBy: 'Written status due by' },
    notYetComputed: 'Fill in the relevant fields to see the computation.',
    scaleNone: 'Not assessed',
  },
};
