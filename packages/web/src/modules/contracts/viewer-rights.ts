import type { Viewer } from '../../session/session.js';

/*
 * What the viewer may do, as the API decides it (auth/policy.ts on the server): the buttons shown are the
 * ones that can succeed. The server still checks every write.
 */

/** A caseworker (or admin) of an authority: creates citizens and contracts, sets goals, decides sub-goals. */
export function isAuthorityCaseworker(viewer: Viewer): boolean {
  return viewer.organization.kind === 'AUTHORITY' && (viewer.role === 'CASEWORKER' || viewer.role === 'ADMIN');
}

/** An administrator of an authority: anonymises citizens after the retention period. */
export function isAuthorityAdmin(viewer: Viewer): boolean {
  return viewer.organization.kind === 'AUTHORITY' && viewer.role === 'ADMIN';
}

/** Provider staff or manager: proposes sub-goals, signs as seller. */
export function isProviderStaff(viewer: Viewer): boolean {
  return viewer.organization.kind === 'PROVIDER' && (viewer.role === 'PROVIDER_STAFF' || viewer.role === 'PROVIDER_MANAGER');
}

/** The caseworker of this contract's authority. */
export function isCaseworkerOf(viewer: Viewer, contract: { authority: { id: string } }): boolean {
  return isAuthorityCaseworker(viewer) && viewer.organization.id === contract.authority.id;
}

/** Staff of this contract's provider. */
export function isStaffOf(viewer: Viewer, contract: { provider: { id: string } }): boolean {
  return isProviderStaff(viewer) && viewer.organization.id === contract.provider.id;
}

/**
 * What the API withholds from provider staff (it answers an empty text, an empty list or null then): personal data
 * need an open contract and a consent in force that names the provider for that kind of information. A contract's
 * purpose is never empty otherwise, and its citizen is only null when withheld.
 */
export function withheldFrom(viewer: Viewer, contract: { provider: { id: string }; citizen?: unknown; purpose: string }): { identity: boolean; goals: boolean } {
  if (!isStaffOf(viewer, contract)) return { identity: false, goals: false };
  return { identity: contract.citizen == null, goals: contract.purpose === '' };
}
