import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';
import { InstantColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';

/*
 * The audit log's tables. Every JSON-shaped column is stored as the exact canonical text that was hashed
 * (audit-hash.ts), never re-serialised, so verification recomputes the same bytes. Sequence numbers are
 * bigint on PostgreSQL (returned as strings by pg) and INTEGER on SQLite; the transformer makes them numbers.
 */

const sequenceNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

function SequenceColumn(name: string, primary = false): PropertyDecorator {
  return primary ? PrimaryColumn('bigint', { name, transformer: sequenceNumber }) : Column('bigint', { name, transformer: sequenceNumber });
}

/** One audit entry: a request that touched personal data, a refused or failed attempt, an erasure, a pruning. */
@Entity('audit_entry')
export class AuditEntryRow {
  @SequenceColumn('seq', true)
  seq!: number;

  @InstantColumn('occurred_at')
  occurredAt!: string;

  @VarcharColumn('kind', 20)
  kind!: string;

  @VarcharColumn('outcome', 20)
  outcome!: string;

  @RefColumn('user_id', { nullable: true })
  userId!: string | null;

  @VarcharColumn('user_role', 30, { nullable: true })
  userRole!: string | null;

  @RefColumn('organization_id', { nullable: true })
  organizationId!: string | null;

  @VarcharColumn('operation_type', 20, { nullable: true })
  operationType!: string | null;

  @VarcharColumn('operation_name', 200, { nullable: true })
  operationName!: string | null;

  /** JSON array of the operation's root field names. */
  @TextColumn('root_fields')
  rootFields!: string;

  @VarcharColumn('purpose', 200, { nullable: true })
  purpose!: string | null;

  @VarcharColumn('ip', 64, { nullable: true })
  ip!: string | null;

  @VarcharColumn('user_agent', 300, { nullable: true })
  userAgent!: string | null;

  @VarcharColumn('request_id', 128, { nullable: true })
  requestId!: string | null;

  /** Canonical JSON: objects read and written, refusals, search criteria, error codes, a note. */
  @TextColumn('detail')
  detail!: string;

  /** JSON array of the row ids of the citizens the entry concerns. */
  @TextColumn('citizen_ids')
  citizenIds!: string;

  @VarcharColumn('prev_hash', 64)
  prevHash!: string;

  @VarcharColumn('hash', 64)
  hash!: string;
}

/** The single row (id 1) holding the chain's last sequence number and hash; appends lock it. */
@Entity('audit_chain_head')
export class AuditChainHeadRow {
  @PrimaryColumn('integer', { name: 'id' })
  id!: number;

  @SequenceColumn('seq')
  seq!: number;

  @VarcharColumn('hash', 64)
  hash!: string;
}

/** Where the retained chain starts after pruning: the last removed entry's sequence number and hash. */
@Entity('audit_checkpoint')
export class AuditCheckpointRow {
  @SequenceColumn('through_seq', true)
  throughSeq!: number;

  @VarcharColumn('through_hash', 64)
  throughHash!: string;

  @InstantColumn('created_at')
  createdAt!: string;
}

/** Index from a citizen to the audit entries that concern them (GDPR art. 15 access log). */
@Entity('audit_citizen')
export class AuditCitizenRow {
  @PrimaryColumn('varchar', { name: 'citizen_id', length: 36 })
  citizenId!: string;

  @SequenceColumn('seq', true)
  seq!: number;
}

/** A citizen whose personal data were anonymised after the retention period. */
@Entity('citizen_erasure')
export class CitizenErasureRow {
  @PrimaryColumn('varchar', { name: 'citizen_id', length: 36 })
  citizenId!: string;

  @InstantColumn('erased_at')
  erasedAt!: string;

  @RefColumn('erased_by_id')
  erasedById!: string;
}

export const auditEntities = [AuditEntryRow, AuditChainHeadRow, AuditCheckpointRow, AuditCitizenRow, CitizenErasureRow];
