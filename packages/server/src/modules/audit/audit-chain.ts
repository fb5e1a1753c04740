import type { EntityManager } from 'typeorm';
import type { Engine } from '../../db/data-source.js';
import { AuditEntryRow } from './audit.entities.js';
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

const ENTRY_COLUMNS = [
  'seq', 'occurred_at', 'kind', 'outcome', 'user_id', 'user_role', 'organization_id', 'operation_type', 'operation_name', 'root_fields', 'purpose',
  'ip', 'user_agent', 'request_id', 'detail', 'citizen_ids', 'prev_hash', 'hash',
];
const ENTRIES_PER_INSERT = 200;
const LINKS_PER_INSERT = 400;

function entryValues(row: AuditEntryRow): unknown[] {
  return [
    row.seq, row.occurredAt, row.kind, row.outcome, row.userId, row.userRole, row.organizationId, row.operationType, row.operationName,
    row.rootFields, row.purpose, row.ip, row.userAgent, row.requestId, row.detail, row.citizenIds, row.prevHash, row.hash,
  ];
}

/** `(?, ?), (?, ?)` or `($1, $2), ($3, $4)`: `rows` groups of `width` placeholders. */
function valuesList(engine: Engine, rows: number, width: number): string {
  let n = 0;
  const one = () => (engine === 'postgres' ? `$${++n}` : '?');
  return Array.from({ length: rows }, () => `(${Array.from({ length: width }, one).join(', ')})`).join(', ');
}

async function lockHead(tx: EntityManager, engine: Engine): Promise<{ seq: number; hash: string }> {
  const sql =
    engine === 'postgres'
      ? 'SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE'
      : 'UPDATE audit_chain_head SET seq = seq WHERE id = 1 RETURNING seq, hash';
  const rows: { seq: string | number; hash: string }[] = await tx.query(sql);
  if (!rows.length) throw new Error('audit_chain_head is missing its row');
  return { seq: Number(rows[0].seq), hash: rows[0].hash };
}

/**
 * Appends entries in order inside the caller's transaction and returns them as stored. Plain multi-row INSERTs:
 * every column is text or a number, so the rows are exactly what the entities read back.
 */
export async function appendToChain(tx: EntityManager, engine: Engine, drafts: AuditDraft[]): Promise<AuditEntryRow[]> {
  if (!drafts.length) return [];
  const head = await lockHead(tx, engine);
  let seq = head.seq;
  let prevHash = head.hash;
  const rows: AuditEntryRow[] = [];
  const links: [string, number][] = [];
  for (const draft of drafts) {
    seq += 1;
    const columns = storedColumns(draft);
    const hash = entryHash({ ...columns, seq, prevHash });
    rows.push(Object.assign(new AuditEntryRow(), columns, { seq, prevHash, hash }));
    for (const citizenId of JSON.parse(columns.citizenIds) as string[]) links.push([citizenId, seq]);
    prevHash = hash;
  }
  for (let i = 0; i < rows.length; i += ENTRIES_PER_INSERT) {
    const chunk = rows.slice(i, i + ENTRIES_PER_INSERT);
    await tx.query(`INSERT INTO audit_entry (${ENTRY_COLUMNS.join(', ')}) VALUES ${valuesList(engine, chunk.length, ENTRY_COLUMNS.length)}`, chunk.flatMap(entryValues));
  }
  for (let i = 0; i < links.length; i += LINKS_PER_INSERT) {
    const chunk = links.slice(i, i + LINKS_PER_INSERT);
    await tx.query(`INSERT INTO audit_citizen (citizen_id, seq) VALUES ${valuesList(engine, chunk.length, 2)}`, chunk.flat());
  }
  const last = engine === 'postgres' ? 'UPDATE audit_chain_head SET seq = $1, hash = $2 WHERE id = 1' : 'UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1';
  await tx.query(last, [seq, prevHash]);
  return rows;
}
