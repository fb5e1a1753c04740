import type { DataSource } from 'typeorm';
import { nowInstant } from '../../db/columns.js';
import { writeAudit } from './audit-writer.js';

/** A failed login, a refused token or a lockout, as the auth layer reports it. */
export interface AuthFailure {
  /** A stable code, e.g. UNAUTHENTICATED, INVALID_TOKEN, EXPIRED_TOKEN, BAD_CREDENTIALS, LOCKED_OUT. */
  reason: string;
  /** Short explanation without secrets (never the token or password). */
  message?: string | null;
  /** The account concerned when known (row id), and its organisation and role. */
  userId?: string | null;
  organizationId?: string | null;
  userRole?: string | null;
  /** What was tried as the identity when no account matched, e.g. the e-mail or token subject. */
  subject?: string | null;
  /** The API token concerned, when the failure was one (row id). */
  apiTokenId?: string | null;
  /** True when this failure locked the account, or it was locked. */
  locked?: boolean;
  /** Until when a lockout lasts (ISO instant). */
  lockedUntil?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  occurredAt?: string;
}

/**
 * Appends an AUTH_FAILURE entry to the audit chain. Resolves when it is committed; rejects when it could not
 * be written (the caller decides whether to refuse the login anyway, which it should).
 */
export async function recordAuthFailure(db: DataSource, failure: AuthFailure): Promise<void> {
  await writeAudit(db, [
    {
      occurredAt: failure.occurredAt ?? nowInstant(),
      kind: 'AUTH_FAILURE',
      outcome: 'UNAUTHENTICATED',
      userId: failure.userId,
      userRole: failure.userRole,
      organizationId: failure.organizationId,
      ip: failure.ip,
      userAgent: failure.userAgent,
      requestId: failure.requestId,
      errorCodes: [failure.reason],
      note: {
        reason: failure.reason,
        message: failure.message ?? null,
        subject: failure.subject ?? null,
        apiTokenId: failure.apiTokenId ?? null,
        locked: failure.locked ?? false,
        lockedUntil: failure.lockedUntil ?? null,
      },
    },
  ]);
}
