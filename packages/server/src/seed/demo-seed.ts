import { danishToday, type IsoDate } from '@treklang/schema';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ChangeNotice } from '../modules/change-notices/change-notice.entity.js';
import { Citizen } from '../modules/citizens/citizen.entity.js';
import { ConsentShare } from '../modules/consents/consent-share.entity.js';
import { Consent } from '../modules/consents/consent.entity.js';
import { ContractVersion } from '../modules/contracts/contract-version.entity.js';
import { createContractVersion } from '../modules/contracts/contract-versions.service.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { FollowUpMeeting } from '../modules/follow-ups/follow-up-meeting.entity.js';
import { Goal } from '../modules/goals/goal.entity.js';
import { Measurement } from '../modules/measurements/measurement.entity.js';
import { Order } from '../modules/orders/order.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { GoalStatusReport } from '../modules/status-notes/goal-status.entity.js';
import { StatusNote } from '../modules/status-notes/status-note.entity.js';
import { SubGoal } from '../modules/sub-goals/sub-goal.entity.js';
import { User } from '../modules/users/user.entity.js';
import { generateDemoData, type DemoData } from './demo-data.js';
import { DEMO_MARKER_EMAIL } from './demo-organizations.js';

export type SeedOutcome =
  | { seeded: true; counts: Record<string, number> }
  | { seeded: false; reason: 'ALREADY_SEEDED' };

/** Rows per INSERT: well under the bind-parameter limits of SQLite and PostgreSQL. */
const CHUNK = 200;

/** True when the demo users are already in the database. */
export async function isDemoSeeded(db: DataSource | EntityManager): Promise<boolean> {
  return (await db.getRepository(User).countBy({ email: DEMO_MARKER_EMAIL })) > 0;
}

async function insertAll<T extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<T>, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.getRepository(entity).insert(rows.slice(i, i + CHUNK) as never);
}

/** Writes the generated rows in one transaction, then makes the contract versions as the contracts module does. */
async function writeDemoData(tx: EntityManager, data: DemoData): Promise<void> {
  await insertAll(tx, Organization, data.organizations);
  await insertAll(tx, User, data.users);
  await insertAll(tx, Citizen, data.citizens);
  await insertAll(tx, Consent, data.consents);
  await insertAll(tx, ConsentShare, data.consentShares);
  await insertAll(tx, Order, data.orders);
  // Versions are counted up from 0 by createContractVersion below.
  await insertAll(tx, Contract, data.contracts.map((c) => Object.assign(new Contract(), c, { documentVersion: 0, toBeSentToCitizen: false })));
  await insertAll(tx, Goal, data.goals);
  await insertAll(tx, SubGoal, data.subGoals);
  await insertAll(tx, FollowUpMeeting, data.meetings);
  await insertAll(tx, StatusNote, data.statusNotes);
  await insertAll(tx, GoalStatusReport, data.goalStatuses);
  await insertAll(tx, Measurement, data.measurements);
  await insertAll(tx, ChangeNotice, data.changeNotices);

  const contracts = new Map(data.contracts.map((c) => [c.rowId, c]));
  const working = new Map<string, Contract>();
  for (const planned of data.versions) {
    const final = contracts.get(planned.contractId)!;
    const contract = working.get(final.rowId) ?? Object.assign(new Contract(), final, { documentVersion: 0, toBeSentToCitizen: false });
    working.set(final.rowId, contract);
    const version = await createContractVersion(tx, contract, planned.reason);
    await tx.getRepository(ContractVersion).update({ rowId: version.rowId }, { createdAt: planned.createdAt, sentToCitizenAt: planned.sentToCitizenAt });
  }
  for (const contract of data.contracts) {
    if (working.has(contract.rowId)) await tx.getRepository(Contract).update({ rowId: contract.rowId }, { toBeSentToCitizen: contract.toBeSentToCitizen });
  }
}

/**
 * Loads the demo data (relative to `today`, default today in Danish time) in one transaction. Refuses, changing
 * nothing, when the demo users are already there.
 */
export async function seedDemoData(db: DataSource, options: { today?: IsoDate } = {}): Promise<SeedOutcome> {
  if (await isDemoSeeded(db)) return { seeded: false, reason: 'ALREADY_SEEDED' };
  const data = generateDemoData(options.today ?? danishToday());
  try {
    await db.transaction((tx) => writeDemoData(tx, data));
  } catch (error) {
    // Another server starting at the same moment loaded it first (the unique e-mails stopped this one).
    if (await isDemoSeeded(db)) return { seeded: false, reason: 'ALREADY_SEEDED' };
    throw error;
  }
  const counts = Object.fromEntries(
    Object.entries(data).flatMap(([key, value]) => (Array.isArray(value) ? [[key, value.length] as const] : [])),
  );
  return { seeded: true, counts };
}

/** Loads the demo data when the database has no organisations; returns whether it did. */
export async function seedDemoDataIfEmpty(db: DataSource): Promise<boolean> {
  if ((await db.getRepository(Organization).count()) > 0) return false;
  return (await seedDemoData(db)).seeded;
}
