import { danishToday, LIMITS, orderDecisionDueAt } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isCaseworker, isProviderManager } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import type { ServiceType } from '../../common/enums.js';
import { requiredText } from '../../common/validate.js';
import { claimVersion } from '../../common/version.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import { findVisibleCitizen } from '../citizens/citizen.scope.js';
import { Organization } from '../organizations/organization.entity.js';
import type { DecideOrderInput, SendOrderInput, UpdateOrderInput } from './dto/order.input.js';
import { OrderDecision } from './order.enums.js';
import { Order, OrderStatus } from './order.entity.js';
import { OrderErrors } from './order.errors.js';
import { findVisibleOrder } from './order.scope.js';

function checkServices(services: ServiceType[] | null | undefined): ServiceType[] {
  const unique = [...new Set(services ?? [])];
  if (unique.length === 0) throw CommonErrors.required(['input', 'services']);
  return unique;
}

function checkGoals(goals: string[] | null | undefined): string[] {
  const list = goals ?? [];
  if (list.length > LIMITS.maxGoalsPerContract) throw OrderErrors.goalLimit();
  return list.map((goal, index) => requiredText(goal, ['input', 'goals', String(index)], LIMITS.shortTextLength));
}

/** A (re)sent order waits for the provider manager until the monthly management review. */
function sentNow(): Pick<Order, 'status' | 'sentAt' | 'decideBy' | 'decidedAt' | 'decidedById' | 'declineReason'> {
  const sentAt = nowInstant();
  return { status: OrderStatus.SENT, sentAt, decideBy: orderDecisionDueAt(sentAt), decidedAt: null, decidedById: null, declineReason: null };
}

export async function sendOrder(tx: EntityManager, viewer: Viewer, input: SendOrderInput): Promise<Order> {
  if (!isCaseworker(viewer)) throw OrderErrors.onlyCaseworkers();
  const citizenId = rowIdOf(input.citizenId, 'Citizen', ['input', 'citizenId']);
  const providerId = rowIdOf(input.providerId, 'Organization', ['input', 'providerId']);
  const citizen = await findVisibleCitizen(tx, viewer, citizenId);
  if (!citizen) throw CommonErrors.notFound('Borgeren', ['input', 'citizenId']);
  const provider = await tx.getRepository(Organization).findOneBy({ rowId: providerId });
  if (!provider) throw CommonErrors.notFound('Leverandøren', ['input', 'providerId']);
  if (provider.kind !== 'PROVIDER') throw OrderErrors.notAProvider();
  const order = Object.assign(new Order(), {
    rowId: newId(),
    version: 1,
    citizenId,
    authorityId: viewer.organization.rowId,
    providerId,
    assessment: requiredText(input.assessment, ['input', 'assessment'], LIMITS.longTextLength),
    services: checkServices(input.services),
    goals: checkGoals(input.goals),
    ...sentNow(),
    createdAt: nowInstant(),
  });
  return tx.getRepository(Order).save(order);
}

export async function decideOrder(tx: EntityManager, viewer: Viewer, input: DecideOrderInput): Promise<Order> {
  if (!isProviderManager(viewer)) throw OrderErrors.onlyProviderManagers();
  const rowId = rowIdOf(input.id, 'Order', ['input', 'id']);
  const order = await findVisibleOrder(tx, viewer, rowId);
  if (!order) throw CommonErrors.notFound('Bestillingen');
  const declineReason = input.decision === OrderDecision.DECLINED ? requiredText(input.reason, ['input', 'reason'], LIMITS.longTextLength) : null;
  if (order.status !== OrderStatus.SENT) throw OrderErrors.notPending(order.status);
  const version = await claimVersion(tx, Order, rowId, input.expectedVersion, 'Bestillingen');
  const changes: Partial<Order> = {
    status: input.decision === OrderDecision.ACCEPTED ? OrderStatus.ACCEPTED : OrderStatus.DECLINED,
    decidedAt: nowInstant(),
    decidedById: viewer.user.rowId,
    declineReason,
  };
  await tx.getRepository(Order).update({ rowId }, changes);
  return Object.assign(order, changes, { version });
}

/** Changes an order and sends it again: whatever its state, the provider manager must accept it again. */
export async function updateOrder(tx: EntityManager, viewer: Viewer, input: UpdateOrderInput): Promise<Order> {
  if (!isCaseworker(viewer)) throw OrderErrors.onlyCaseworkers();
  const rowId = rowIdOf(input.id, 'Order', ['input', 'id']);
  const order = await findVisibleOrder(tx, viewer, rowId);
  if (!order) throw CommonErrors.notFound('Bestillingen');
  const changes: Partial<Order> = {};
  if (input.assessment != null) changes.assessment = requiredText(input.assessment, ['input', 'assessment'], LIMITS.longTextLength);
  if (input.services != null) changes.services = checkServices(input.services);
  if (input.goals != null) changes.goals = checkGoals(input.goals);
  const version = await claimVersion(tx, Order, rowId, input.expectedVersion, 'Bestillingen');
  Object.assign(changes, sentNow());
  await tx.getRepository(Order).update({ rowId }, changes);
  return Object.assign(order, changes, { version });
}

/** True while the order waits for a decision past its deadline. */
export function isOverdue(order: Order, today = danishToday()): boolean {
  return order.status === OrderStatus.SENT && order.decideBy < today;
}
