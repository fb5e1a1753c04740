import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { caseScope } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { Contract } from './contract.entity.js';

/** A predicate for contracts already loaded: true when the viewer may see the contract. */
export function visibleContracts(viewer: Viewer): (contract: Contract) => boolean {
  const scope = caseScope(viewer);
  if (!scope) return () => false;
  return scope.side === 'AUTHORITY'
    ? (contract) => contract.authorityId === scope.organizationId
    : (contract) => contract.providerId === scope.organizationId;
}

/** Contracts the viewer may read: their authority's, or those at their provider. */
export function visibleContractsQuery(db: DataSource | EntityManager, viewer: Viewer, alias = 'contract'): SelectQueryBuilder<Contract> {
  const query = db.getRepository(Contract).createQueryBuilder(alias);
  const scope = caseScope(viewer);
  if (!scope) return query.where('1 = 0');
  const column = scope.side === 'AUTHORITY' ? 'authorityId' : 'providerId';
  return query.where(`${alias}.${column} = :scopeOrg`, { scopeOrg: scope.organizationId });
}

export async function findVisibleContract(db: DataSource | EntityManager, viewer: Viewer, rowId: string): Promise<Contract | null> {
  return visibleContractsQuery(db, viewer).andWhere('contract.rowId = :rowId', { rowId }).getOne();
}
