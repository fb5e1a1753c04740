import { GraphQLError } from 'graphql';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { pageSize } from '../../graphql/connection.js';
import { AuditCitizenRow, AuditEntryRow } from './audit.entities.js';

/*
 * Reading the audit log: newest first, keyset-paged on the sequence number. Scope is decided by the resolver:
 * either every entry made by an organisation's users, or every entry that concerns one citizen (whoever made it).
 */

export type AuditScope = { organizationId: string } | { citizenId: string };

export interface AuditQuery {
  userId?: string | null;
  from?: string | null;
  to?: string | null;
  operation?: string | null;
}

export interface AuditPage {
  rows: AuditEntryRow[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

const CURSOR_PREFIX = 'audit:';

function encodeCursor(seq: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const seq = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(seq) || seq < 1) throw new GraphQLError('`after` is not a cursor from this API', { extensions: { code: 'BAD_USER_INPUT' } });
  return seq;
}

function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function scoped(db: DataSource, scope: AuditScope, query: AuditQuery): SelectQueryBuilder<AuditEntryRow> {
  const builder = db.getRepository(AuditEntryRow).createQueryBuilder('e');
  if ('citizenId' in scope) builder.innerJoin(AuditCitizenRow, 'ac', 'ac.seq = e.seq AND ac.citizenId = :citizenId', { citizenId: scope.citizenId });
  else builder.where('e.organizationId = :organizationId', { organizationId: scope.organizationId });
  if (query.userId) builder.andWhere('e.userId = :userId', { userId: query.userId });
  if (query.from) builder.andWhere('e.occurredAt >= :from', { from: query.from });
  if (query.to) builder.andWhere('e.occurredAt < :to', { to: query.to });
  if (query.operation) {
    // Case-insensitive: an administrator types "createcitizen" or "CitizenPage" as they remember it.
    builder.andWhere("(LOWER(e.operationName) = :operation OR LOWER(e.rootFields) LIKE :rootField ESCAPE '\\')", {
      operation: query.operation.toLowerCase(),
      rootField: `%${likeLiteral(JSON.stringify(query.operation.toLowerCase()))}%`,
    });
  }
  return builder;
}

export async function auditPage(db: DataSource, scope: AuditScope, query: AuditQuery, first: number | null | undefined, after: string | null | undefined): Promise<AuditPage> {
  const limit = pageSize(first);
  const builder = scoped(db, scope, query);
  const totalCount = await builder.clone().getCount();
  if (after) builder.andWhere('e.seq < :afterSeq', { afterSeq: decodeCursor(after) });
  const rows = await builder.orderBy('e.seq', 'DESC').limit(limit + 1).getMany();
  const page = rows.slice(0, limit);
  return { rows: page, cursors: page.map((row) => encodeCursor(row.seq)), hasNextPage: rows.length > limit, totalCount };
}

/** Every entry concerning a citizen, oldest first (for exports). */
export async function allForCitizen(db: DataSource, citizenId: string, limit = 100_000): Promise<AuditEntryRow[]> {
  return scoped(db, { citizenId }, {}).orderBy('e.seq', 'ASC').limit(limit).getMany();
}
