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

/** Sorts short key lists in place without the scratch arrays Array#sort allocates; same order (UTF-16 code units). */
function sortKeys(keys: string[]): void {
  if (keys.length > 16) {
    keys.sort();
    return;
  }
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > key) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = key;
  }
}

/**
 * JSON with sorted object keys and no whitespace; undefined members are left out, as JSON.stringify does. Built by
 * appending to one string: every request's audit entry goes through here, and intermediate arrays were most of
 * what a read request allocated.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i] ?? null);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  sortKeys(keys);
  let out = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (out.length > 1) out += ',';
    out += JSON.stringify(key);
    out += ':';
    out += canonicalJson(member);
  }
  return `${out}}`;
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
