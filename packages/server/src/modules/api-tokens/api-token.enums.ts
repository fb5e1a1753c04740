import { registerEnumType } from 'type-graphql';
import { API_SCOPE_KEYS, API_SCOPES, type ApiScope, type ApiScopeKey } from '../../auth/scopes.js';

/** The GraphQL enum's values are the keys of API_SCOPES; tokens store and the Viewer carries the scope strings. */
export const ApiTokenScope = Object.fromEntries(API_SCOPE_KEYS.map((key) => [key, key])) as { [K in ApiScopeKey]: K };
export type ApiTokenScope = ApiScopeKey;

const WHAT: Record<ApiScopeKey, string> = {
  READ_CITIZENS: 'read citizens (name; CPR number where the organisation may see it)',
  WRITE_CITIZENS: 'create and change citizens',
  READ_CONTRACTS: 'read orders, contracts and their versions, goals, sub-goals, measurements, follow-up meetings, status notes, change notices and deadlines',
  WRITE_CONTRACTS: 'send and decide orders; create, change, sign and terminate contracts; goals, sub-goals, follow-ups, status notes and change notices',
  WRITE_MEASUREMENTS: 'record measurements on goals',
  READ_FORMS: 'read form templates and form responses',
  WRITE_FORMS: 'save and submit form responses',
  READ_CONSENTS: "read citizens' consents",
  WRITE_CONSENTS: 'grant and revoke consents',
  READ_PROGRESSION: 'read aggregated progression and timeliness reports (no personal data)',
  READ_AUDIT: "read the organisation's audit log",
};

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'What an integrator API token may do; the scope string in quotes. Role and organisation limits apply on top.',
  valuesConfig: Object.fromEntries(API_SCOPE_KEYS.map((key) => [key, { description: `Scope "${API_SCOPES[key]}": ${WHAT[key]}.` }])),
});

export const scopeString = (key: ApiScopeKey): ApiScope => API_SCOPES[key];

export function scopeKey(scope: string): ApiScopeKey | null {
  return API_SCOPE_KEYS.find((key) => API_SCOPES[key] === scope) ?? null;
}
