import type { OrgScope, RoleScopes } from './policy-types.js';
import { type ApiScope, hasScope, isApiTokenViewer } from './scopes.js';
import type { Viewer } from './viewer.js';

/** The scope a role has under a policy, with OWN_CASES resolved by the kind of the viewer's organisation. */
export function effectiveScope(viewer: Viewer, roles: RoleScopes): OrgScope {
  const scope = roles[viewer.user.role];
  if (scope !== 'OWN_CASES') return scope;
  return viewer.organization.kind === 'AUTHORITY' ? 'OWN_AUTHORITY' : roles.PROVIDER_STAFF;
}

/** Refusal reason when an API token lacks the scope; null when the viewer may go on. */
export function apiScopeRefusal(viewer: Viewer, apiScope: ApiScope | null | undefined): string | null {
  if (apiScope === undefined || !isApiTokenViewer(viewer)) return null;
  if (apiScope === null) return 'API_TOKEN_NOT_ALLOWED';
  return hasScope(viewer, apiScope) ? null : `API_SCOPE_MISSING:${apiScope}`;
}


/** An active contract: ACTIVE, or TERMINATED and still delivering until its end date (the notice period). */
export function isDelivering(contract: { status: string; endDate: string | null }, today: string): boolean {
  return contract.status === 'ACTIVE' || (contract.status === 'TERMINATED' && (contract.endDate === null || contract.endDate >= today));
}

/**
 * A contract through which its provider may see and record the case's personal data: a draft being agreed, or an
 * active contract. The citizen's own record needs an active contract (isDelivering).
 */
export function isOpenToProvider(contract: { status: string; endDate: string | null }, today: string): boolean {
  return contract.status === 'DRAFT' || isDelivering(contract, today);
}
