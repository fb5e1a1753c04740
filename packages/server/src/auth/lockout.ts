import type { DataSource, EntityManager } from 'typeorm';
import { authWrite } from './authenticate-writes.js';
import { AuthLockout, type LockoutSubject } from './lockout.entity.js';

/*
 * Account lockout: `maxFailures` failed logins for one account from one source address within `windowMs` lock the
 * account for `lockMs`, for requests from that address. An account is a user (a demo or OpenID Connect token naming
 * them that fails verification) or an API token (its ID presented with a wrong secret). While locked, even a correct
 * login from there is refused; the owner elsewhere is not, so whoever sends forged tokens naming someone locks out
 * only themselves. Counters live in the database (auth_lockout), so every server process sees the same lock; a
 * successful login from the address clears its counters.
 */

export interface LockoutPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** An account. */
export interface LockoutSubjectKey {
  type: LockoutSubject;
  id: string;
}

/** An account as seen from one source address (ops/client-address.ts; UNKNOWN_SOURCE when there is none). */
export interface LockoutKey extends LockoutSubjectKey {
  source: string;
}

export const UNKNOWN_SOURCE = 'unknown';

export interface LockoutState {
  failureCount: number;
  lockedUntil: string | null;
}

export interface FailureOutcome {
  failures: number;
  /** Set while the account is locked (now or already). */
  lockedUntil: string | null;
  /** True when this failure is the one that locked the account. */
  justLocked: boolean;
}

/** The instant until which the account is locked, or null when it is not locked now. */
export function activeLock(state: LockoutState | null | undefined, now = Date.now()): string | null {
  return state?.lockedUntil && Date.parse(state.lockedUntil) > now ? state.lockedUntil : null;
}

export const secondsUntil = (instant: string, now = Date.now()): number => Math.max(1, Math.ceil((Date.parse(instant) - now) / 1000));

/** Counts one failed login for the account and locks it when that makes `maxFailures` within the window. */
export async function recordLoginFailure(db: DataSource, key: LockoutKey, policy: LockoutPolicy = DEFAULT_LOCKOUT, now = new Date()): Promise<FailureOutcome> {
  const at = now.toISOString();
  const params = { type: key.type, id: key.id, source: key.source, now: at, windowStart: new Date(now.getTime() - policy.windowMs).toISOString(), max: policy.maxFailures };
  return authWrite(db, async (tx) => {
    await tx
      .createQueryBuilder()
      .insert()
      .into(AuthLockout)
      .values({ subjectType: key.type, subjectId: key.id, source: key.source, failureCount: 0, windowStartedAt: at, lockedUntil: null, updatedAt: at })
      .orIgnore()
      .execute();
    // Failures while locked neither count nor extend the lock.
    await tx
      .createQueryBuilder()
      .update(AuthLockout)
      .set({
        failureCount: () => 'CASE WHEN window_started_at < :windowStart THEN 1 ELSE failure_count + 1 END',
        windowStartedAt: () => 'CASE WHEN window_started_at < :windowStart THEN :now ELSE window_started_at END',
        updatedAt: at,
      })
      .where('subject_type = :type AND subject_id = :id AND source = :source AND (locked_until IS NULL OR locked_until <= :now)')
      .setParameters(params)
      .execute();
    const locked = await tx
      .createQueryBuilder()
      .update(AuthLockout)
      .set({ failureCount: 0, windowStartedAt: at, lockedUntil: new Date(now.getTime() + policy.lockMs).toISOString(), updatedAt: at })
      .where('subject_type = :type AND subject_id = :id AND source = :source AND failure_count >= :max AND (locked_until IS NULL OR locked_until <= :now)')
      .setParameters(params)
      .execute();
    const row = await tx.getRepository(AuthLockout).findOneByOrFail({ subjectType: key.type, subjectId: key.id, source: key.source });
    return {
      failures: (locked.affected ?? 0) > 0 ? policy.maxFailures : row.failureCount,
      lockedUntil: activeLock(row, now.getTime()),
      justLocked: (locked.affected ?? 0) > 0,
    };
  });
}

/** Forgets the account's failures from the source after a successful login from there (never while it is locked). */
export async function clearLoginFailures(db: DataSource, key: LockoutKey, now = new Date()): Promise<void> {
  await authWrite(db, (tx) =>
    tx
      .createQueryBuilder()
      .delete()
      .from(AuthLockout)
      .where('subject_type = :type AND subject_id = :id AND source = :source AND (locked_until IS NULL OR locked_until <= :now)', {
        type: key.type,
        id: key.id,
        source: key.source,
        now: now.toISOString(),
      })
      .execute(),
  );
}

/** The account's counters for the source, or null when it has had no failure from there since its last success. */
export function readLockout(db: DataSource, key: LockoutKey): Promise<AuthLockout | null> {
  return db.getRepository(AuthLockout).findOneBy({ subjectType: key.type, subjectId: key.id, source: key.source });
}

/**
 * Lifts the accounts' locks from every source and forgets their failures, whether locked or not (an admin's unlock, in
 * the caller's transaction). Returns the latest lock that was still in force, or null when none was.
 */
export async function liftLocks(tx: EntityManager, keys: LockoutSubjectKey[], now = Date.now()): Promise<string | null> {
  const rows = await tx.getRepository(AuthLockout).find({ where: keys.map((key) => ({ subjectType: key.type, subjectId: key.id })) });
  const locks = rows.map((row) => activeLock(row, now)).filter((until): until is string => until !== null);
  await tx.getRepository(AuthLockout).remove(rows);
  return locks.sort().at(-1) ?? null;
}

/** The latest lock in force now from any source, per account, by `${type}:${id}` (accounts not locked are absent). */
export async function activeLocks(db: DataSource | EntityManager, keys: LockoutSubjectKey[], now = Date.now()): Promise<Map<string, string>> {
  const locks = new Map<string, string>();
  if (keys.length === 0) return locks;
  const rows = await db.getRepository(AuthLockout).find({ where: keys.map((key) => ({ subjectType: key.type, subjectId: key.id })) });
  for (const row of rows) {
    const until = activeLock(row, now);
    const key = `${row.subjectType}:${row.subjectId}`;
    if (until && until > (locks.get(key) ?? '')) locks.set(key, until);
  }
  return locks;
}
