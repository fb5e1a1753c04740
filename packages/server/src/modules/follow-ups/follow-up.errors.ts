import { DomainError } from '../../common/domain-error.js';

export const FollowUpErrors = {
  onlyCaseworker: () =>
    new DomainError(
      'FORBIDDEN',
      { da: 'Kun rådgiveren i kontraktens myndighed kan indkalde til og afholde opfølgningsmøder.', en: "Only a caseworker of the contract's authority can call and hold follow-up meetings." },
      null,
    ),
  contractNotActive: (field: string[] = ['input', 'contractId']) =>
    new DomainError('CONTRACT_NOT_ACTIVE', { da: 'Der kan kun holdes opfølgning på en aktiv kontrakt.', en: 'Only an active contract can be followed up.' }, field),
  meetingInPast: (field: string[] = ['input', 'scheduledAt']) =>
    new DomainError('MEETING_IN_PAST', { da: 'Mødet kan ikke ligge i fortiden.', en: 'The meeting cannot be in the past.' }, field),
  meetingHeld: (field: string[] = ['input', 'meetingId']) =>
    new DomainError('MEETING_HELD', { da: 'Mødet er allerede afholdt.', en: 'The meeting has already been held.' }, field),
  heldInFuture: () =>
    new DomainError('HELD_IN_FUTURE', { da: 'Et møde kan ikke være afholdt i fremtiden.', en: 'A meeting cannot have been held in the future.' }, ['input', 'heldAt']),
  nextMeetingNotAfterHeld: () =>
    new DomainError('INVALID', { da: 'Næste møde skal ligge efter dette møde.', en: 'The next meeting must be after this one.' }, ['input', 'nextMeetingAt']),
  nextMeetingWhenEnding: () =>
    new DomainError(
      'INVALID',
      { da: 'Når indsatsen afsluttes, aftales der ikke et næste opfølgningsmøde.', en: 'When the effort ends, no next follow-up meeting is agreed.' },
      ['input', 'nextMeetingAt'],
    ),
  goalNotInContract: (field: string[]) =>
    new DomainError('GOAL_NOT_IN_CONTRACT', { da: 'Målet hører ikke til mødets kontrakt.', en: "The goal does not belong to the meeting's contract." }, field),
  goalListedTwice: (field: string[]) =>
    new DomainError('DUPLICATE', { da: 'Målet er nævnt mere end én gang.', en: 'The goal is listed more than once.' }, field),
  onlyCaseParties: () =>
    new DomainError(
      'FORBIDDEN',
      {
        da: 'Kun rådgiveren i kontraktens myndighed og leverandørens medarbejdere kan registrere svar på indkaldelsen.',
        en: "Only a caseworker of the contract's authority and the provider's staff can record replies to the invitation.",
      },
      null,
    ),
  participantUnknown: () =>
    new DomainError('INVALID', { da: 'Deltageren er ikke indkaldt til mødet.', en: 'The participant is not invited to the meeting.' }, ['input', 'participantIndex']),
  answeredInFuture: () =>
    new DomainError('INVALID', { da: 'Svaret kan ikke være givet i fremtiden.', en: 'The reply cannot have been given in the future.' }, ['input', 'answeredOn']),
  otherDatesRequired: () =>
    new DomainError(
      'REQUIRED',
      { da: 'Skriv, hvilke andre datoer deltageren kan.', en: 'Write which other dates suit the participant.' },
      ['input', 'comment'],
    ),
};
