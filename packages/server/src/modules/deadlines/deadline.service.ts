import {
  compareDeadlines,
  horizonOf,
  addDays,
  addMonths,
  isOverdue,
  inDeadlineWindow,
  localDate,
  planningStartBy,
  subGoalsDueBy,
  SUB_GOAL_APPROVAL_MONTHS,
  PLANNING_LEAD_DAYS,
  type DeadlineKindKey,
  type DeadlineWindow,
  type Locale,
} from '@treklang/schema';
import type { DataSource } from 'typeorm';
import { caseScope, type CaseScope } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { Contract } from '../contracts/contract.entity.js';
import { ContractStatus } from '../contracts/contract.enums.js';
import { FollowUpMeeting } from '../follow-ups/follow-up-meeting.entity.js';
import { Goal } from '../goals/goal.entity.js';
import { GoalStatus } from '../goals/goal.enums.js';
import { Order, OrderStatus } from '../orders/order.entity.js';
import { StatusNote } from '../status-notes/status-note.entity.js';
import { SubGoal, SubGoalApproval } from '../sub-goals/sub-goal.entity.js';
import { describeDeadline, type DescriptionParts } from './deadline.descriptions.js';
import { Deadline, DeadlineKind } from './deadline.type.js';

export interface DeadlineQuery extends DeadlineWindow {
  kinds: Set<DeadlineKind>;
  locale: Locale;
}

type Refs = Partial<Pick<Deadline, 'contractId' | 'meetingId' | 'goalId' | 'orderId'>>;

/** Collects the deadlines that fall in the window. */
class DeadlineList {
  readonly items: Deadline[] = [];
  constructor(private readonly query: DeadlineQuery) {}

  add(kind: DeadlineKind, dueDate: string, refs: Refs, parts: Omit<DescriptionParts, 'dueDate' | 'overdue'> = {}): void {
    if (!this.query.kinds.has(kind) || !inDeadlineWindow(dueDate, this.query)) return;
    const overdue = isOverdue(dueDate, this.query.today);
    this.items.push(
      Object.assign(new Deadline(), {
        kind,
        dueDate,
        overdue,
        description: describeDeadline(kind, { ...parts, dueDate, overdue }, this.query.locale),
        contractId: refs.contractId ?? null,
        meetingId: refs.meetingId ?? null,
        goalId: refs.goalId ?? null,
        orderId: refs.orderId ?? null,
      }),
    );
  }
}

const scopeColumn = (scope: CaseScope): 'authorityId' | 'providerId' => (scope.side === 'AUTHORITY' ? 'authorityId' : 'providerId');

/** Goals of active contracts without an approved sub-goal: due 3 months after the contract's start. */
async function subGoalApprovals(db: DataSource, scope: CaseScope, query: DeadlineQuery, list: DeadlineList): Promise<void> {
  // A start after this day cannot make a due date inside the window (a few days' slack for month-end clamping).
  const latestStart = addDays(addMonths(horizonOf(query), -SUB_GOAL_APPROVAL_MONTHS), 3);
  const rows: { goalId: string; title: string; contractId: string; startDate: string }[] = await db
    .getRepository(Goal)
    .createQueryBuilder('goal')
    .innerJoin(Contract, 'contract', 'contract.rowId = goal.contractId')
    .select('goal.rowId', 'goalId')
    .addSelect('goal.title', 'title')
    .addSelect('goal.contractId', 'contractId')
    .addSelect('contract.startDate', 'startDate')
    .where(`contract.${scopeColumn(scope)} = :org`, { org: scope.organizationId })
    .andWhere('contract.status = :active AND goal.status = :goalActive', { active: ContractStatus.ACTIVE, goalActive: GoalStatus.ACTIVE })
    .andWhere('contract.startDate <= :latestStart', { latestStart })
    .andWhere((qb) => {
      const approved = qb
        .subQuery()
        .select('1')
        .from(SubGoal, 'subGoal')
        .where('subGoal.goalId = goal.rowId AND subGoal.approval = :approved', { approved: SubGoalApproval.APPROVED })
        .getQuery();
      return `NOT EXISTS ${approved}`;
    })
    .getRawMany();
  for (const row of rows) {
    list.add(DeadlineKind.SUB_GOAL_APPROVAL, subGoalsDueBy(row.startDate), { contractId: row.contractId, goalId: row.goalId }, { goalTitle: row.title });
  }
}

