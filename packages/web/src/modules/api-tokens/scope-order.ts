import type { ApiTokenScope } from '../../generated/graphql.js';

/** The scopes in the order the page lists them: by subject, reading before changing. */
export const SCOPE_ORDER: readonly ApiTokenScope[] = [
  'READ_CITIZENS',
  'WRITE_CITIZENS',
  'READ_CONSENTS',
  'WRITE_CONSENTS',
  'READ_CONTRACTS',
  'WRITE_CONTRACTS',
  'WRITE_MEASUREMENTS',
  'READ_FORMS',
  'WRITE_FORMS',
  'READ_PROGRESSION',
  'READ_AUDIT',
];

/** A token's scopes in SCOPE_ORDER (the API lists them in the order they were given). */
export function sortScopes(scopes: readonly ApiTokenScope[]): ApiTokenScope[] {
  const rank = (scope: ApiTokenScope) => {
    const at = SCOPE_ORDER.indexOf(scope);
    return at === -1 ? SCOPE_ORDER.length : at;
  };
  return [...scopes].sort((a, b) => rank(a) - rank(b));
}
