import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { caseScope } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { Order } from './order.entity.js';

/** A predicate for orders already loaded: the authority sees the orders it sent, the provider those sent to it. */
export function visibleOrders(viewer: Viewer): (order: Order) => boolean {
  const scope = caseScope(viewer);
  if (!scope) return () => false;
  return scope.side === 'AUTHORITY'
    ? (order) => order.authorityId === scope.organizationId
    : (order) => order.providerId === scope.organizationId;
}

/** Orders the viewer may read; managers (aggregates only) get none. */
export function visibleOrdersQuery(db: DataSource | EntityManager, viewer: Viewer, alias = 'purchaseOrder'): SelectQueryBuilder<Order> {
  const query = db.getRepository(Order).createQueryBuilder(alias);
  const scope = caseScope(viewer);
  if (!scope) return query.where('1 = 0');
  const column = scope.side === 'AUTHORITY' ? 'authorityId' : 'providerId';
  return query.where(`${alias}.${column} = :scopeOrg`, { scopeOrg: scope.organizationId });
}

export async function findVisibleOrder(db: DataSource | EntityManager, viewer: Viewer, rowId: string): Promise<Order | null> {
  return visibleOrdersQuery(db, viewer, 'purchaseOrder').andWhere('purchaseOrder.rowId = :rowId', { rowId }).getOne();
}
