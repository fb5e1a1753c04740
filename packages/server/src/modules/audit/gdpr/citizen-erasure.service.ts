import { randomBytes } from 'node:crypto';
import { danishParts, ERASURE_CONFIRMATION } from '@treklang/schema';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Viewer } from '../../../auth/viewer.js';
import { CommonErrors } from '../../../common/domain-error.js';
import type { Engine } from '../../../db/data-source.js';
import { nowInstant } from '../../../db/columns.js';
import { Citizen } from '../../citizens/citizen.entity.js';
import type { Consent } from '../../consents/consent.entity.js';
import { ContractVersion } from '../../contracts/contract-version.entity.js';
import { Contract } from '../../contracts/contract.entity.js';
import { ContractStatus } from '../../contracts/contract.enums.js';
import { FollowUpMeeting } from '../../follow-ups/follow-up-meeting.entity.js';
import { InvitationReply } from '../../follow-ups/invitation-reply.entity.js';
import { FormResponse } from '../../forms/form-response.entity.js';
import { Goal } from '../../goals/goal.entity.js';
import { Measurement } from '../../measurements/measurement.entity.js';
import { Order, OrderStatus } from '../../orders/order.entity.js';
import { ChangeNotice } from '../../change-notices/change-notice.entity.js';
import { GoalStatusReport } from '../../status-notes/goal-status.entity.js';
import { StatusNote } from '../../status-notes/status-note.entity.js';
import { SubGoal } from '../../sub-goals/sub-goal.entity.js';
import { CitizenErasureRow } from '../audit.entities.js';
import { appendToChain } from '../audit-chain.js';
import type { AuditOrigin } from '../audit-origin.js';
import { ErasureErrors } from '../audit.errors.js';
import { type CitizenRecords, loadCitizenRecords } from './citizen-records.js';

/*
 * Erasure (anonymisation) of a citizen after the retention period: the citizen's name, CPR number, contact
 * details and every free text about them (contract texts, goals, sub-goals, notes, meeting minutes, participants'
 * names, signatures, form answers, contract snapshots) are overwritten; structure, dates, scores and codes stay, so
 * statistics keep working. The birth date keeps its year only. Allowed only for a closed case whose last activity
 * lies more than the retention period back, and only for an ADMIN of the citizen's authority. The erasure is
 * written to the audit chain in the same transaction.
 */

export const REDACTED = '[anonymiseret]';
export const ERASED_NAME = 'Anonymiseret borger';

const redactedOrNull = (value: string | null | undefined) => (value ? REDACTED : null);

/** Free-text keys inside JSON documents (contract snapshots, participants, signatures). */
const FREE_TEXT_KEYS = new Set(['purpose', 'goalRationale', 'dischargeCriteria', 'name', 'organization', 'title', 'measurableCriterion', 'outcomeComment', 'method', 'description', 'comment', 'terminationReason']);

export function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, FREE_TEXT_KEYS.has(key) && typeof v === 'string' ? REDACTED : redactJson(v)]),
    );
  }
  return value;
}

/** The Danish date of an instant (an activity just after midnight belongs to that day); a date stays as it is. */
const dayOf = (value: string): string => (value.length > 10 ? danishParts(value).date : value);

/**
 * The parts of a citizen's records that the erasure rule reads: what `loadCitizenRecords` gives, or the lighter
 * `loadErasureFacts` (erasure-facts.ts) for a whole selection of citizens at once.
 */
export interface ErasureFacts {
  citizen: Pick<Citizen, 'createdAt'>;
  contracts: Pick<Contract, 'createdAt' | 'endDate' | 'status'>[];
  orders: Pick<Order, 'sentAt' | 'decidedAt' | 'status'>[];
  followUpMeetings: Pick<FollowUpMeeting, 'heldAt' | 'createdAt'>[];
  statusNotes: Pick<StatusNote, 'submittedAt'>[];
  consents: Pick<Consent, 'givenAt' | 'revokedAt'>[];
  formResponses: Pick<FormResponse, 'updatedAt'>[];
  measurements: Pick<Measurement, 'createdAt'>[];
}

/**
 * The date of a case's last activity (Danish calendar), from which its retention period runs: the Danish date of its
 * latest instant, or its latest date (a contract's end date) when that is later. Only the latest instant is converted:
 * instants are ISO 8601 UTC and sort as text (db/columns.ts), and a later instant never has an earlier Danish date
 * (last-activity.test.ts checks this against converting every instant). Converting is what costs, for a list of
 * thousands of citizens (citizensDueForErasure).
 */
