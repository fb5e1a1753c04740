import { registerEnumType } from 'type-graphql';

export enum FormResponseStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(FormResponseStatus, {
  name: 'FormResponseStatus',
  description: 'DRAFT while being filled in (autosaved, may be incomplete); SUBMITTED once fully valid and its bound rows are written.',
  valuesConfig: {
    DRAFT: { description: 'Being filled in; answers may be incomplete.' },
    SUBMITTED: { description: 'Validated in full and submitted; bound rows (contract, status note, ...) are written. No longer editable.' },
  },
});

/** What a response is about; the same values as a definition's `subject`. */
export enum FormSubjectType {
  CITIZEN = 'CITIZEN',
  CONTRACT = 'CONTRACT',
  MEETING = 'MEETING',
}
registerEnumType(FormSubjectType, {
  name: 'FormSubjectType',
  description: 'What a form response is about: CITIZEN, CONTRACT or MEETING (a follow-up meeting).',
  valuesConfig: {
    CITIZEN: { description: 'A citizen (e.g. the contract checklist, before the contract exists).' },
    CONTRACT: { description: 'A contract (e.g. a change notice).' },
    MEETING: { description: 'A follow-up meeting (e.g. the status note).' },
  },
});

/** The GraphQL type of a subject's global ID. */
export const SUBJECT_NODE_TYPE: Record<FormSubjectType, string> = {
  CITIZEN: 'Citizen',
  CONTRACT: 'Contract',
  MEETING: 'FollowUpMeeting',
};
