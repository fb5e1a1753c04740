import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { caseScope } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { Citizen } from './citizen.entity.js';

/** Citizens the viewer may read: their authority's, or those with a contract or order at their provider. */
export function visibleCitizens(db: DataSource | EntityManager, viewer: Viewer, alias = 'citizen'): SelectQueryBuilder<Citizen> {
  const query = db.getRepository(Citizen).createQueryBuilder(alias);
  const scope = caseScope(viewer);
  if (!scope) return query.where('1 = 0');
  if (scope.side === 'AUTHORITY') return query.where(`${alias}.authorityId = :scopeOrg`, { scopeOrg: scope.organizationId });
  return query.where(
    `(EXISTS (SELECT 1 FROM contract sc WHERE sc.citizen_id = ${alias}.id AND sc.provider_id = :scopeOrg)
      OR EXISTS (SELECT 1 FROM purchase_order so WHERE so.citizen_id = ${alias}.id AND so.provider_id = :scopeOrg))`,
    { scopeOrg: scope.organizationId },
  );
}

export async function findVisibleCitizen(db: DataSource | EntityManager, viewer: Viewer, rowId: string): Promise<Citizen | null> {
  return visibleCitizens(db, viewer).andWhere('citizen.rowId = :rowId', { rowId }).getOne();
}
