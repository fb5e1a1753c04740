import { DEFAULT_FOLLOW_UP_AGENDA, LIMITS, localDate, meetingDates, type IsoDate } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isAdmin, isCaseworker } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { optionalText, requiredText, textList } from '../../common/validate.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import type { Participant } from '../contracts/contract-parts.js';
import { Contract } from '../contracts/contract.entity.js';
import { ContractStatus } from '../contracts/contract.enums.js';
import { findVisibleContract } from '../contracts/contract.scope.js';
import type { ScheduleFollowUpInput } from './dto/follow-up.input.js';
import { FollowUpMeeting, MeetingKind } from './follow-up-meeting.entity.js';
import { FollowUpErrors } from './follow-up.errors.js';

/** Today in Danish time: deadlines and meeting days are Danish calendar days. */
export function todayInDenmark(): IsoDate {
  return localDate(new Date());
}

/** Follow-up meetings are called and held by the caseworker (or an admin) of the contract's authority. */
export function assertCaseworkerOf(viewer: Viewer, contract: Contract): void {
  if (!(isCaseworker(viewer) || isAdmin(viewer)) || viewer.organization.rowId !== contract.authorityId) throw FollowUpErrors.onlyCaseworker();
}

export function assertActive(contract: Contract, field: string[]): void {
  if (contract.status !== ContractStatus.ACTIVE) throw FollowUpErrors.contractNotActive(field);
}

function participantList(list: Participant[], field: string[]): Participant[] {
  if (list.length > LIMITS.maxListItems) throw CommonErrors.invalid(field, { da: 'For mange deltagere.', en: 'Too many participants.' });
  return list.map((p, i) => ({
    name: requiredText(p.name, [...field, String(i), 'name'], LIMITS.nameLength),
    role: requiredText(p.role, [...field, String(i), 'role'], LIMITS.nameLength),
    organization: optionalText(p.organization, [...field, String(i), 'organization'], LIMITS.nameLength),
  }));
}

/** The Hjørring agenda in Danish, stored with the meeting when the caseworker gives none. */
export function defaultAgenda(): string[] {
  return DEFAULT_FOLLOW_UP_AGENDA.map((item) => item.da);
}

export interface MeetingValues {
  kind: MeetingKind;
  scheduledAt: string;
  location: string | null;
  agenda: string[];
  participants: Participant[];
}

/** Saves a meeting with its planning (8 weeks) and status (14 days) deadlines computed from its day. */
export async function createMeeting(tx: EntityManager, contract: Contract, values: MeetingValues): Promise<FollowUpMeeting> {
  const dates = meetingDates(values.scheduledAt);
  return tx.getRepository(FollowUpMeeting).save(
    Object.assign(new FollowUpMeeting(), {
      rowId: newId(),
      version: 1,
      contractId: contract.rowId,
      kind: values.kind,
      scheduledAt: values.scheduledAt,
      planningStartBy: dates.planningStartBy,
      statusDueBy: dates.statusDueBy,
      location: values.location,
      agenda: values.agenda,
      participants: values.participants,
      heldAt: null,
      minutes: null,
      decision: null,
      nextMeetingAt: null,
      createdAt: nowInstant(),
    }),
  );
}

/** The contract's first meeting that is not held and not yet passed, or null. */
export async function nextPendingMeeting(tx: EntityManager, contractRowId: string): Promise<FollowUpMeeting | null> {
  return tx
    .getRepository(FollowUpMeeting)
    .createQueryBuilder('m')
    .where('m.contractId = :contractRowId AND m.heldAt IS NULL AND m.scheduledAt > :now', { contractRowId, now: nowInstant() })
    .orderBy('m.scheduledAt', 'ASC')
    .addOrderBy('m.rowId', 'ASC')
    .getOne();
}

export async function scheduleFollowUp(tx: EntityManager, viewer: Viewer, input: ScheduleFollowUpInput): Promise<FollowUpMeeting> {
  const contractRowId = rowIdOf(input.contractId, 'Contract', ['input', 'contractId']);
  const contract = await findVisibleContract(tx, viewer, contractRowId);
  if (!contract) throw CommonErrors.notFound('Kontrakten', ['input', 'contractId']);
  assertCaseworkerOf(viewer, contract);
  assertActive(contract, ['input', 'contractId']);
  if (input.scheduledAt <= nowInstant()) throw FollowUpErrors.meetingInPast();
  const agenda = textList(input.agenda, ['input', 'agenda']);
  const meeting = await createMeeting(tx, contract, {
    kind: input.kind,
    scheduledAt: input.scheduledAt,
    location: optionalText(input.location, ['input', 'location'], LIMITS.shortTextLength),
    agenda: agenda.length ? agenda : defaultAgenda(),
    participants: participantList(input.participants ?? contract.participants, ['input', 'participants']),
  });
  // The contract shows the date of its next meeting; only that column changes, so no version is claimed.
  const next = await nextPendingMeeting(tx, contract.rowId);
  if (next?.rowId === meeting.rowId) {
    const date = localDate(meeting.scheduledAt);
    await tx.getRepository(Contract).update({ rowId: contract.rowId }, { nextFollowUpDate: date });
  }
  return meeting;
}
