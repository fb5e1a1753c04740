import { meetingInvitation, type LocalizedText } from '@treklang/schema';

/*
 * The replies to a meeting's invitation live in "meeting-invitation" form responses about the citizen (Sorø's
 * Indkalderbrev/Opfølgingsbrev): the invitation part gives the meeting's date, the reply part who answers and
 * which of the letter's four statements they chose. A response belongs to the meeting whose Danish day it names.
 */

export interface InvitationReply {
  responseId: string;
  status: string;
  respondentName: string | null;
  respondentOrganization: string | null;
  reply: string | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The invitation responses for a meeting on `meetingDate` (YYYY-MM-DD), with each one's reply as far as given. */
export function repliesForMeeting(responses: readonly { id: string; status: string; answers: unknown }[], meetingDate: string): InvitationReply[] {
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

/** A participant's reply: the newest reply whose respondent has the participant's name (case and spacing ignored). */
export function replyOf(name: string, replies: readonly InvitationReply[]): InvitationReply | null {
  const wanted = name.trim().toLocaleLowerCase('da').replace(/\s+/g, ' ');
  const matches = replies.filter((r) => r.reply && r.respondentName?.toLocaleLowerCase('da').replace(/\s+/g, ' ') === wanted);
  return matches.at(-1) ?? null;
}

/** The letter's four statements (value and words) as the meeting-invitation template defines them. */
export function replyOptions(): { value: string; label: LocalizedText }[] {
  for (const section of meetingInvitation.sections) {
    const item = section.items.find((candidate) => candidate.id === 'reply');
    if (item && item.type === 'singleChoice') return item.options.map((option) => ({ value: String(option.value), label: option.label }));
  }
  return [];
}
