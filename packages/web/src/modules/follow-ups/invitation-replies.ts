import { meetingInvitation, type LocalizedText } from '@treklang/schema';

/*
 * The invitation letters of a meeting: "meeting-invitation" form responses about the citizen (Sorø's
 * Indkalderbrev/Opfølgingsbrev). A letter belongs to the meeting whose Danish day it names. The letters are
 * documents; the replies that count are recorded per meeting and participant (FollowUpMeeting.invitationReplies).
 */

export interface InvitationLetter {
  responseId: string;
  status: string;
  respondentName: string | null;
  respondentOrganization: string | null;
  reply: string | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The invitation letters for a meeting on `meetingDate` (YYYY-MM-DD), with the reply written in each as far as given. */
export function lettersForMeeting(responses: readonly { id: string; status: string; answers: unknown }[], meetingDate: string): InvitationLetter[] {
  return responses.flatMap((response) => {
    const answers = (response.answers && typeof response.answers === 'object' ? response.answers : {}) as Record<string, unknown>;
    if (answers.meetingDate !== meetingDate) return [];
    return [
      {
        responseId: response.id,
        status: response.status,
        respondentName: text(answers.respondentName),
        respondentOrganization: text(answers.respondentOrganization),
        reply: text(answers.reply),
      },
    ];
  });
}

/** The letter's four statements (value and words) as the meeting-invitation template defines them. */
export function replyOptions(): { value: string; label: LocalizedText }[] {
  for (const section of meetingInvitation.sections) {
    const item = section.items.find((candidate) => candidate.id === 'reply');
    if (item && item.type === 'singleChoice') return item.options.map((option) => ({ value: String(option.value), label: option.label }));
  }
  return [];
}
