import { describe, expect, it } from 'vitest';
import type { Answers, ValidationContext } from '../forms/types.js';
import { checkDefinition } from '../forms/check-definition.js';
import { validateResponse } from '../forms/validate.js';
import { completeAnswers } from './examples/meeting-invitation.example.js';
import { itemsFilledBy, missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { templateByKey } from './index.js';
import { MEETING_REPLY_OPTIONS, meetingInvitation } from './meeting-invitation.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-08-24' };
const codes = (answers: Answers, context = submit) => validateResponse(meetingInvitation, answers, context).map((i) => [i.path, i.code]);

/** The fields each reply shows, with an answer that fits each. */
const REPLY_FIELDS: Record<string, Answers> = {
  ATTEND: { attendees: [{ name: 'Hanne Kjær', role: 'Mentor', organization: 'Mentorkorpset Sorø' }] },
  SEND_NOTE: { noteDueDate: '2026-09-04' },
  OTHER_DATE: { alternativeDates: 'Tirsdag 15. eller tirsdag 22. september efter kl. 12.' },
  NOT_RELEVANT: { notRelevantReason: 'Borgeren er afsluttet i Misbrugscentret i juni.' },
};
const REQUIRED_FIELD: Record<string, string | null> = { ATTEND: 'attendees', SEND_NOTE: 'noteDueDate', OTHER_DATE: 'alternativeDates', NOT_RELEVANT: null };

const { attendees: _, ...withoutReplyFields } = completeAnswers;

describe('meeting invitation and reply (Sorø Bilag 1-2, 4-5)', () => {
  it('is registered as a built-in template, version 1', () => {
    expect(templateByKey('meeting-invitation')).toBe(meetingInvitation);
    expect(meetingInvitation.version).toBe(1);
    expect(JSON.parse(JSON.stringify(meetingInvitation))).toStrictEqual(meetingInvitation);
  });

  it('passes checkDefinition', () => {
    expect(checkDefinition(meetingInvitation)).toEqual([]);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(meetingInvitation)).toEqual([]);
  });

  it("offers the letters' four reply statements in their order", () => {
    expect(MEETING_REPLY_OPTIONS.map((o) => o.value)).toEqual(['ATTEND', 'SEND_NOTE', 'OTHER_DATE', 'NOT_RELEVANT']);
    expect(MEETING_REPLY_OPTIONS[0]!.label.da).toBe('Ja, det vurderes relevant og jeg vil gerne deltage');
    expect(MEETING_REPLY_OPTIONS[3]!.label.da).toBe('Nej, det vurderes ikke relevant at deltage.');
  });

  it('accepts the complete example in submit mode', () => {
    expect(validateResponse(meetingInvitation, completeAnswers, submit)).toEqual([]);
  });

  it('accepts an empty draft', () => {
    expect(validateResponse(meetingInvitation, {}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(meetingInvitation, completeAnswers);
  it('has a removal case for every required answer of the example', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual(
      expect.arrayContaining(['letterKind', 'meetingNumber', 'meetingDate', 'place', 'agenda', 'agenda.3.agendaTopic', 'invitees', 'reply', 'attendees', 'repliedOn']),
    );
    expect(removals.length).toBeGreaterThanOrEqual(22);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  describe('conditions', () => {
    it('asks for the meeting number only in the follow-up letter', () => {
      const { meetingNumber: __, ...first } = completeAnswers;
      expect(codes({ ...first, letterKind: 'FIRST' })).toEqual([]);
      expect(codes({ ...completeAnswers, letterKind: 'FIRST' })).toEqual([[['meetingNumber'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...completeAnswers, meetingNumber: 1 })).toEqual([[['meetingNumber'], 'OUT_OF_RANGE']]);
    });

    for (const reply of Object.keys(REPLY_FIELDS)) {
      it(`shows only the fields of the reply ${reply}`, () => {
        const answers = { ...withoutReplyFields, reply, ...REPLY_FIELDS[reply] };
        expect(codes(answers)).toEqual([]);
        const required = REQUIRED_FIELD[reply];
        if (required) expect(codes({ ...withoutReplyFields, reply })).toEqual([[[required], 'REQUIRED']]);
        else expect(codes({ ...withoutReplyFields, reply })).toEqual([]);
        for (const other of Object.keys(REPLY_FIELDS).filter((r) => r !== reply)) {
          const [field] = Object.keys(REPLY_FIELDS[other]!);
          expect(codes({ ...answers, ...REPLY_FIELDS[other] })).toEqual([[[field], 'HIDDEN_ANSWERED']]);
        }
      });
    }
  });

  describe('who fills what', () => {
    it('lets the caseworker write the invitation and an invited partner the reply', () => {
      const replyItems = ['respondentName', 'respondentOrganization', 'reply', 'attendees', 'noteDueDate', 'alternativeDates', 'notRelevantReason', 'repliedOn'];
      expect(itemsFilledBy(meetingInvitation, 'PROVIDER')).toEqual(replyItems);
      const reply = Object.fromEntries(Object.entries(completeAnswers).filter(([id]) => replyItems.includes(id)));
      expect(codes(reply, { mode: 'draft', today: submit.today, role: 'PROVIDER' })).toEqual([]);
      expect(codes({ ...reply, place: 'Et andet sted' }, { mode: 'draft', today: submit.today, role: 'PROVIDER' })).toEqual([[['place'], 'NOT_YOURS']]);
    });
  });
});
