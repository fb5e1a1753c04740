import type { DataSource, EntityManager } from 'typeorm';
import { sqliteWriteLock } from '../../common/mutation.js';
import { AuditChainHeadRow, AuditCheckpointRow, AuditCitizenRow, AuditEntryRow } from './audit.entities.js';
import type { AuditDetail } from './audit-draft.js';
import { entryHash, GENESIS_HASH } from './audit-hash.js';
import { engineOfDataSource } from './audit-writer.js';

/*
 * Walks the chain from the latest checkpoint (or the start) to the chain head in one read snapshot and reports
 * the first sequence number where something is wrong: an entry whose content no longer matches its hash (changed),
 * a gap (removed), an entry whose previous-hash link does not match (changed or inserted), entries before the
 * checkpoint or beyond the head (inserted), a head that does not match the last entry (removed at the end), a
 * checkpoint that no PRUNE entry in the chain confirms (forged), or a citizen index (audit_citizen, which a citizen's
 * access log reads) that no longer matches the entry's hashed citizen list.
 */

export interface VerifyResult {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  headSeq: number;
  headHash: string;
  checkpointSeq: number | null;
  firstBadSeq: number | null;
  problem: string | null;
}

const BATCH = 2000;

/** The audit_citizen rows of a range of entries, by sequence number. */
async function citizenIndex(tx: EntityManager, from: number, to: number): Promise<Map<number, string[]>> {
  const links = await tx.getRepository(AuditCitizenRow).createQueryBuilder('c').where('c.seq >= :from AND c.seq <= :to', { from, to }).getMany();
  const bySeq = new Map<number, string[]>();
  for (const link of links) bySeq.set(link.seq, [...(bySeq.get(link.seq) ?? []), link.citizenId]);
  return bySeq;
}

async function walk(tx: EntityManager): Promise<VerifyResult> {
  const head = await tx.getRepository(AuditChainHeadRow).findOneBy({ id: 1 });
  if (!head) return { ok: false, entries: 0, headSeq: 0, headHash: '', checkpointSeq: null, firstBadSeq: 0, problem: 'the chain head row is missing' };
  const checkpoint = await tx.getRepository(AuditCheckpointRow).createQueryBuilder('c').orderBy('c.throughSeq', 'DESC').limit(1).getOne();
  const result = (entries: number, firstBadSeq: number | null, problem: string | null): VerifyResult => ({
    ok: problem === null,
    entries,
    headSeq: head.seq,
    headHash: head.hash,
    checkpointSeq: checkpoint?.throughSeq ?? null,
    firstBadSeq,
    problem,
  });
  let expected = (checkpoint?.throughSeq ?? 0) + 1;
  let prevHash = checkpoint?.throughHash ?? GENESIS_HASH;
  let checked = 0;
  let checkpointConfirmed = !checkpoint;
  let after = -1;
  for (;;) {
    const rows = await tx.getRepository(AuditEntryRow).createQueryBuilder('e').where('e.seq > :after', { after }).orderBy('e.seq', 'ASC').limit(BATCH).getMany();
    if (!rows.length) break;
    const indexed = await citizenIndex(tx, rows[0].seq, rows[rows.length - 1].seq);
    for (const row of rows) {
      if (row.seq < expected) return result(checked, row.seq, `entry ${row.seq} lies before the checkpoint at ${expected - 1} (inserted)`);
      if (row.seq > head.seq) return result(checked, row.seq, `entry ${row.seq} lies beyond the chain head ${head.seq} (inserted)`);
      if (row.seq !== expected) return result(checked, expected, `entry ${expected} is missing (removed)`);
      if (row.prevHash !== prevHash) return result(checked, row.seq, `entry ${row.seq} does not link to entry ${row.seq - 1} (changed, removed or inserted)`);
      if (entryHash(row) !== row.hash) return result(checked, row.seq, `entry ${row.seq} does not match its hash (changed)`);
      if ((indexed.get(row.seq) ?? []).sort().join(',') !== (JSON.parse(row.citizenIds) as string[]).join(',')) {
        return result(checked, row.seq, `the citizen index of entry ${row.seq} does not match the entry (changed)`);
      }
      if (!checkpointConfirmed && row.kind === 'PRUNE') {
        const note = (JSON.parse(row.detail) as AuditDetail).note;
        checkpointConfirmed = note?.throughSeq === checkpoint?.throughSeq && note?.throughHash === checkpoint?.throughHash;
      }
      prevHash = row.hash;
      expected += 1;
      checked += 1;
    }
    after = rows[rows.length - 1].seq;
  }
  if (expected - 1 < head.seq) return result(checked, expected, `entry ${expected} is missing (removed; the chain head is at ${head.seq})`);
  if (prevHash !== head.hash) return result(checked, head.seq, `the chain head does not match entry ${head.seq}`);
  if (!checkpointConfirmed) return result(checked, checkpoint?.throughSeq ?? 0, `the checkpoint at ${checkpoint?.throughSeq} is not confirmed by a PRUNE entry (forged)`);
  return result(checked, null, null);
}

/** Verifies the whole retained chain in one consistent snapshot. */
export async function verifyAuditChain(db: DataSource): Promise<VerifyResult> {
  if (engineOfDataSource(db) === 'postgres') return db.transaction('REPEATABLE READ', walk);
  return sqliteWriteLock.run(() => db.transaction(walk));
}
