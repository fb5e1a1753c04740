import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { ChangeNotice } from '../../change-notices/change-notice.entity.js';
import { Citizen } from '../../citizens/citizen.entity.js';
import { Consent } from '../../consents/consent.entity.js';
import { ContractVersion } from '../../contracts/contract-version.entity.js';
import { Contract } from '../../contracts/contract.entity.js';
import { FollowUpMeeting } from '../../follow-ups/follow-up-meeting.entity.js';
import { InvitationReply } from '../../follow-ups/invitation-reply.entity.js';
import { FormResponse } from '../../forms/form-response.entity.js';
import { FormSubjectType } from '../../forms/form.enums.js';
import { Goal } from '../../goals/goal.entity.js';
import { Measurement } from '../../measurements/measurement.entity.js';
import { Order } from '../../orders/order.entity.js';
import { GoalStatusReport } from '../../status-notes/goal-status.entity.js';
import { StatusNote } from '../../status-notes/status-note.entity.js';
import { SubGoal } from '../../sub-goals/sub-goal.entity.js';

/** Everything stored about one citizen, table by table (the basis of the art. 15 export and of erasure). */
export interface CitizenRecords {
  citizen: Citizen;
  orders: Order[];
  contracts: Contract[];
  contractVersions: ContractVersion[];
  goals: Goal[];
  subGoals: SubGoal[];
  measurements: Measurement[];
  followUpMeetings: FollowUpMeeting[];
  invitationReplies: InvitationReply[];
  statusNotes: StatusNote[];
  goalStatusReports: GoalStatusReport[];
  changeNotices: ChangeNotice[];
  consents: Consent[];
  formResponses: FormResponse[];
}

type Db = DataSource | EntityManager;

async function whereIn<T extends ObjectLiteral>(db: Db, entity: EntityTarget<T>, property: string, ids: string[]): Promise<T[]> {
  if (!ids.length) return [];
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    rows.push(...(await db.getRepository(entity).find({ where: { [property]: In(ids.slice(i, i + 500)) } as never, order: { createdAt: 'ASC' } as never })));
  }
  return rows;
}

const idsOf = (rows: { rowId: string }[]) => rows.map((row) => row.rowId);

export async function loadCitizenRecords(db: Db, citizen: Citizen): Promise<CitizenRecords> {
  const orders = await whereIn(db, Order, 'citizenId', [citizen.rowId]);
  const contracts = await whereIn(db, Contract, 'citizenId', [citizen.rowId]);
  const contractIds = idsOf(contracts);
  const goals = await whereIn(db, Goal, 'contractId', contractIds);
  const goalIds = idsOf(goals);
  const followUpMeetings = await whereIn(db, FollowUpMeeting, 'contractId', contractIds);
  const statusNotes = await whereIn(db, StatusNote, 'contractId', contractIds);
  const subjectIds = [citizen.rowId, ...contractIds, ...idsOf(followUpMeetings)];
  const formResponses = (await whereIn(db, FormResponse, 'subjectRowId', subjectIds)).filter(
    (response) =>
      (response.subjectType === FormSubjectType.CITIZEN && response.subjectRowId === citizen.rowId) ||
      (response.subjectType === FormSubjectType.CONTRACT && contractIds.includes(response.subjectRowId)) ||
      (response.subjectType === FormSubjectType.MEETING && followUpMeetings.some((m) => m.rowId === response.subjectRowId)),
  );
  return {
    citizen,
    orders,
    contracts,
    contractVersions: await whereIn(db, ContractVersion, 'contractId', contractIds),
    goals,
    subGoals: await whereIn(db, SubGoal, 'goalId', goalIds),
    measurements: await whereIn(db, Measurement, 'goalId', goalIds),
    followUpMeetings,
    invitationReplies: await whereIn(db, InvitationReply, 'meetingId', idsOf(followUpMeetings)),
    statusNotes,
    goalStatusReports: await whereIn(db, GoalStatusReport, 'statusNoteId', idsOf(statusNotes)),
    changeNotices: await whereIn(db, ChangeNotice, 'contractId', contractIds),
    consents: await whereIn(db, Consent, 'citizenId', [citizen.rowId]),
    formResponses,
  };
}

export async function findCitizen(db: Db, rowId: string): Promise<Citizen | null> {
  return db.getRepository(Citizen).findOneBy({ rowId });
}
