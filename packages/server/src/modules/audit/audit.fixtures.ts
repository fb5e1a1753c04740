import type { DataSource } from 'typeorm';
import { nowInstant } from '../../db/columns.js';
import { AuditEntryRow } from './audit.entities.js';
import type { AuditDetail, AuditDraft } from './audit-draft.js';
import { engineOfDataSource } from './audit-writer.js';

/** Test helpers: sample drafts, and tampering as someone with full database rights would (triggers off). */

export function sampleDraft(n: number, overrides: Partial<AuditDraft> = {}): AuditDraft {
  return {
    occurredAt: nowInstant(),
    kind: 'ACCESS',
    outcome: 'OK',
    userId: '00000000-0000-4000-8000-000000000001',
    userRole: 'CASEWORKER',
    operationType: 'query',
    operationName: `Sample${n}`,
    rootFields: ['citizen'],
    purpose: 'sagsbehandling',
    read: [{ type: 'Citizen', id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` }],
    citizenIds: [`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`],
    ...overrides,
  };
}

const SQLITE_TRIGGERS = ['audit_entry_no_update', 'audit_entry_prune_only', 'audit_checkpoint_no_update', 'audit_checkpoint_no_delete'];

/** Runs SQL on the audit tables with the append-only triggers switched off. */
export async function tamper(db: DataSource, sql: string): Promise<void> {
  if (engineOfDataSource(db) === 'postgres') {
    await db.query('ALTER TABLE audit_entry DISABLE TRIGGER USER');
    await db.query('ALTER TABLE audit_checkpoint DISABLE TRIGGER USER');
    await db.query(sql);
    return;
  }
  for (const trigger of SQLITE_TRIGGERS) await db.query(`DROP TRIGGER IF EXISTS ${trigger}`);
  await db.query(sql);
}

/** The audit entries after `afterSeq`, oldest first, with their detail parsed. */
export async function auditEntriesAfter(db: DataSource, afterSeq = 0): Promise<(AuditEntryRow & { parsed: AuditDetail; citizens: string[]; roots: string[] })[]> {
  const rows = await db.getRepository(AuditEntryRow).createQueryBuilder('e').where('e.seq > :afterSeq', { afterSeq }).orderBy('e.seq', 'ASC').getMany();
  return rows.map((row) => Object.assign(row, { parsed: JSON.parse(row.detail) as AuditDetail, citizens: JSON.parse(row.citizenIds) as string[], roots: JSON.parse(row.rootFields) as string[] }));
}

/** The chain head's sequence number. */
export async function headSeq(db: DataSource): Promise<number> {
  const [row] = await db.query('SELECT seq FROM audit_chain_head WHERE id = 1');
  return Number(row.seq);
}
