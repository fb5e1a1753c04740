import { localDate, nextRegularFollowUp } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors, DomainError } from '../../common/domain-error.js';
import { requiredText } from '../../common/validate.js';
import { claimVersion } from '../../common/version.js';
import { nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import type { ContractVersion } from '../contracts/contract-version.entity.js';
import { createContractVersion } from '../contracts/contract-versions.service.js';
import { Contract } from '../contracts/contract.entity.js';
import { ContractStatus } from '../contracts/contract.enums.js';
import { Goal } from '../goals/goal.entity.js';
import { addGoal, updateGoal } from '../goals/goal.service.js';
import type { CompleteFollowUpInput } from './dto/follow-up.input.js';
import { EffortDecision, FollowUpMeeting, MeetingKind } from './follow-up-meeting.entity.js';
import { FollowUpErrors } from './follow-up.errors.js';
import { findVisibleMeeting } from './follow-up.scope.js';
import { assertActive, assertCaseworkerOf, createMeeting, defaultAgenda, nextPendingMeeting } from './follow-up.service.js';

export interface CompletedFollowUp {
  meeting: FollowUpMeeting;
  contract: Contract;
  contractVersion: ContractVersion;
  nextMeeting: FollowUpMeeting | null;
}

/** Checks that each listed goal belongs to the contract and is listed once; returns the goal rows by index. */
function goalsOfContract(ids: string[], goals: Map<string, Goal>, listName: string, idField: string): Goal[] {
  const seen = new Set<string>();
  return ids.map((id, index) => {
    const field = ['input', listName, String(index), idField];
    const rowId = rowIdOf(id, 'Goal', field);
    const goal = goals.get(rowId);
    if (!goal) throw FollowUpErrors.goalNotInContract(field);
    if (seen.has(rowId)) throw FollowUpErrors.goalListedTwice(field);
    seen.add(rowId);
    return goal;
  });
}

/** The next regular meeting on the service type's interval after the day it was held, at the same time of day. */
function defaultNextMeetingAt(contract: Contract, heldOn: string, meeting: FollowUpMeeting): string | null {
  const date = nextRegularFollowUp(contract.serviceType, heldOn);
  return date === null ? null : `${date}T${meeting.scheduledAt.slice(11)}`;
}

/**
 * Records what a follow-up meeting decided: minutes, goal outcomes, changed and new goals, the next meeting,
 * and freezes the updated contract as its next version for the citizen. One transaction: any userError
 * (a fourth goal, a stale version) leaves the meeting unheld and the contract unchanged. A changed goal's stale version
 * is reported at ['input', 'changedGoals', i, 'expectedVersion'], apart from the meeting's own.
 */
export async function completeFollowUp(tx: EntityManager, viewer: Viewer, input: CompleteFollowUpInput): Promise<CompletedFollowUp> {
  const meetingRowId = rowIdOf(input.meetingId, 'FollowUpMeeting', ['input', 'meetingId']);
  const found = await findVisibleMeeting(tx, viewer, meetingRowId);
  if (!found) throw CommonErrors.notFound('Mødet', ['input', 'meetingId']);
  const { meeting, contract } = found;
  assertCaseworkerOf(viewer, contract);
  const meetingVersion = await claimVersion(tx, FollowUpMeeting, meetingRowId, input.expectedVersion, 'Mødet');
  if (meeting.heldAt !== null) throw FollowUpErrors.meetingHeld();
  assertActive(contract, ['input', 'meetingId']);

  const now = nowInstant();
  const heldAt = input.heldAt ?? now;
  if (heldAt > now) throw FollowUpErrors.heldInFuture();
  const heldOn = localDate(heldAt);
  const minutes = requiredText(input.minutes, ['input', 'minutes']);
  const ending = input.decision === EffortDecision.END;
  if (ending && input.nextMeetingAt) throw FollowUpErrors.nextMeetingWhenEnding();
  if (input.nextMeetingAt && input.nextMeetingAt <= now) throw FollowUpErrors.meetingInPast(['input', 'nextMeetingAt']);
  if (input.nextMeetingAt && input.nextMeetingAt <= heldAt) throw FollowUpErrors.nextMeetingNotAfterHeld();

  const goals = new Map((await tx.getRepository(Goal).findBy({ contractId: contract.rowId })).map((goal) => [goal.rowId, goal]));
  // Changed goals first, against the versions the caseworker read; an outcome of the same goal then builds on the change.
  const changed = input.changedGoals ?? [];
  const changedGoals = goalsOfContract(changed.map((c) => c.id), goals, 'changedGoals', 'id');
  for (const [index, change] of changed.entries()) {
    const field = ['input', 'changedGoals', String(index)];
    const updated = await updateGoal(tx, viewer, change, field).catch((error: unknown) => {
      throw error instanceof DomainError && error.code === 'VERSION_CONFLICT' ? new DomainError(error.code, error.messages, [...field, 'expectedVersion']) : error;
    });
    changedGoals[index].version = updated.version;
  }
  const outcomes = input.goalOutcomes ?? [];
  const outcomeGoals = goalsOfContract(outcomes.map((o) => o.goalId), goals, 'goalOutcomes', 'goalId');
  for (const [index, outcome] of outcomes.entries()) {
    const goal = outcomeGoals[index];
    const comment = outcome.comment?.trim() ? outcome.comment : null;
    const updated = await updateGoal(tx, viewer, { id: goal.id, expectedVersion: goal.version, status: outcome.status, outcomeComment: comment }, ['input', 'goalOutcomes', String(index)]);
    goal.version = updated.version;
  }
  for (const [index, draft] of (input.newGoals ?? []).entries()) {
    await addGoal(tx, viewer, { ...draft, contractId: contract.id }, ['input', 'newGoals', String(index)]);
  }

  let nextMeeting: FollowUpMeeting | null = null;
  const nextMeetingAt = ending ? null : (input.nextMeetingAt ?? defaultNextMeetingAt(contract, heldOn, meeting));
  if (nextMeetingAt !== null) {
    nextMeeting = await createMeeting(tx, contract, {
      kind: MeetingKind.REGULAR,
      scheduledAt: nextMeetingAt,
      location: meeting.location,
      agenda: defaultAgenda(),
      participants: meeting.participants,
    });
  }
  const meetingChanges = { heldAt, minutes, decision: input.decision, nextMeetingAt: nextMeeting?.scheduledAt ?? null };
  await tx.getRepository(FollowUpMeeting).update({ rowId: meetingRowId }, meetingChanges);

  const pending = ending ? null : await nextPendingMeeting(tx, contract.rowId);
  const contractChanges: Partial<Contract> = ending
    ? { status: ContractStatus.ENDED, endDate: heldOn, nextFollowUpDate: null }
    : { nextFollowUpDate: pending ? localDate(pending.scheduledAt) : null };
  await tx
    .createQueryBuilder()
    .update(Contract)
    .set({ ...contractChanges, version: () => 'version + 1' } as never)
    .where('id = :id', { id: contract.rowId })
    .execute();
  const current = await tx.getRepository(Contract).findOneByOrFail({ rowId: contract.rowId });
  const contractVersion = await createContractVersion(tx, current, `Opfølgningsmøde ${heldOn}`);
  return { meeting: Object.assign(meeting, meetingChanges, { version: meetingVersion }), contract: current, contractVersion, nextMeeting };
}
