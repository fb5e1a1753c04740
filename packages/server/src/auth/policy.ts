import { effectiveScope } from './policy-scope.js';
import { TYPE_POLICIES } from './policy-table.js';
import type { Viewer } from './viewer.js';

/*
 * Role helpers for the services, and the side of the cases a viewer works on, read from the policy table
 * (policy-table.ts: the Contract row). The table and its enforcement (field-guard.ts) decide what each field shows.
 */

export type CaseScope =
  | { side: 'AUTHORITY'; organizationId: string }
  | { side: 'PROVIDER'; organizationId: string };

/** The side of the cases (orders, contracts) the viewer works on, or null for none (managers). */
export function caseScope(viewer: Viewer): CaseScope | null {
  const scope = effectiveScope(viewer, TYPE_POLICIES.Contract.roles);
  const organizationId = viewer.organization.rowId;
  if (viewer.organization.kind === 'AUTHORITY' && scope === 'OWN_AUTHORITY') return { side: 'AUTHORITY', organizationId };
  if (viewer.organization.kind === 'PROVIDER' && (scope === 'OWN_PROVIDER' || scope === 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT')) return { side: 'PROVIDER', organizationId };
  return null;
}

/** Full CPR numbers only for the citizen's own authority's caseworkers and admins. */
export function seesFullCpr(viewer: Viewer, citizenAuthorityId: string): boolean {
  return (
    viewer.organization.kind === 'AUTHORITY' &&
    viewer.organization.rowId === citizenAuthorityId &&
    (viewer.user.role === 'CASEWORKER' || viewer.user.role === 'ADMIN')
  );
}

export const isCaseworker = (viewer: Viewer): boolean =>
  viewer.organization.kind === 'AUTHORITY' && viewer.user.role === 'CASEWORKER';

export const isProviderStaff = (viewer: Viewer): boolean =>
  viewer.organization.kind === 'PROVIDER' && (viewer.user.role === 'PROVIDER_STAFF' || viewer.user.role === 'PROVIDER_MANAGER');

export const isProviderManager = (viewer: Viewer): boolean =>
  viewer.organization.kind === 'PROVIDER' && viewer.user.role === 'PROVIDER_MANAGER';

export const isAdmin = (viewer: Viewer): boolean => viewer.user.role === 'ADMIN';
