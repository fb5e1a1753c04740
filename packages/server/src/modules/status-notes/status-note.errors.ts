import { DomainError } from '../../common/domain-error.js';

export const StatusNoteErrors = {
  onlyProvider: () =>
    new DomainError(
      'FORBIDDEN',
      { da: 'Kun leverandørens medarbejdere og ledere kan skrive den skriftlige status.', en: "Only the provider's staff and managers can write the status note." },
      null,
    ),
  exists: () =>
    new DomainError(
      'STATUS_NOTE_EXISTS',
      { da: 'Der er allerede afleveret en skriftlig status til dette møde; ret den i stedet.', en: 'A status note has already been submitted for this meeting; update it instead.' },
      ['input', 'meetingId'],
    ),
  meetingHeld: (field: string[]) =>
    new DomainError(
      'MEETING_HELD',
      { da: 'Mødet er afholdt; den skriftlige status kan ikke længere afleveres eller ændres.', en: 'The meeting has been held; the status note can no longer be submitted or changed.' },
      field,
    ),
  notReviewedReason: () =>
    new DomainError(
      'REQUIRED',
      { da: 'Skriv hvorfor status ikke er gennemgået med borgeren (eller værgen).', en: 'Say why the status was not reviewed with the citizen (or guardian).' },
      ['input', 'notReviewedReason'],
    ),
  unknownTheme: (field: string[]) => new DomainError('UNKNOWN_LIFE_THEME', { da: 'Ukendt livstema.', en: 'Unknown life theme.' }, field),
  themeTwice: (field: string[]) =>
    new DomainError('DUPLICATE', { da: 'Livstemaet er nævnt mere end én gang.', en: 'The life theme is listed more than once.' }, field),
  functionalLevel: (field: string[]) =>
    new DomainError('VALUE_OUT_OF_RANGE', { da: 'Funktionsevneniveauet skal være et helt tal fra 0 til 4.', en: 'The functional level must be a whole number from 0 to 4.' }, field),
  goalNotInContract: (field: string[]) =>
    new DomainError('GOAL_NOT_IN_CONTRACT', { da: 'Målet hører ikke til mødets kontrakt.', en: "The goal does not belong to the meeting's contract." }, field),
  goalTwice: (field: string[]) =>
    new DomainError('DUPLICATE', { da: 'Målet er nævnt mere end én gang.', en: 'The goal is listed more than once.' }, field),
  scaleWithoutScore: (field: string[]) =>
    new DomainError('REQUIRED', { da: 'Angiv scoren på skalaen, eller udelad skalaen.', en: 'Give the score on the scale, or leave the scale out.' }, field),
  scoreWithoutScale: (field: string[]) =>
    new DomainError('REQUIRED', { da: 'Angiv hvilken skala scoren er på.', en: 'Say which scale the score is on.' }, field),
};
