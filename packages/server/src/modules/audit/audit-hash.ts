import { createHash } from 'node:crypto';
import type { StoredColumns } from './audit-draft.js';

/*
 * The chain's hashing. An entry's hash is SHA-256 over a canonical serialisation of every stored column but the
 * hash itself (the previous entry's hash included): JSON with object keys sorted and no whitespace, a format
 * version first. The JSON-shaped columns are hashed as the exact text stored, so a verifier needs nothing
 * but the row.
 */

export const GENESIS_HASH = '0'.repeat(64);
const FORMAT = 1;

/** What is hashed: the stored columns and the entry's place in the chain. */
export interface HashedEntry extends StoredColumns {
  seq: number;
  prevHash: string;
}

/** JSON with sorted object keys and no whitespace; undefined members are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function entryHash(entry: HashedEntry): string {
  const { seq, occurredAt, kind, outcome, userId, userRole, organizationId, operationType, operationName, rootFields, purpose, ip, userAgent, requestId, detail, citizenIds, prevHash } = entry;
  return sha256Hex(
    canonicalJson({ format: FORMAT, seq, occurredAt, kind, outcome, userId, userRole, organizationId, operationType, operationName, rootFields, purpose, ip, userAgent, requestId, detail, citizenIds, prevHash }),
  );
}
