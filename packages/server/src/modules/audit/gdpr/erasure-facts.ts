import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { Citizen } from '../../citizens/citizen.entity.js';
import { Consent } from '../../consents/consent.entity.js';
import { Contract } from '../../contracts/contract.entity.js';
import { FollowUpMeeting } from '../../follow-ups/follow-up-meeting.entity.js';
import { FormResponse } from '../../forms/form-response.entity.js';
import { FormSubjectType } from '../../forms/form.enums.js';
import { Goal } from '../../goals/goal.entity.js';
import { Measurement } from '../../measurements/measurement.entity.js';
import { Order } from '../../orders/order.entity.js';
import { StatusNote } from '../../status-notes/status-note.entity.js';
import type { ErasureFacts } from './citizen-erasure.service.js';

/*
 * What the erasure rule reads, for many citizens at once: eight queries per batch selecting only the dates, statuses
 * and links the rule needs, instead of every record of every citizen (loadCitizenRecords, about fourteen queries
 * per citizen with all free texts and JSON). The rows and relations are those of loadCitizenRecords; a test compares
 * the two on the same citizens (citizens-due-for-erasure.test.ts).
 */

const CHUNK = 500;

async function columnsWhereIn<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, property: keyof T & string, ids: string[], columns: (keyof T & string)[]): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const select = Object.fromEntries([property, ...columns].map((column) => [column, true]));
    rows.push(...(await db.getRepository(entity).find({ select: select as never, where: { [property]: In(ids.slice(i, i + CHUNK)) } as never })));
  }
  return rows;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** The erasure facts of each citizen, by citizen row ID. */
export async function loadErasureFacts(db: DataSource, citizens: Pick<Citizen, 'rowId' | 'createdAt'>[]): Promise<Map<string, ErasureFacts>> {
  const citizenIds = citizens.map((c) => c.rowId);
  const contracts = await columnsWhereIn(db, Contract, 'citizenId', citizenIds, ['rowId', 'status', 'createdAt', 'endDate']);
  const orders = await columnsWhereIn(db, Order, 'citizenId', citizenIds, ['status', 'sentAt', 'decidedAt']);
  const consents = await columnsWhereIn(db, Consent, 'citizenId', citizenIds, ['givenAt', 'revokedAt']);
  const contractIds = contracts.map((c) => c.rowId);
  const meetings = await columnsWhereIn(db, FollowUpMeeting, 'contractId', contractIds, ['rowId', 'heldAt', 'createdAt']);
  const statusNotes = await columnsWhereIn(db, StatusNote, 'contractId', contractIds, ['submittedAt']);
  const goals = await columnsWhereIn(db, Goal, 'contractId', contractIds, ['rowId']);
  const measurements = await columnsWhereIn(db, Measurement, 'goalId', goals.map((g) => g.rowId), ['createdAt']);
  const meetingIds = meetings.map((m) => m.rowId);
  const responses = await columnsWhereIn(db, FormResponse, 'subjectRowId', [...citizenIds, ...contractIds, ...meetingIds], ['subjectType', 'updatedAt']);

  const citizenOfContract = new Map(contracts.map((c) => [c.rowId, c.citizenId]));
  const citizenOfMeeting = new Map(meetings.map((m) => [m.rowId, citizenOfContract.get(m.contractId)]));
  const citizenOfGoal = new Map(goals.map((g) => [g.rowId, citizenOfContract.get(g.contractId)]));
  const citizenSet = new Set(citizenIds);
  const citizenOfResponse = (r: FormResponse): string | undefined => {
    if (r.subjectType === FormSubjectType.CITIZEN) return citizenSet.has(r.subjectRowId) ? r.subjectRowId : undefined;
    if (r.subjectType === FormSubjectType.CONTRACT) return citizenOfContract.get(r.subjectRowId);
    if (r.subjectType === FormSubjectType.MEETING) return citizenOfMeeting.get(r.subjectRowId);
    return undefined;
  };

  const byCitizen = {
    contracts: groupBy(contracts, (c) => c.citizenId),
    orders: groupBy(orders, (o) => o.citizenId),
    consents: groupBy(consents, (k) => k.citizenId),
    meetings: groupBy(meetings, (m) => citizenOfContract.get(m.contractId) ?? ''),
    statusNotes: groupBy(statusNotes, (n) => citizenOfContract.get(n.contractId) ?? ''),
    measurements: groupBy(measurements, (m) => citizenOfGoal.get(m.goalId) ?? ''),
    responses: groupBy(responses, (r) => citizenOfResponse(r) ?? ''),
  };
  return new Map(
    citizens.map((citizen) => [
      citizen.rowId,
      {
        citizen,
        contracts: byCitizen.contracts.get(citizen.rowId) ?? [],
        orders: byCitizen.orders.get(citizen.rowId) ?? [],
        consents: byCitizen.consents.get(citizen.rowId) ?? [],
        followUpMeetings: byCitizen.meetings.get(citizen.rowId) ?? [],
        statusNotes: byCitizen.statusNotes.get(citizen.rowId) ?? [],
        measurements: byCitizen.measurements.get(citizen.rowId) ?? [],
        formResponses: byCitizen.responses.get(citizen.rowId) ?? [],
      },
    ]),
  );
}
