import type { CsvCell } from '../../components/csv.js';
import { danishParts } from '../../i18n/danish-time.js';
import type { AuditLogTexts } from './audit-log-texts.js';

/** The fields of an entry the page shows and exports (a subset of AuditLogEntry). */
export interface EntryFacts {
  sequence: number;
  occurredAt: string;
  kind: keyof AuditLogTexts['kinds'];
  outcome: keyof AuditLogTexts['outcomes'];
  userId: string | null;
  userName: string | null;
  userRole: string | null;
  organizationName: string | null;
  operationType: string | null;
  operationName: string | null;
  rootFields: readonly string[];
  purpose: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  read: readonly { type: string; id: string }[];
  written: readonly { type: string; id: string }[];
  refused: readonly { operation: string; reason: string }[];
  searches: readonly string[];
  errorCodes: readonly string[];
  note: string | null;
  citizenIds: readonly string[];
}

/** The instant as Danish wall-clock time, sortable in a spreadsheet: "2026-05-03 14:05". */
export function danishStamp(instant: string): string {
  const { date, time } = danishParts(instant);
  return `${date} ${time}`;
}

/** Who acted, in words: the name, or why there is none. */
export function userName(entry: Pick<EntryFacts, 'userId' | 'userName'>, t: AuditLogTexts): string {
  if (!entry.userId) return t.noUser;
  return entry.userName ?? t.unknownUser;
}

/** The role in words (the roles of COMMON_TEXTS), or the stored code when it is not one the app knows. */
export function roleName(role: string | null, roles: Readonly<Record<string, string>>): string {
  if (!role) return '';
  return roles[role] ?? role;
}

/** "Opslag CitizenPage" / "Ændring createContract"; the entry's kind when it is not a GraphQL access. */
export function operationTitle(entry: Pick<EntryFacts, 'kind' | 'operationType' | 'operationName' | 'rootFields'>, t: AuditLogTexts): string {
  if (entry.kind !== 'ACCESS') return t.kinds[entry.kind];
  const type = entry.operationType ? (t.operationTypes[entry.operationType] ?? entry.operationType) : '';
  const name = entry.operationName ?? entry.rootFields.join(', ');
  return [type, name].filter(Boolean).join(' ');
}

const refs = (list: readonly { type: string; id: string }[]) => list.map((o) => `${o.type} ${o.id}`).join(', ');

/** The CSV of the entries loaded: one line each, every detail the page can show. */
export function auditCsv(entries: readonly EntryFacts[], roles: Readonly<Record<string, string>>, t: AuditLogTexts): { header: string[]; rows: CsvCell[][] } {
  const c = t.csv;
  const header = [
    c.time, c.userName, c.userId, c.role, c.organization, c.kind, c.operationType, c.operationName, c.rootFields, c.outcome, c.purpose,
    c.readCount, c.writtenCount, c.refusals, c.readObjects, c.writtenObjects, c.citizens, c.searches, c.errorCodes,
    c.requestId, c.ip, c.userAgent, c.sequence,
  ];
  const rows = entries.map((e): CsvCell[] => [
    danishStamp(e.occurredAt),
    userName(e, t),
    e.userId,
    roleName(e.userRole, roles),
    e.organizationName,
    t.kinds[e.kind],
    e.operationType ? (t.operationTypes[e.operationType] ?? e.operationType) : null,
    e.operationName,
    e.rootFields.join(', '),
    t.outcomes[e.outcome],
    e.purpose,
    e.read.length,
    e.written.length,
    e.refused.map((r) => `${r.operation}: ${r.reason}`).join(' | '),
    refs(e.read),
    refs(e.written),
    e.citizenIds.join(', '),
    e.searches.join(' | '),
    e.errorCodes.join(', '),
    e.requestId,
    e.ip,
    e.userAgent,
    e.sequence,
  ]);
  return { header, rows };
}
