import { formatDate, type Locale, type LocalizedText } from '@treklang/schema';
import { DeadlineKind } from './deadline.type.js';

export interface DescriptionParts {
  dueDate: string;
  overdue: boolean;
  goalTitle?: string;
  meetingDate?: string;
}

/** What is due, in Danish and English; the dates are already written for the reader ("2. okt. 2026"). */
function texts(kind: DeadlineKind, p: DescriptionParts): LocalizedText {
  switch (kind) {
    case DeadlineKind.SUB_GOAL_APPROVAL:
      // Without the goal's title when the viewer may not see the goal (the policy withholds it).
      return p.goalTitle === undefined
        ? { da: `Delmål til et indsatsmål skal være godkendt senest ${p.dueDate}.`, en: `Sub-goals for a goal must be approved by ${p.dueDate}.` }
        : {
            da: `Delmål til indsatsmålet »${p.goalTitle}« skal være godkendt senest ${p.dueDate}.`,
            en: `Sub-goals for the goal "${p.goalTitle}" must be approved by ${p.dueDate}.`,
          };
    case DeadlineKind.STATUS_NOTE:
      return {
        da: `Skriftlig status til opfølgningsmødet ${p.meetingDate} skal afleveres senest ${p.dueDate}.`,
        en: `The status note for the follow-up meeting on ${p.meetingDate} is due by ${p.dueDate}.`,
      };
    case DeadlineKind.MEETING_PLANNING:
      return {
        da: `Planlægningen af opfølgningsmødet ${p.meetingDate} skal begynde senest ${p.dueDate}.`,
        en: `Planning of the follow-up meeting on ${p.meetingDate} must start by ${p.dueDate}.`,
      };
    case DeadlineKind.MEETING:
      return p.overdue
        ? { da: `Opfølgningsmødet ${p.dueDate} er ikke registreret som afholdt.`, en: `The follow-up meeting on ${p.dueDate} is not recorded as held.` }
        : { da: `Opfølgningsmøde ${p.dueDate}.`, en: `Follow-up meeting on ${p.dueDate}.` };
    case DeadlineKind.ORDER_DECISION:
      return {
        da: `Bestillingen skal accepteres eller afvises senest ${p.dueDate} (månedligt ledelsestilsyn).`,
        en: `The order must be accepted or declined by ${p.dueDate} (monthly management review).`,
      };
  }
}

/** The deadline in the reader's language, its dates as the reader writes them (the API's dueDate stays ISO). */
export function describeDeadline(kind: DeadlineKind, parts: DescriptionParts, locale: Locale): string {
  const dates = { dueDate: formatDate(parts.dueDate, locale), meetingDate: formatDate(parts.meetingDate, locale) };
  return texts(kind, { ...parts, ...dates })[locale];
}
