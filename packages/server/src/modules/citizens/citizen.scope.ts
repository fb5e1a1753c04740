import { danishToday } from '@treklang/schema';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { caseScope } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { ConsentCategory } from '../consents/consent-category.js';
import { Citizen } from './citizen.entity.js';

/**
 * Citizens the viewer may read (the Citizen row of auth/policy-table.ts in SQL): their authority's; for a provider
 * only those with an active contract there (ACTIVE, or TERMINATED until its end date) whose consent in force lets
 * their name and identity be shared with the provider. An order or an ended contract is not enough.
 */
export function visibleCitizens(db: DataSource | EntityManager, viewer: Viewer, alias = 'citizen'): SelectQueryBuilder<Citizen> {
  const query = db.getRepository(Citizen).createQueryBuilder(alias);
  const scope = caseScope(viewer);
  if (!scope) return query.where('1 = 0');
  if (scope.side === 'AUTHORITY') return query.where(`${alias}.authorityId = :scopeOrg`, { scopeOrg: scope.organizationId });
  return query.where(
    `EXISTS (SELECT 1 FROM contract sc WHERE sc.citizen_id = ${alias}.id AND sc.provider_id = :scopeOrg
        AND (sc.status = 'ACTIVE' OR (sc.status = 'TERMINATED' AND (sc.end_date IS NULL OR sc.end_date >= :scopeToday))))
      AND EXISTS (SELECT 1 FROM consent_share cs INNER JOIN consent c ON c.id = cs.consent_id
        WHERE cs.citizen_id = ${alias}.id AND cs.organization_id = :scopeOrg AND cs.category = :scopeIdentity AND c.revoked_at IS NULL)`,
    { scopeOrg: scope.organizationId, scopeToday: danishToday(), scopeIdentity: ConsentCategory.IDENTITY },
  );
}

export async function findVisibleCitizen(db: DataSource | EntityManager, viewer: Viewer, rowId: string): Promise<Citizen | null> {
  return visibleCitizens(db, viewer).andWhere('citizen.rowId = :rowId', { rowId }).getOne();
}
