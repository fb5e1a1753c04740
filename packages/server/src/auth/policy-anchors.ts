import type { ChangeNotice } from '../modules/change-notices/change-notice.entity.js';
import { Citizen } from '../modules/citizens/citizen.entity.js';
import type { Consent } from '../modules/consents/consent.entity.js';
import type { ContractVersion } from '../modules/contracts/contract-version.entity.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import type { Deadline } from '../modules/deadlines/deadline.type.js';
import { FollowUpMeeting } from '../modules/follow-ups/follow-up-meeting.entity.js';
import type { FormResponse } from '../modules/forms/form-response.entity.js';
import type { InvitationReply } from '../modules/follow-ups/invitation-reply.entity.js';
import { Goal } from '../modules/goals/goal.entity.js';
import type { Measurement } from '../modules/measurements/measurement.entity.js';
import { Order } from '../modules/orders/order.entity.js';
import type { GoalStatusReport } from '../modules/status-notes/goal-status.entity.js';
import { StatusNote } from '../modules/status-notes/status-note.entity.js';
import type { SubGoal } from '../modules/sub-goals/sub-goal.entity.js';
import { type Anchor, type CaseAccess, type MaybePromise, andThen } from './case-access.js';

/*
 * Where each type of the policy table belongs: its citizen, its contract, its order or its organisation. Related rows
 * come from what the request already read or from its DataLoaders, so checking a page of goals costs no query when
 * their contracts were read first, and one batched query when not.
 */

type AnchorOf = (row: never, access: CaseAccess) => MaybePromise<Anchor | null>;

const citizenAnchor = (citizen: Citizen | null): Anchor | null =>
  citizen ? { kind: 'CITIZEN', citizenId: citizen.rowId, authorityId: citizen.authorityId } : null;

const contractAnchor = (contract: Contract | null): Anchor | null => (contract ? { kind: 'CONTRACT', contract } : null);

const ofContract = (access: CaseAccess, contractId: string): MaybePromise<Anchor | null> =>
  andThen(access.rowOf(Contract, 'Contract', contractId), contractAnchor);

const ofGoal = (access: CaseAccess, goalId: string): MaybePromise<Anchor | null> =>
  andThen(access.rowOf(Goal, 'Goal', goalId), (goal) => (goal ? ofContract(access, goal.contractId) : null));

const ofOrder = (order: Order | null): Anchor | null =>
  order ? { kind: 'ORDER', citizenId: order.citizenId, authorityId: order.authorityId, providerId: order.providerId } : null;

export const ANCHORS: Readonly<Record<string, AnchorOf>> = {
  Citizen: (citizen: Citizen) => citizenAnchor(citizen),
  Consent: (consent: Consent, access) => andThen(access.rowOf(Citizen, 'Citizen', consent.citizenId), citizenAnchor),
  Order: (order: Order) => ofOrder(order),
  Contract: (contract: Contract) => contractAnchor(contract),
  ContractVersion: (version: ContractVersion, access) => ofContract(access, version.contractId),
  Goal: (goal: Goal, access) => ofContract(access, goal.contractId),
  SubGoal: (subGoal: SubGoal, access) => ofGoal(access, subGoal.goalId),
  Measurement: (measurement: Measurement, access) => ofGoal(access, measurement.goalId),
  FollowUpMeeting: (meeting: FollowUpMeeting, access) => ofContract(access, meeting.contractId),
  InvitationReply: (reply: InvitationReply, access) =>
    andThen(access.rowOf(FollowUpMeeting, 'FollowUpMeeting', reply.meetingId), (meeting) => (meeting ? ofContract(access, meeting.contractId) : null)),
  StatusNote: (note: StatusNote, access) => ofContract(access, note.contractId),
  GoalStatusReport: (report: GoalStatusReport, access) =>
    andThen(access.rowOf(StatusNote, 'StatusNote', report.statusNoteId), (note) => (note ? ofContract(access, note.contractId) : null)),
  ChangeNotice: (notice: ChangeNotice, access) => ofContract(access, notice.contractId),
  FormResponse: (response: FormResponse, access) => {
    if (response.subjectType === 'CITIZEN') return andThen(access.rowOf(Citizen, 'Citizen', response.subjectRowId), citizenAnchor);
    if (response.subjectType === 'CONTRACT') return ofContract(access, response.subjectRowId);
    return andThen(access.rowOf(FollowUpMeeting, 'FollowUpMeeting', response.subjectRowId), (meeting) => (meeting ? ofContract(access, meeting.contractId) : null));
  },
  Deadline: (deadline: Deadline, access) => {
    if (deadline.contractId) return ofContract(access, deadline.contractId);
    return deadline.orderId ? andThen(access.rowOf(Order, 'Order', deadline.orderId), ofOrder) : null;
  },
  User: (user: { organizationId: string }) => ({ kind: 'ORGANIZATION', organizationId: user.organizationId }),
  ApiToken: (token: { organizationId: string }) => ({ kind: 'ORGANIZATION', organizationId: token.organizationId }),
  AuditLogEntry: () => ({ kind: 'ROOT_ONLY' }),
  UserAccount: () => ({ kind: 'ROOT_ONLY' }),
  CitizenAccessLogEntry: () => ({ kind: 'ROOT_ONLY' }),
  DataExport: () => ({ kind: 'ROOT_ONLY' }),
  CitizenErasureStatus: () => ({ kind: 'ROOT_ONLY' }),
  CitizenDueForErasure: () => ({ kind: 'ROOT_ONLY' }),
};
