import type { EntityManager } from 'typeorm';
import type { Engine } from '../../db/data-source.js';
import { AuditChainHeadRow, AuditCitizenRow, AuditEntryRow } from './audit.entities.js';
import { type AuditDraft, storedColumns } from './audit-draft.js';
import { entryHash } from './audit-hash.js';

/*
 * Appending to the one linear chain. The caller holds a transaction; the chain head row (id 1) is locked first,
 * so concurrent appenders (requests in this process, other server processes) queue on it and each batch gets
 * the next sequence numbers and the previous hash:
 * - PostgreSQL: SELECT ... FOR UPDATE on the head row, held until commit.
 * - SQLite: the first statement writes the head row, which takes the database's single write lock at once
 *   (waiting on busy_timeout for another process); within this process callers also queue on the shared
 *   SQLite write mutex (common/mutation.ts), since better-sqlite3 has one connection.
 */

const HEAD_ID = 1;

async function lockHead(tx: EntityManager, engine: Engine): Promise<{ seq: number; hash: string }> {
  if (engine === 'postgres') {
    const rows: { seq: string | number; hash: string }[] = await tx.query('SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE');
    if (!rows.length) throw new Error('audit_chain_head is missing its row');
    return { seq: Number(rows[0].seq), hash: rows[0].hash };
  }
  await tx.query('UPDATE audit_chain_head SET seq = seq WHERE id = 1');
  const head = await tx.getRepository(AuditChainHeadRow).findOneBy({ id: HEAD_ID });
  if (!head) throw new Error('audit_chain_head is missing its row');
  return { seq: head.seq, hash: head.hash };
}

/** Appends entries in order inside the caller's transaction and returns them as stored. */
export async function appendToChain(tx: EntityManager, engine: Engine, drafts: AuditDraft[]): Promise<AuditEntryRow[]> {
  if (!drafts.length) return [];
  const head = await lockHead(tx, engine);
  let seq = head.seq;
  let prevHash = head.hash;
  const rows: AuditEntryRow[] = [];
  const links: AuditCitizenRow[] = [];
  for (const draft of drafts) {
    seq += 1;
    const columns = storedColumns(draft);
    const hash = entryHash({ ...columns, seq, prevHash });
    rows.push(Object.assign(new AuditEntryRow(), columns, { seq, prevHash, hash }));
    for (const citizenId of JSON.parse(columns.citizenIds) as string[]) links.push(Object.assign(new AuditCitizenRow(), { citizenId, seq }));
    prevHash = hash;
  }
  for (let i = 0; i < rows.length; i += 200) await tx.getRepository(AuditEntryRow).insert(rows.slice(i, i + 200));
  for (let i = 0; i < links.length; i += 400) await tx.getRepository(AuditCitizenRow).insert(links.slice(i, i + 400));
  await tx.getRepository(AuditChainHeadRow).update({ id: HEAD_ID }, { seq, hash: prevHash });
  return rows;
}
