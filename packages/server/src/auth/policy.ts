import type { Viewer } from './viewer.js';

/*
 * Who may read what, in one place. A later hardening adds per-field policies and audit; the scoping
 * rules here are the base: a caseworker sees the citizens of their authority, provider staff the
 * citizens with a contract or an order at their provider, and managers see aggregates only.
 */

const AUTHORITY_CASE_ROLES = new Set(['CASEWORKER', 'ADMIN', 'INTEGRATOR']);
const PROVIDER_CASE_ROLES = new Set(['PROVIDER_STAFF', 'PROVIDER_MANAGER', 'ADMIN', 'INTEGRATOR']);

export type CaseScope =
  | { side: 'AUTHORITY'; organizationId: string }
  | { side: 'PROVIDER'; organizationId: string };

/** The cases (citizens, orders, contracts) the viewer may read, or null for none (managers). */
export function caseScope(viewer: Viewer): CaseScope | null {
  const { role } = viewer.user;
  const organizationId = viewer.organization.rowId;
  if (viewer.organization.kind === 'AUTHORITY' && AUTHORITY_CASE_ROLES.has(role)) return { side: 'AUTHORITY', organizationId };
  if (viewer.organization.kind === 'PROVIDER' && PROVIDER_CASE_ROLES.has(role)) return { side: 'PROVIDER', organizationId };
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
