import { LIMITS } from '@treklang/schema';
import { DomainError } from '../../common/domain-error.js';

export const API_TOKEN_NAME_LENGTH = LIMITS.apiTokenNameLength;
export const API_TOKEN_MAX_DAYS = LIMITS.apiTokenMaxDays;
/** Tokens in force (neither revoked nor expired) per organisation. */
export const MAX_ACTIVE_API_TOKENS = 100;

export const ApiTokenErrors = {
  onlyAdmins: () =>
    new DomainError(
      'FORBIDDEN',
      { da: 'Kun organisationens administratorer kan oprette, se og tilbagekalde API-tokens.', en: "Only the organisation's administrators can create, list and revoke API tokens." },
      null,
    ),
  noScopes: () => new DomainError('INVALID', { da: 'Vælg mindst ét scope.', en: 'Choose at least one scope.' }, ['input', 'scopes']),
  expiresInPast: () =>
    new DomainError('INVALID', { da: 'Udløbstidspunktet skal ligge i fremtiden.', en: 'The expiry must lie in the future.' }, ['input', 'expiresAt']),
  expiresTooLate: () =>
    new DomainError(
      'INVALID',
      { da: `Et API-token kan højst gælde i ${API_TOKEN_MAX_DAYS} dage.`, en: `An API token can be valid for at most ${API_TOKEN_MAX_DAYS} days.` },
      ['input', 'expiresAt'],
    ),
  tooMany: () =>
    new DomainError(
      'TOO_MANY',
      {
        da: `Organisationen har allerede ${MAX_ACTIVE_API_TOKENS} gyldige API-tokens. Tilbagekald nogle, før du opretter flere.`,
        en: `The organisation already has ${MAX_ACTIVE_API_TOKENS} API tokens in force. Revoke some before creating more.`,
      },
      null,
    ),
  alreadyRevoked: () => new DomainError('ALREADY_REVOKED', { da: 'API-tokenet er allerede tilbagekaldt.', en: 'The API token has already been revoked.' }, ['input', 'id']),
};
