import type { LocalizedText } from '@treklang/schema';

/**
 * A business-rule or input problem found by a service. Mutations turn it into `userErrors` and roll back,
 * so the database is unchanged. Messages are written here in Danish and English, nowhere else.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly messages: LocalizedText,
    readonly field: string[] | null = null,
  ) {
    super(messages.en);
    this.name = 'DomainError';
  }
}

/** Errors that every feature can raise. */
export const CommonErrors = {
  notFound: (what: string, field: string[] = ['input', 'id']) =>
    new DomainError('NOT_FOUND', { da: `${what} findes ikke, eller du har ikke adgang til det.`, en: `${what} does not exist or you have no access to it.` }, field),
  malformedId: (field: string[]) =>
    new DomainError('MALFORMED_ID', { da: 'ID-værdien er ikke et gyldigt ID fra dette API.', en: 'The ID is not a valid ID from this API.' }, field),
  versionConflict: (what: string, current: number) =>
    new DomainError(
      'VERSION_CONFLICT',
      {
        da: `${what} er blevet ændret af en anden (nu version ${current}). Hent den nyeste version og prøv igen.`,
        en: `${what} was changed by someone else (now version ${current}). Load the latest version and try again.`,
      },
      ['input', 'expectedVersion'],
    ),
  forbidden: (action: LocalizedText) =>
    new DomainError('FORBIDDEN', { da: `Din rolle må ikke ${action.da}.`, en: `Your role may not ${action.en}.` }, null),
  tooLong: (field: string[], max: number) =>
    new DomainError('TOO_LONG', { da: `Teksten er for lang (højst ${max} tegn).`, en: `The text is too long (at most ${max} characters).` }, field),
  required: (field: string[]) =>
    new DomainError('REQUIRED', { da: 'Feltet skal udfyldes.', en: 'This field is required.' }, field),
  invalid: (field: string[], messages: LocalizedText) => new DomainError('INVALID', messages, field),
};
