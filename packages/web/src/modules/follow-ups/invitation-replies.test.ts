import { describe, expect, it } from 'vitest';
import { lettersForMeeting, replyOptions } from './invitation-replies.js';

describe('invitation letters of a meeting', () => {
  const responses = [
    { id: 'R1', status: 'SUBMITTED', answers: { meetingDate: '2027-01-12', respondentName: 'Anne Hansen', respondentOrganization: 'Lindely', reply: 'ATTEND' } },
    { id: 'R2', status: 'DRAFT', answers: { meetingDate: '2027-01-12' } },
    { id: 'R3', status: 'SUBMITTED', answers: { meetingDate: '2026-06-01', respondentName: 'Anne Hansen', reply: 'NOT_RELEVANT' } },
    { id: 'R4', status: 'DRAFT', answers: null },
    { id: 'R5', status: 'SUBMITTED', answers: { meetingDate: '2027-01-12', respondentName: ' anne  hansen ', reply: 'SEND_NOTE' } },
  ];

  it('keeps the letters naming the meeting day, with the reply written in them so far', () => {
    const letters = lettersForMeeting(responses, '2027-01-12');
    expect(letters.map((r) => r.responseId)).toEqual(['R1', 'R2', 'R5']);
    expect(letters[0]).toEqual({ responseId: 'R1', status: 'SUBMITTED', respondentName: 'Anne Hansen', respondentOrganization: 'Lindely', reply: 'ATTEND' });
    expect(letters[1]).toMatchObject({ respondentName: null, reply: null });
    expect(letters[2]).toMatchObject({ respondentName: 'anne  hansen', reply: 'SEND_NOTE' });
  });

  it("offers the letter's four statements in the template's order", () => {
    expect(replyOptions().map((o) => o.value)).toEqual(['ATTEND', 'SEND_NOTE', 'OTHER_DATE', 'NOT_RELEVANT']);
    expect(replyOptions()[0]!.label.da).toContain('jeg vil gerne deltage');
  });
});
