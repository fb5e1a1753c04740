import type { Viewer } from '../../auth/viewer.js';

/** Whose cases an aggregate covers: the viewer's own organisation's contracts, as buyer or as provider. */
export interface AggregateScope {
  side: 'AUTHORITY' | 'PROVIDER';
  /** The contract column that names the organisation. */
  column: 'authority_id' | 'provider_id';
  organizationId: string;
}

/**
 * Every role reads aggregates of its own organisation's cases and nothing else: an authority's managers,
 * caseworkers, admins and integrators its contracts; a provider's managers and staff the contracts placed
 * with it. Aggregates carry no names or CPR numbers, and small groups are suppressed.
 */
export function aggregateScope(viewer: Viewer): AggregateScope {
  const organizationId = viewer.organization.rowId;
  return viewer.organization.kind === 'AUTHORITY'
    ? { side: 'AUTHORITY', column: 'authority_id', organizationId }
    : { side: 'PROVIDER', column: 'provider_id', organizationId };
}
