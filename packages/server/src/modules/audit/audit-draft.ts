import { canonicalJson } from './audit-hash.js';

/*
 * What a caller hands the audit log (a draft), and how it becomes the stored columns: every string made
 * well-formed, stripped of control characters and cut to its column's length, so that what is hashed is exactly
 * what both engines store and give back.
 */

export type AuditKind = 'ACCESS' | 'AUTH_FAILURE' | 'ERASURE' | 'PRUNE';
export type AuditOutcome = 'OK' | 'REFUSED' | 'UNAUTHENTICATED' | 'ERROR';

export interface AuditObjectRef {
  type: string;
  /** Row id (UUID) of the object. */
  id: string;
}

export interface AuditRefusal {
  operation: string;
  reason: string;
}

export interface AuditDraft {
  occurredAt: string;
  kind: AuditKind;
  outcome: AuditOutcome;
  userId?: string | null;
  userRole?: string | null;
  organizationId?: string | null;
  operationType?: string | null;
  operationName?: string | null;
  rootFields?: string[];
  purpose?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  read?: AuditObjectRef[];
  written?: AuditObjectRef[];
  refused?: AuditRefusal[];
  searches?: string[];
  errorCodes?: string[];
  /** Structured facts of AUTH_FAILURE, ERASURE and PRUNE entries (never names or CPR numbers). */
  note?: Record<string, string | number | boolean | null>;
  /** Row ids of the citizens the entry concerns. */
  citizenIds?: string[];
}

/** The stored columns of an entry, before it has a place in the chain. */
export interface StoredColumns {
  occurredAt: string;
  kind: string;
  outcome: string;
  userId: string | null;
  userRole: string | null;
  organizationId: string | null;
  operationType: string | null;
  operationName: string | null;
  rootFields: string;
  purpose: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  detail: string;
  citizenIds: string;
}

/** The detail column as read back. */
export interface AuditDetail {
  read?: AuditObjectRef[];
  written?: AuditObjectRef[];
  refused?: AuditRefusal[];
  searches?: string[];
  errorCodes?: string[];
  note?: Record<string, string | number | boolean | null>;
  /** How many objects were left out of a very large read list. */
  omitted?: number;
}

const MAX_OBJECTS = 5000;
const MAX_LIST = 100;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);

/** A string safe to store and hash on both engines: well-formed UTF-16, no control characters, at most `max` long. */
function needsCleaning(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code) || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

export function cleanText(text: string, max: number): string {
  if (!needsCleaning(text)) return text.slice(0, max);
  let visible = '';
  for (const char of text.replace(LONE_SURROGATE, '\uFFFD')) visible += isControl(char.charCodeAt(0)) ? ' ' : char;
  return visible.slice(0, max).replace(LONE_SURROGATE, '');
}

function optional(text: string | null | undefined, max: number): string | null {
  if (text === null || text === undefined) return null;
  const cleaned = cleanText(String(text), max).trim();
  return cleaned === '' ? null : cleaned;
}

function objects(list: AuditObjectRef[] | undefined, max: number): AuditObjectRef[] | undefined {
  if (!list?.length) return undefined;
  return list.slice(0, max).map((o) => ({ type: cleanText(o.type, 60), id: cleanText(o.id, 64) }));
}

function strings(list: string[] | undefined, max: number): string[] | undefined {
  if (!list?.length) return undefined;
  return list.slice(0, MAX_LIST).map((s) => cleanText(s, max));
}

function note(value: AuditDraft['note']): AuditDetail['note'] {
  if (!value) return undefined;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [cleanText(key, 60), typeof v === 'string' ? cleanText(v, 500) : v]));
}

export function storedColumns(draft: AuditDraft): StoredColumns {
  const readCount = draft.read?.length ?? 0;
  const detail: AuditDetail = {
    read: objects(draft.read, MAX_OBJECTS),
    written: objects(draft.written, MAX_OBJECTS),
    refused: draft.refused?.length ? draft.refused.slice(0, MAX_LIST).map((r) => ({ operation: cleanText(r.operation, 200), reason: cleanText(r.reason, 500) })) : undefined,
    searches: strings(draft.searches, 200),
    errorCodes: strings(draft.errorCodes, 60),
    note: note(draft.note),
    omitted: readCount > MAX_OBJECTS ? readCount - MAX_OBJECTS : undefined,
  };
  const citizenIds = [...new Set(draft.citizenIds ?? [])].sort();
  return {
    occurredAt: draft.occurredAt,
    kind: draft.kind,
    outcome: draft.outcome,
    userId: optional(draft.userId, 36),
    userRole: optional(draft.userRole, 30),
    organizationId: optional(draft.organizationId, 36),
    operationType: optional(draft.operationType, 20),
    operationName: optional(draft.operationName, 200),
    rootFields: canonicalJson(strings(draft.rootFields, 100) ?? []),
    purpose: optional(draft.purpose, 200),
    ip: optional(draft.ip, 64),
    userAgent: optional(draft.userAgent, 300),
    requestId: optional(draft.requestId, 128),
    detail: canonicalJson(detail),
    citizenIds: canonicalJson(citizenIds),
  };
}
