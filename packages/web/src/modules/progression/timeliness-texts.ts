import type { Texts } from '../../i18n/language.js';

type Kind = 'statusNotes' | 'subGoalApprovals' | 'meetings';

interface TimelinessTexts {
  heading: string;
  intro: string;
  reckonedFrom: (date: string) => string;
  kinds: Record<Kind, string>;
  shareText: Record<Kind, (onTime: string, total: string) => string>;
  noDeadlines: string;
  byLabel: string;
  total: string;
  onTimeHeader: Record<Kind, string>;
  totalHeader: Record<Kind, string>;
  shareHeader: Record<Kind, string>;
  caption: (by: string) => string;
  fileName: string;
}

export const TIMELINESS_TEXTS: Texts<TimelinessTexts> = {
  da: {
    heading: 'Rettidighed',
    intro: 'Andelen af frister, der er holdt: statusnotater senest 14 dage før opfølgningsmødet, delmål godkendt inden for 3 måneder fra kontraktens start og opfølgningsmøder holdt til tiden. Kun frister, der er passeret eller allerede holdt, tæller med.',
    reckonedFrom: (date) => `Opgjort pr. ${date}.`,
    kinds: { statusNotes: 'Statusnotater til tiden', subGoalApprovals: 'Delmål godkendt inden for 3 måneder', meetings: 'Opfølgningsmøder til tiden' },
    shareText: {
      statusNotes: (onTime, total) => `${onTime} af ${total} statusnotater kom mindst 14 dage før mødet.`,
      subGoalApprovals: (onTime, total) => `${onTime} af ${total} kontrakter fik delmål godkendt inden for 3 måneder.`,
      meetings: (onTime, total) => `${onTime} af ${total} møder blev holdt til tiden.`,
    },
    noDeadlines: 'Ingen frister endnu',
    byLabel: 'Fordelt på',
    total: 'I alt',
    onTimeHeader: { statusNotes: 'Statusnotater til tiden', subGoalApprovals: 'Delmål til tiden', meetings: 'Møder til tiden' },
    totalHeader: { statusNotes: 'Statusnotater i alt', subGoalApprovals: 'Kontrakter i alt', meetings: 'Møder i alt' },
    shareHeader: { statusNotes: 'Andel statusnotater', subGoalApprovals: 'Andel delmål', meetings: 'Andel møder' },
    caption: (by) => `Rettidighed pr. ${by}`,
    fileName: 'rettidighed',
  },
  en: {
    heading: 'Timeliness',
    intro: 'The share of deadlines kept: status notes at least 14 days before the follow-up meeting, sub-goals approved within 3 months of the contract start, and follow-up meetings held on schedule. Only deadlines that have passed or were already met count.',
    reckonedFrom: (date) => `As of ${date}.`,
    kinds: { statusNotes: 'Status notes on time', subGoalApprovals: 'Sub-goals approved within 3 months', meetings: 'Follow-up meetings on schedule' },
    shareText: {
      statusNotes: (onTime, total) => `${onTime} of ${total} status notes came at least 14 days before the meeting.`,
      subGoalApprovals: (onTime, total) => `${onTime} of ${total} contracts had their sub-goals approved within 3 months.`,
      meetings: (onTime, total) => `${onTime} of ${total} meetings were held on schedule.`,
    },
    noDeadlines: 'No deadlines yet',
    byLabel: 'Broken down by',
    total: 'Total',
    onTimeHeader: { statusNotes: 'Status notes on time', subGoalApprovals: 'Sub-goals on time', meetings: 'Meetings on time' },
    totalHeader: { statusNotes: 'Status notes in all', subGoalApprovals: 'Contracts in all', meetings: 'Meetings in all' },
    shareHeader: { statusNotes: 'Share of status notes', subGoalApprovals: 'Share of sub-goals', meetings: 'Share of meetings' },
    caption: (by) => `Timeliness per ${by}`,
    fileName: 'timeliness',
  },
};

/** " (4)" after a list's name when the share says how many; nothing when its numbers are hidden. */
const counted = (count: number | null) => (count === null ? '' : ` (${count})`);

interface LateTexts {
  heading: string;
  intro: string;
  none: string;
  statusNotesHeading: (count: number | null) => string;
  statusNotesCaption: string;
  statusNotesFile: string;
  approvalsHeading: (count: number | null) => string;
  approvalsCaption: string;
  approvalsFile: string;
  meetingsHeading: (count: number | null) => string;
  meetingsCaption: string;
  meetingsFile: string;
  meeting: string;
  statusDue: string;
  received: string;
  notReceived: string;
  start: string;
  subGoalsDue: string;
  held: string;
  notHeld: string;
  citizen: string;
  provider: string;
  authority: string;
  contract: string;
}

export const LATE_TEXTS: Texts<LateTexts> = {
  da: {
    heading: 'Frister, der ikke blev holdt',
    intro: 'Sagerne bag andelene, med links til møder og kontrakter. Åbn en liste for at se den.',
    none: 'Ingen.',
    statusNotesHeading: (count) => `Statusnotater, der kom for sent eller mangler${counted(count)}`,
    statusNotesCaption: 'Statusnotater, der kom for sent eller mangler',
    statusNotesFile: 'statusnotater-for-sent',
    approvalsHeading: (count) => `Kontrakter uden godkendte delmål inden for 3 måneder${counted(count)}`,
    approvalsCaption: 'Kontrakter uden godkendte delmål inden for 3 måneder',
    approvalsFile: 'delmaal-for-sent',
    meetingsHeading: (count) => `Opfølgningsmøder, der ikke blev holdt til tiden${counted(count)}`,
    meetingsCaption: 'Opfølgningsmøder, der ikke blev holdt til tiden',
    meetingsFile: 'moeder-for-sent',
    meeting: 'Møde',
    statusDue: 'Frist for status',
    received: 'Modtaget',
    notReceived: 'Ikke modtaget',
    start: 'Start',
    subGoalsDue: 'Frist for delmål',
    held: 'Holdt',
    notHeld: 'Ikke holdt',
    citizen: 'Borger',
    provider: 'Leverandør',
    authority: 'Myndighed',
    contract: 'Kontrakt',
  },
  en: {
    heading: 'Deadlines not kept',
    intro: 'The cases behind the shares, with links to meetings and contracts. Open a list to see it.',
    none: 'None.',
    statusNotesHeading: (count) => `Status notes late or missing${counted(count)}`,
    statusNotesCaption: 'Status notes late or missing',
    statusNotesFile: 'late-status-notes',
    approvalsHeading: (count) => `Contracts without approved sub-goals within 3 months${counted(count)}`,
    approvalsCaption: 'Contracts without approved sub-goals within 3 months',
    approvalsFile: 'late-sub-goals',
    meetingsHeading: (count) => `Follow-up meetings not held on schedule${counted(count)}`,
    meetingsCaption: 'Follow-up meetings not held on schedule',
    meetingsFile: 'late-meetings',
    meeting: 'Meeting',
    statusDue: 'Status due',
    received: 'Received',
    notReceived: 'Not received',
    start: 'Start',
    subGoalsDue: 'Sub-goals due',
    held: 'Held',
    notHeld: 'Not held',
    citizen: 'Citizen',
    provider: 'Provider',
    authority: 'Authority',
    contract: 'Contract',
  },
};