/** Meetings not yet held: planning (8 weeks before), the status note while missing (14 days before), the meeting itself. */
async function meetings(db: DataSource, scope: CaseScope, query: DeadlineQuery, list: DeadlineList): Promise<void> {
  const rows: { meetingId: string; contractId: string; scheduledAt: string; planningStartBy: string; statusDueBy: string; noteId: string | null }[] = await db
    .getRepository(FollowUpMeeting)
    .createQueryBuilder('meeting')
    .innerJoin(Contract, 'contract', 'contract.rowId = meeting.contractId')
    .leftJoin(StatusNote, 'note', 'note.meetingId = meeting.rowId')
    .select('meeting.rowId', 'meetingId')
    .addSelect('meeting.contractId', 'contractId')
    .addSelect('meeting.scheduledAt', 'scheduledAt')
    .addSelect('meeting.planningStartBy', 'planningStartBy')
    .addSelect('meeting.statusDueBy', 'statusDueBy')
    .addSelect('note.rowId', 'noteId')
    .where(`contract.${scopeColumn(scope)} = :org`, { org: scope.organizationId })
    .andWhere('contract.status = :active', { active: ContractStatus.ACTIVE })
    .andWhere('meeting.heldAt IS NULL')
    // Planning is the earliest of the three dates.
    .andWhere('meeting.planningStartBy <= :horizon', { horizon: horizonOf(query) })
    .getRawMany();
  for (const row of rows) {
    const refs = { contractId: row.contractId, meetingId: row.meetingId };
    const meetingDate = localDate(row.scheduledAt);
    list.add(DeadlineKind.MEETING_PLANNING, row.planningStartBy, refs, { meetingDate });
    if (!row.noteId) list.add(DeadlineKind.STATUS_NOTE, row.statusDueBy, refs, { meetingDate });
    list.add(DeadlineKind.MEETING, meetingDate, refs, { meetingDate });
  }
}

/** Active contracts with a next follow-up date but no meeting called yet: planning starts 8 weeks before that date. */
async function unplannedFollowUps(db: DataSource, scope: CaseScope, query: DeadlineQuery, list: DeadlineList): Promise<void> {
  const rows: { contractId: string; nextFollowUpDate: string }[] = await db
    .getRepository(Contract)
    .createQueryBuilder('contract')
    .select('contract.rowId', 'contractId')
    .addSelect('contract.nextFollowUpDate', 'nextFollowUpDate')
    .where(`contract.${scopeColumn(scope)} = :org`, { org: scope.organizationId })
    .andWhere('contract.status = :active AND contract.nextFollowUpDate IS NOT NULL', { active: ContractStatus.ACTIVE })
    .andWhere('contract.nextFollowUpDate <= :latest', { latest: addDays(horizonOf(query), PLANNING_LEAD_DAYS) })
    .andWhere((qb) => {
      const pending = qb.subQuery().select('1').from(FollowUpMeeting, 'pending').where('pending.contractId = contract.rowId AND pending.heldAt IS NULL').getQuery();
      return `NOT EXISTS ${pending}`;
    })
    .getRawMany();
  for (const row of rows) {
    list.add(DeadlineKind.MEETING_PLANNING, planningStartBy(row.nextFollowUpDate), { contractId: row.contractId }, { meetingDate: row.nextFollowUpDate });
  }
}

/** Orders sent and not yet decided: due at the provider's monthly management review. */
async function orderDecisions(db: DataSource, scope: CaseScope, query: DeadlineQuery, list: DeadlineList): Promise<void> {
  const rows: { orderId: string; decideBy: string }[] = await db
    .getRepository(Order)
    .createQueryBuilder('purchaseOrder')
    .select('purchaseOrder.rowId', 'orderId')
    .addSelect('purchaseOrder.decideBy', 'decideBy')
    .where(`purchaseOrder.${scopeColumn(scope)} = :org`, { org: scope.organizationId })
    .andWhere('purchaseOrder.status = :sent AND purchaseOrder.decideBy <= :horizon', { sent: OrderStatus.SENT, horizon: horizonOf(query) })
    .getRawMany();
  for (const row of rows) list.add(DeadlineKind.ORDER_DECISION, row.decideBy, { orderId: row.orderId });
}

/**
 * The viewer's deadlines: their authority's (caseworkers) or their provider's (provider staff), overdue and
 * upcoming within the window, by due date. A fixed number of queries whatever the number of contracts;
 * managers see aggregates only and get none.
 */
export async function listDeadlines(db: DataSource, viewer: Viewer, query: DeadlineQuery): Promise<Deadline[]> {
  const scope = caseScope(viewer);
  if (!scope) return [];
  const list = new DeadlineList(query);
  const wants = (...kinds: DeadlineKind[]) => kinds.some((kind) => query.kinds.has(kind));
  if (wants(DeadlineKind.SUB_GOAL_APPROVAL)) await subGoalApprovals(db, scope, query, list);
  if (wants(DeadlineKind.MEETING_PLANNING, DeadlineKind.STATUS_NOTE, DeadlineKind.MEETING)) await meetings(db, scope, query, list);
  if (wants(DeadlineKind.MEETING_PLANNING)) await unplannedFollowUps(db, scope, query, list);
  if (wants(DeadlineKind.ORDER_DECISION)) await orderDecisions(db, scope, query, list);
  const key = (d: Deadline) => `${d.contractId ?? ''}:${d.meetingId ?? ''}:${d.goalId ?? ''}:${d.orderId ?? ''}`;
  return list.items.map((d) => ({ d, k: { dueDate: d.dueDate, kind: d.kind as DeadlineKindKey, key: key(d) } })).sort((a, b) => compareDeadlines(a.k, b.k)).map(({ d }) => d);
}
