import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn, IntColumn } from '../db/columns.js';

export type LockoutSubject = 'USER' | 'API_TOKEN';

/**
 * Failed logins per account (a user, or an API token presented with a wrong secret) and source address, kept in the
 * database so that a lockout holds across server processes. A row exists only after a failure; a successful login
 * from that source removes it.
 */
@Entity('auth_lockout')
export class AuthLockout {
  @PrimaryColumn('varchar', { name: 'subject_type', length: 20 })
  subjectType!: LockoutSubject;

  @PrimaryColumn('varchar', { name: 'subject_id', length: 36 })
  subjectId!: string;

  /** Where the failed logins came from (auth/client-address.ts): a lock holds for this source only. */
  @PrimaryColumn('varchar', { name: 'source', length: 64 })
  source!: string;

  /** Failures since windowStartedAt. */
  @IntColumn('failure_count')
  failureCount!: number;

  @InstantColumn('window_started_at')
  windowStartedAt!: string;

  /** Until when the account is locked; null or past when it is not. */
  @InstantColumn('locked_until', { nullable: true })
  lockedUntil!: string | null;

  @Column('varchar', { name: 'updated_at', length: 30 })
  updatedAt!: string;
}