export function lastActivityOf(records: ErasureFacts): string {
  let latestInstant = '';
  let latestDate = '';
  const see = (...values: (string | null | undefined)[]): void => {
    for (const value of values) {
      if (!value) continue;
      if (value.length > 10) {
        if (value > latestInstant) latestInstant = value;
      } else if (value > latestDate) latestDate = value;
    }
  };
  see(records.citizen.createdAt);
  for (const c of records.contracts) see(c.createdAt, c.endDate);
  for (const o of records.orders) see(o.sentAt, o.decidedAt);
  for (const m of records.followUpMeetings) see(m.heldAt, m.createdAt);
  for (const n of records.statusNotes) see(n.submittedAt);
  for (const k of records.consents) see(k.givenAt, k.revokedAt);
  for (const r of records.formResponses) see(r.updatedAt);
  for (const m of records.measurements) see(m.createdAt);
  const latestDay = latestInstant ? dayOf(latestInstant) : '';
  return latestDay > latestDate ? latestDay : latestDate;
}

/** Whether the case is still open on `today`: a contract in draft, active or running out its notice, or an order awaiting an answer. */
function isOpen(records: ErasureFacts, today: string): boolean {
  const openContract = records.contracts.some(
    (c) => c.status === ContractStatus.DRAFT || c.status === ContractStatus.ACTIVE || (c.status === ContractStatus.TERMINATED && (!c.endDate || c.endDate >= today)),
  );
  return openContract || records.orders.some((o) => o.status === OrderStatus.SENT);
}

export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, 1));
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whether and from when a citizen's data may be anonymised: the one rule that eraseCitizen enforces. */
export interface ErasureStatus {
  lastActivityOn: string;
  erasableFrom: string;
  caseOpen: boolean;
  erased: boolean;
  erasable: boolean;
}

export function erasureStatusOf(records: ErasureFacts, erased: boolean, today: string, retentionYears: number): ErasureStatus {
  const lastActivityOn = lastActivityOf(records);
  const erasableFrom = addYears(lastActivityOn, retentionYears);
  const caseOpen = isOpen(records, today);
  return { lastActivityOn, erasableFrom, caseOpen, erased, erasable: !erased && !caseOpen && today >= erasableFrom };
}

const isErased = (db: DataSource | EntityManager, citizenRowId: string): Promise<boolean> => db.getRepository(CitizenErasureRow).existsBy({ citizenId: citizenRowId });

export async function loadErasureStatus(db: DataSource | EntityManager, citizen: Citizen, today: string, retentionYears: number): Promise<ErasureStatus> {
  return erasureStatusOf(await loadCitizenRecords(db, citizen), await isErased(db, citizen.rowId), today, retentionYears);
}

async function rewrite<T extends ObjectLiteral & { rowId: string }>(tx: EntityManager, entity: EntityTarget<T>, rows: T[], change: (row: T) => Partial<T>): Promise<void> {
  for (const row of rows) await tx.getRepository(entity).update({ rowId: row.rowId } as never, change(row) as never);
}

