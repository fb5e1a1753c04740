import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { AuditEntryRow } from './audit.entities.js';
import type { AuditDetail, AuditKind, AuditOutcome } from './audit-draft.js';

export const AuditEntryKind = { ACCESS: 'ACCESS', AUTH_FAILURE: 'AUTH_FAILURE', ERASURE: 'ERASURE', PRUNE: 'PRUNE' } as const;
registerEnumType(AuditEntryKind, {
  name: 'AuditEntryKind',
  description: 'What an audit entry records.',
  valuesConfig: {
    ACCESS: { description: 'A GraphQL request that read or wrote personal data, searched, or was refused.' },
    AUTH_FAILURE: { description: 'A failed login, a refused token or a lockout.' },
    ERASURE: { description: "A citizen's personal data were anonymised (GDPR erasure)." },
    PRUNE: { description: 'Entries older than the retention period were removed up to a checkpoint.' },
  },
});

export const AuditOutcomeValue = { OK: 'OK', REFUSED: 'REFUSED', UNAUTHENTICATED: 'UNAUTHENTICATED', ERROR: 'ERROR' } as const;
registerEnumType(AuditOutcomeValue, {
  name: 'AuditOutcome',
  description: 'How the request ended.',
  valuesConfig: {
    OK: { description: 'Answered.' },
    REFUSED: { description: 'Refused in whole or part (FORBIDDEN or a policy refusal).' },
    UNAUTHENTICATED: { description: 'No valid identity.' },
    ERROR: { description: 'Ended with another error.' },
  },
});

@ObjectType('AuditObjectRef', { description: 'An object a request read or wrote.' })
export class AuditObjectRef {
  @Field(() => String, { description: 'GraphQL type, e.g. Citizen, Contract.' })
  type!: string;

  @Field(() => ID, { description: 'Global ID of the object.' })
  id!: string;
}

@ObjectType('AuditRefusal', { description: 'An access the request was refused.' })
export class AuditRefusal {
  @Field(() => String, { description: 'Operation or field, e.g. Query.citizen or Citizen.cpr.' })
  operation!: string;

  @Field(() => String, { description: 'Why it was refused.' })
  reason!: string;
}

@ObjectType('AuditLogEntry', { description: 'One entry of the hash-chained, append-only audit log.' })
export class AuditLogEntry {
  @Field(() => Float, { description: 'Position in the chain (a whole number, increasing by one).' })
  sequence!: number;

  @Field(() => DateTimeScalar, { description: 'When.' })
  occurredAt!: string;

  @Field(() => AuditEntryKind, { description: 'What the entry records.' })
  kind!: AuditKind;

  @Field(() => AuditOutcomeValue, { description: 'How it ended.' })
  outcome!: AuditOutcome;

  @Field(() => ID, { nullable: true, description: 'Global ID of the user who acted, when known.' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: "The user's role at the time." })
  userRole!: string | null;

  @Field(() => ID, { nullable: true, description: "Global ID of the user's organisation." })
  organizationId!: string | null;

  /** Row IDs behind userId and organizationId, for the userName and organizationName resolvers. */
  userRowId!: string | null;
  organizationRowId!: string | null;

  @Field(() => String, { nullable: true, description: 'query or mutation.' })
  operationType!: string | null;

  @Field(() => String, { nullable: true, description: 'The GraphQL operation name the client gave.' })
  operationName!: string | null;

  @Field(() => [String], { description: 'Root fields of the operation, e.g. ["citizen"].' })
  rootFields!: string[];

  @Field(() => String, { nullable: true, description: 'The stated purpose (X-Treklang-Purpose) or the role default.' })
  purpose!: string | null;

  @Field(() => String, { nullable: true, description: "The client's IP address." })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: "The client's user agent." })
  userAgent!: string | null;

  @Field(() => String, { nullable: true, description: 'The request id (X-Request-Id), matching the request log line.' })
  requestId!: string | null;

  @Field(() => [AuditObjectRef], { description: 'Objects with personal data that were read.' })
  read!: AuditObjectRef[];

  @Field(() => [AuditObjectRef], { description: 'Objects that were written.' })
  written!: AuditObjectRef[];

  @Field(() => [AuditRefusal], { description: 'Accesses refused.' })
  refused!: AuditRefusal[];

  @Field(() => [String], { description: 'Search criteria used (e.g. the citizens search text).' })
  searches!: string[];

  @Field(() => [String], { description: 'GraphQL error codes of the response.' })
  errorCodes!: string[];

  @Field(() => String, { nullable: true, description: 'Facts of AUTH_FAILURE, ERASURE and PRUNE entries, as JSON text.' })
  note!: string | null;

  @Field(() => [ID], { description: 'Global IDs of the citizens the entry concerns.' })
  citizenIds!: string[];

  @Field(() => String, { description: "SHA-256 of the previous entry (the chain's link)." })
  previousHash!: string;

  @Field(() => String, { description: 'SHA-256 of this entry.' })
  hash!: string;
}

export const AuditLogEntryConnection = ConnectionType(AuditLogEntry, 'AuditLogEntry');

const globalOrNull = (type: string, id: string | null) => (id ? toGlobalId(type, id) : null);

export function toAuditLogEntry(row: AuditEntryRow): AuditLogEntry {
  const detail = JSON.parse(row.detail) as AuditDetail;
  const refs = (list: AuditDetail['read']) => (list ?? []).map((o) => ({ type: o.type, id: toGlobalId(o.type, o.id) }));
  return {
    sequence: row.seq,
    occurredAt: row.occurredAt,
    kind: row.kind as AuditKind,
    outcome: row.outcome as AuditOutcome,
    userId: globalOrNull('User', row.userId),
    userRole: row.userRole,
    organizationId: globalOrNull('Organization', row.organizationId),
    userRowId: row.userId,
    organizationRowId: row.organizationId,
    operationType: row.operationType,
    operationName: row.operationName,
    rootFields: JSON.parse(row.rootFields) as string[],
    purpose: row.purpose,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    read: refs(detail.read),
    written: refs(detail.written),
    refused: detail.refused ?? [],
    searches: detail.searches ?? [],
    errorCodes: detail.errorCodes ?? [],
    note: detail.note ? JSON.stringify(detail.note) : null,
    citizenIds: (JSON.parse(row.citizenIds) as string[]).map((id) => toGlobalId('Citizen', id)),
    previousHash: row.prevHash,
    hash: row.hash,
  };
}
