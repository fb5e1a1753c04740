import type { FormRole } from '@treklang/schema';
import type { Viewer } from '../../session/session.js';

/**
 * The role the viewer fills forms in, as the API decides it (auth/policy.ts caseScope): an authority's
 * caseworker fills the authority's items, provider staff the provider's; anyone else only reads.
 */
export function formRoleOf(viewer: Viewer): FormRole | null {
  if (viewer.organization.kind === 'AUTHORITY' && viewer.role === 'CASEWORKER') return 'AUTHORITY';
  if (viewer.organization.kind === 'PROVIDER' && (viewer.role === 'PROVIDER_STAFF' || viewer.role === 'PROVIDER_MANAGER')) return 'PROVIDER';
  return null;
}
