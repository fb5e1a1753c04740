import type { DataSource, EntityManager } from 'typeorm';
import { sqliteWriteLock } from '../../common/mutation.js';
import { AuditCheckpointRow, AuditCitizenRow, AuditEntryRow } from './audit.entities.js';
import { appendToChain } from './audit-chain.js';
import { auditRetentionMonths, MIN_AUDIT_RETENTION_MONTHS, monthsBefore } from './audit-retention.js';
import { verifyAuditChain } from './audit-verify.js';
import { engineOfDataSource } from './audit-writer.js';

/*
 * The pruning job: removes the oldest entries once they are older than the retention period, and only those.
 * In one transaction it appends a PRUNE entry naming the last removed entry and its hash, records the same as a
 * checkpoint (where verification starts from then on), and deletes the entries up to it (the database triggers
 * allow deleting only entries a checkpoint covers). It refuses to prune a chain that does not verify, so
 * pruning never destroys the evidence of tampering.
 */

export interface PruneResult {
  removed: number;
  throughSeq: number | null;
  cutoff: string;
}

async function prune(tx: EntityManager, db: DataSource, cutoff: string, retentionMonths: number): Promise<PruneResult> {
  const engine = engineOfDataSource(db);
  const entries = tx.getRepository(AuditEntryRow);
  const young = await entries.createQueryBuilder('e').select('MIN(e.seq)', 'seq').where('e.occurredAt >= :cutoff', { cutoff }).getRawOne<{ seq: string | number | null }>();
  const last = await entries.createQueryBuilder('e').select('MAX(e.seq)', 'seq').getRawOne<{ seq: string | number | null }>();
  const checkpoint = await tx.getRepository(AuditCheckpointRow).createQueryBuilder('c').select('MAX(c.throughSeq)', 'seq').getRawOne<{ seq: string | number | null }>();
  const already = Number(checkpoint?.seq ?? 0);
  const through = young?.seq != null ? Number(young.seq) - 1 : Number(last?.seq ?? 0);
  if (through <= already) return { removed: 0, throughSeq: null, cutoff };
  const boundary = await entries.findOneBy({ seq: through });
  if (!boundary) throw new Error(`audit entry ${through} is missing; run pnpm audit:verify`);
  const removed = await entries.createQueryBuilder('e').where('e.seq <= :through', { through }).getCount();
  await appendToChain(tx, engine, [
    {
      occurredAt: new Date().toISOString(),
      kind: 'PRUNE',
      outcome: 'OK',
      note: { throughSeq: through, throughHash: boundary.hash, removed, cutoff, retentionMonths },
    },
  ]);
  await tx.getRepository(AuditCheckpointRow).insert({ throughSeq: through, throughHash: boundary.hash, createdAt: new Date().toISOString() });
  await tx.getRepository(AuditCitizenRow).createQueryBuilder().delete().where('seq <= :through', { through }).execute();
  await entries.createQueryBuilder().delete().where('seq <= :through', { through }).execute();
  return { removed, throughSeq: through, cutoff };
}

/** Removes entries older than the retention period (at least 6 months) after verifying the chain. */
export async function pruneAuditLog(db: DataSource, options: { now?: Date; retentionMonths?: number } = {}): Promise<PruneResult> {
  const retentionMonths = options.retentionMonths ?? auditRetentionMonths();
  if (!Number.isInteger(retentionMonths) || retentionMonths < MIN_AUDIT_RETENTION_MONTHS) {
    throw new Error(`The audit log is kept at least ${MIN_AUDIT_RETENTION_MONTHS} months; refusing to prune with ${retentionMonths}.`);
  }
  const verified = await verifyAuditChain(db);
  if (!verified.ok) throw new Error(`The audit chain does not verify (first bad entry ${verified.firstBadSeq}: ${verified.problem}); not pruning.`);
  const cutoff = monthsBefore(options.now ?? new Date(), retentionMonths).toISOString();
  const run = () => db.transaction((tx) => prune(tx, db, cutoff, retentionMonths));
  return engineOfDataSource(db) === 'sqlite' ? sqliteWriteLock.run(run) : run();
}
