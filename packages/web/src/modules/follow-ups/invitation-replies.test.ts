import { describe, expect, it } from 'vitest';
import { repliesForMeeting, replyOf, replyOptions } from './invitation-replies.js';

describe('invitation replies of a meeting', () => {
  const responses = [
    { id: 'R1', status: 'SUBMITTED', answers: { meetingDate: '2027-01-12', respondentName: 'Anne Hansen', respondentOrganization: 'Lindely', reply: 'ATTEND' } },
    { id: 'R2', status: 'DRAFT', answers: { meetingDate: '2027-01-12' } },
    { id: 'R3', status: 'SUBMITTED', answers: { meetingDate: '2026-06-01', respondentName: 'Anne Hansen', reply: 'NOT_RELEVANT' } },
    { id: 'R4', status: 'DRAFT', answers: null },
    { id: 'R5', status: 'SUBMITTED', answers: { meetingDate: '2027-01-12', respondentName: ' anne  hansen ', reply: 'SEND_NOTE' } },
  ];

  it('keeps the responses naming the meeting day, with what they answered so far', () => {
    const replies = repliesForMeeting(responses, '2027-01-12');
    expect(replies.map((r) => r.responseId)).toEqual(['R1', 'R2', 'R5']);
    expect(replies[0]).toEqual({ responseId: 'R1', status: 'SUBMITTED', respondentName: 'Anne Hansen', respondentOrganization: 'Lindely', reply: 'ATTEND' });
    expect(replies[1]).toMatchObject({ respondentName: null, reply: null });
  });

  it("finds a participant's newest reply by name, ignoring case and spacing", () => {
    const replies = repliesForMeeting(responses, '2027-01-12');
    expect(replyOf('Anne Hansen', replies)?.reply).toBe('SEND_NOTE');
    expect(replyOf('Bo Jensen', replies)).toBeNull();
  });

  it("offers the letter's four statements in the template's order", () => {
    expect(replyOptions().map((o) => o.value)).toEqual(['ATTEND', 'SEND_NOTE', 'OTHER_DATE', 'NOT_RELEVANT']);
    expect(replyOptions()[0]!.label.da).toContain('jeg vil gerne deltage');
  });
});
