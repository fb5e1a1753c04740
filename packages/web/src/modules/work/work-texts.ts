import type { DeadlineKind } from '../../generated/graphql.js';
import type { Texts } from '../../i18n/language.js';

export interface WorkTexts {
  title: string;
  intro: string;
  managerIntro: string;
  managerLink: string;
  overdueTitle: string;
  upcomingTitle: string;
  none: string;
  due: string;
  kind: string;
  what: string;
  citizen: string;
  overdue: string;
  kinds: Record<DeadlineKind, string>;
}

export const WORK_TEXTS: Texts<WorkTexts> = {
  da: {
    title: 'Mit arbejde',
    intro: 'Frister i dine sager: overskredne først, derefter de kommende 8 uger.',
    managerIntro: 'Som leder ser du samlede tal, ikke enkelte sager.',
    managerLink: 'Gå til progression',
    overdueTitle: 'Overskredne frister',
    upcomingTitle: 'Kommende frister',
    none: 'Ingen frister her.',
    due: 'Frist',
    kind: 'Type',
    what: 'Hvad',
    citizen: 'Borger',
    overdue: 'Overskredet',
    kinds: {
      MEETING: 'Opfølgningsmøde',
      MEETING_PLANNING: 'Planlæg opfølgningsmøde',
      ORDER_DECISION: 'Beslutning om bestilling',
      STATUS_NOTE: 'Statusnotat',
      SUB_GOAL_APPROVAL: 'Godkendelse af delmål',
    },
  },
  en: {
    title: 'My work',
    intro: 'Deadlines in your cases: overdue first, then the next 8 weeks.',
    managerIntro: 'As a manager you see aggregates, not individual cases.',
    managerLink: 'Go to progression',
    overdueTitle: 'Overdue',
    upcomingTitle: 'Upcoming',
    none: 'No deadlines here.',
    due: 'Due',
    kind: 'Kind',
    what: 'What',
    citizen: 'Citizen',
    overdue: 'Overdue',
    kinds: {
      MEETING: 'Follow-up meeting',
      MEETING_PLANNING: 'Plan a follow-up meeting',
      ORDER_DECISION: 'Decision on an order',
      STATUS_NOTE: 'Status note',
      SUB_GOAL_APPROVAL: 'Sub-goal approval',
    },
  },
};
