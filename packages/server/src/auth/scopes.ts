import type { Viewer } from './viewer.js';

/*
 * What an integrator's API token may do. A token carries one or more scope strings; a person's login carries none
 * and has the rights of their role. The GraphQL enum ApiTokenScope (modules/api-tokens) is this table.
 */
export const API_SCOPES = {
  READ_CITIZENS: 'read:citizens',
  WRITE_CITIZENS: 'write:citizens',
  READ_CONTRACTS: 'read:contracts',
  WRITE_CONTRACTS: 'write:contracts',
  WRITE_MEASUREMENTS: 'write:measurements',
  READ_FORMS: 'read:forms',
  WRITE_FORMS: 'write:forms',
  READ_CONSENTS: 'read:consents',
  WRITE_CONSENTS: 'write:consents',
  READ_PROGRESSION: 'read:progression',
  READ_AUDIT: 'read:audit',
} as const;

export type ApiScopeKey = keyof typeof API_SCOPES;
export type ApiScope = (typeof API_SCOPES)[ApiScopeKey];

export const API_SCOPE_KEYS = Object.keys(API_SCOPES) as ApiScopeKey[];
const SCOPE_STRINGS = new Set<string>(Object.values(API_SCOPES));

export const isApiScope = (value: string): value is ApiScope => SCOPE_STRINGS.has(value);

/** True when the request came with an API token (scoped), false for a person's login. */
export const isApiTokenViewer = (viewer: Viewer): boolean => viewer.scopes !== undefined && viewer.scopes !== null;

/**
 * May the viewer act under this scope? A person's login is not limited by scopes (their role decides), so it
 * answers true; an API token only for the scopes it was granted. Role and organisation checks still apply on top.
 */
export function hasScope(viewer: Viewer, scope: ApiScope): boolean {
  return !isApiTokenViewer(viewer) || viewer.scopes!.has(scope);
}
