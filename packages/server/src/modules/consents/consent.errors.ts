import { DomainError } from '../../common/domain-error.js';

/** At most this many parties on one consent: the list of fagenheder/fagpersoner on Sorø's form (Bilag 6). */
export const MAX_CONSENT_PARTIES = 15;

/** Clock skew tolerated before a `givenAt` counts as being in the future. */
export const GIVEN_AT_TOLERANCE_MS = 5 * 60_000;

export const ConsentErrors = {
  onlyCaseworkers: () =>
    new DomainError('FORBIDDEN', { da: 'Kun borgerens myndigheds rådgivere kan registrere og tilbagekalde samtykker.', en: "Only caseworkers of the citizen's authority can record and revoke consents." }, null),
  tooManyParties: (field: string[] = ['input', 'parties']) =>
    new DomainError(
      'INVALID',
      { da: `Højst ${MAX_CONSENT_PARTIES} parter kan udveksle oplysninger.`, en: `At most ${MAX_CONSENT_PARTIES} parties can exchange information.` },
      field,
    ),
  excludedAndIncluded: (field: string[]) =>
    new DomainError(
      'INVALID',
      { da: 'De samme oplysninger kan ikke både må og ikke må udveksles.', en: 'The same information cannot be both allowed and excluded.' },
      field,
    ),
  givenInFuture: () =>
    new DomainError('INVALID', { da: 'Samtykket kan ikke være givet i fremtiden.', en: 'The consent cannot have been given in the future.' }, ['input', 'givenAt']),
  notAnOrganization: (index: number) =>
    new DomainError(
      'NOT_FOUND',
      { da: 'Organisationen findes ikke.', en: 'The organisation does not exist.' },
      ['input', 'organizationIds', String(index)],
    ),
  ownAuthority: (index: number) =>
    new DomainError(
      'INVALID',
      { da: 'Borgerens egen myndighed behøver ikke samtykke for at se borgerens oplysninger.', en: "The citizen's own authority needs no consent to see the citizen's information." },
      ['input', 'organizationIds', String(index)],
    ),
  noCategories: () =>
    new DomainError('REQUIRED', { da: 'Vælg mindst én slags oplysninger.', en: 'Choose at least one kind of information.' }, ['input', 'categories']),
  alreadyRevoked: () =>
    new DomainError('ALREADY_REVOKED', { da: 'Samtykket er allerede tilbagekaldt.', en: 'The consent has already been revoked.' }, ['input', 'id']),
};
