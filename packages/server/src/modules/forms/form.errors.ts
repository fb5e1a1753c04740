import type { LocalizedText } from '@treklang/schema';
import { DomainError } from '../../common/domain-error.js';

export const FormErrors = {
  templateNotFound: (field: string[] = ['input', 'templateKey']) =>
    new DomainError('NOT_FOUND', { da: 'Skabelonen findes ikke, eller du har ikke adgang til den.', en: 'The template does not exist or you have no access to it.' }, field),
  onlyAuthority: () =>
    new DomainError(
      'FORBIDDEN',
      { da: 'Kun en myndigheds rådgivere og administratorer kan udgive skabeloner.', en: "Only an authority's caseworkers and administrators can publish templates." },
      null,
    ),
  badKey: () =>
    new DomainError(
      'INVALID',
      { da: 'Nøglen skal bestå af små bogstaver, tal og bindestreger (højst 100 tegn).', en: 'The key must consist of lower-case letters, digits and hyphens (at most 100 characters).' },
      ['input', 'key'],
    ),
  notAnObject: (field: string[]) =>
    new DomainError('WRONG_TYPE', { da: 'Værdien skal være et JSON-objekt.', en: 'The value must be a JSON object.' }, field),
  subjectRequired: () =>
    new DomainError('REQUIRED', { da: 'Angiv hvad besvarelsen handler om (subjectId).', en: 'Say what the response is about (subjectId).' }, ['input', 'subjectId']),
  templateRequired: () =>
    new DomainError('REQUIRED', { da: 'Angiv skabelonen (templateKey) for en ny besvarelse.', en: 'Give the template (templateKey) for a new response.' }, ['input', 'templateKey']),
  wrongSubject: (expected: LocalizedText) =>
    new DomainError(
      'WRONG_SUBJECT',
      { da: `Denne skabelon udfyldes om en ${expected.da}.`, en: `This template is filled in about a ${expected.en}.` },
      ['input', 'subjectId'],
    ),
  subjectNotFound: () =>
    new DomainError('NOT_FOUND', { da: 'Emnet findes ikke, eller du har ikke adgang til det.', en: 'The subject does not exist or you have no access to it.' }, ['input', 'subjectId']),
  cannotFill: () =>
    new DomainError('FORBIDDEN', { da: 'Din rolle kan ikke udfylde skemaer.', en: 'Your role cannot fill in forms.' }, null),
  expectedVersionRequired: () =>
    new DomainError('REQUIRED', { da: 'Angiv den version, du har læst (expectedVersion).', en: 'Give the version you read (expectedVersion).' }, ['input', 'expectedVersion']),
  alreadySubmitted: () =>
    new DomainError('ALREADY_SUBMITTED', { da: 'Besvarelsen er allerede indsendt og kan ikke ændres.', en: 'The response has already been submitted and cannot be changed.' }, ['input', 'id']),
  providerRequired: () =>
    new DomainError(
      'REQUIRED',
      { da: 'Angiv leverandøren (providerId) for kontrakten.', en: 'Give the provider (providerId) for the contract.' },
      ['input', 'providerId'],
    ),
};

/** Subject kinds in words, for messages. */
export const SUBJECT_WORDS = {
  CITIZEN: { da: 'borger', en: 'citizen' },
  CONTRACT: { da: 'kontrakt', en: 'contract' },
  MEETING: { da: 'opfølgningsmøde', en: 'follow-up meeting' },
} as const;