async function anonymise(tx: EntityManager, records: CitizenRecords): Promise<void> {
  const { citizen } = records;
  await tx.getRepository(Citizen).update(
    { rowId: citizen.rowId },
    { name: ERASED_NAME, cpr: `#${randomBytes(8).toString('base64url').slice(0, 10)}`, birthDate: `${citizen.birthDate.slice(0, 4)}-01-01`, address: null, phone: null, guardian: null, supportPerson: null, version: citizen.version + 1 },
  );
  await rewrite(tx, Order, records.orders, (o) => ({ assessment: REDACTED, goals: o.goals.map(() => REDACTED), declineReason: redactedOrNull(o.declineReason) }));
  await rewrite(tx, Contract, records.contracts, (c) => ({
    purpose: REDACTED,
    goalRationale: REDACTED,
    dischargeCriteria: REDACTED,
    terminationReason: redactedOrNull(c.terminationReason),
    participants: redactJson(c.participants) as Contract['participants'],
    signatures: redactJson(c.signatures) as Contract['signatures'],
  }));
  await rewrite(tx, ContractVersion, records.contractVersions, (v) => ({ reason: REDACTED, snapshot: redactJson(v.snapshot) as ContractVersion['snapshot'] }));
  await rewrite(tx, Goal, records.goals, (g) => ({ title: REDACTED, measurableCriterion: REDACTED, outcomeComment: redactedOrNull(g.outcomeComment) }));
  await rewrite(tx, SubGoal, records.subGoals, (s) => ({ title: REDACTED, method: redactedOrNull(s.method), decisionComment: redactedOrNull(s.decisionComment) }));
  await rewrite(tx, Measurement, records.measurements.filter((m) => m.comment), () => ({ comment: REDACTED }));
  await rewrite(tx, FollowUpMeeting, records.followUpMeetings, (m) => ({
    location: redactedOrNull(m.location),
    agenda: m.agenda.map(() => REDACTED),
    participants: redactJson(m.participants) as FollowUpMeeting['participants'],
    minutes: redactedOrNull(m.minutes),
  }));
  await rewrite(tx, InvitationReply, records.invitationReplies, (r) => ({ answeredBy: REDACTED, comment: redactedOrNull(r.comment) }));
  await rewrite(tx, StatusNote, records.statusNotes, (n) => ({
    notReviewedReason: redactedOrNull(n.notReviewedReason),
    providerAssessment: REDACTED,
    themeChanges: redactJson(n.themeChanges) as StatusNote['themeChanges'],
    remarks: redactedOrNull(n.remarks),
  }));
  await rewrite(tx, GoalStatusReport, records.goalStatusReports, (s) => ({ how: redactedOrNull(s.how), citizenView: redactedOrNull(s.citizenView), professionalView: redactedOrNull(s.professionalView) }));
  await rewrite(tx, ChangeNotice, records.changeNotices, (n) => ({ description: REDACTED, consequences: REDACTED, documentation: redactedOrNull(n.documentation) }));
  await rewrite(tx, FormResponse, records.formResponses, () => ({ answers: {} }));
}

export interface ErasureRequest {
  citizenRowId: string;
  confirmation: string;
  today: string;
  retentionYears: number;
  origin: AuditOrigin | null;
  purpose: string;
}

export async function eraseCitizen(tx: EntityManager, engine: Engine, viewer: Viewer, request: ErasureRequest): Promise<{ citizen: Citizen; erasedAt: string }> {
  const citizen = await tx.getRepository(Citizen).findOneBy({ rowId: request.citizenRowId });
  if (!citizen || viewer.organization.kind !== 'AUTHORITY' || citizen.authorityId !== viewer.organization.rowId) throw CommonErrors.notFound('Borgeren', ['input', 'citizenId']);
  if (viewer.user.role !== 'ADMIN') throw ErasureErrors.onlyAdmin();
  if (request.confirmation !== ERASURE_CONFIRMATION) throw ErasureErrors.confirmationMismatch();
  if (await isErased(tx, citizen.rowId)) throw ErasureErrors.alreadyErased();
  const records = await loadCitizenRecords(tx, citizen);
  const status = erasureStatusOf(records, false, request.today, request.retentionYears);
  if (status.caseOpen) throw ErasureErrors.caseOpen();
  if (!status.erasable) throw ErasureErrors.retentionNotExpired(status.lastActivityOn, request.retentionYears, status.erasableFrom);
  await anonymise(tx, records);
  const erasedAt = nowInstant();
  await tx.getRepository(CitizenErasureRow).insert({ citizenId: citizen.rowId, erasedAt, erasedById: viewer.user.rowId });
  const counts = Object.fromEntries(
    Object.entries(records)
      .filter(([, value]) => Array.isArray(value))
      .map(([key, value]) => [key, (value as unknown[]).length]),
  );
  await appendToChain(tx, engine, [
    {
      occurredAt: erasedAt,
      kind: 'ERASURE',
      outcome: 'OK',
      userId: viewer.user.rowId,
      userRole: viewer.user.role,
      organizationId: viewer.organization.rowId,
      operationType: 'mutation',
      rootFields: ['eraseCitizen'],
      purpose: request.purpose,
      ip: request.origin?.ip,
      userAgent: request.origin?.userAgent,
      requestId: request.origin?.requestId,
      written: [{ type: 'Citizen', id: citizen.rowId }],
      note: { lastActivity: status.lastActivityOn, retentionYears: request.retentionYears, ...counts },
      citizenIds: [citizen.rowId],
    },
  ]);
  const erased = await tx.getRepository(Citizen).findOneByOrFail({ rowId: citizen.rowId });
  return { citizen: erased, erasedAt };
}
