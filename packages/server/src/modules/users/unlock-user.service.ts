import type { EntityManager } from 'typeorm';
import { activeLock } from '../../auth/lockout.js';
import { AuthLockout } from '../../auth/lockout.entity.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { rowIdOf } from '../../graphql/ids.js';
import { ApiToken } from '../api-tokens/api-token.entity.js';
import { User } from './user.entity.js';

export interface Unlocked {
  user: User;
  /** The lock that was lifted; null when the user was not locked. */
  lockedUntil: string | null;
}

/**
 * Lifts the lockout of a user of the admin's own organisation, and of the API tokens whose service account the user
 * is, and forgets their failed logins: for the user who is locked out by someone else's forged tokens.
 */
export async function unlockUser(tx: EntityManager, viewer: Viewer, userId: string): Promise<Unlocked> {
  if (viewer.user.role !== 'ADMIN') throw CommonErrors.forbidden({ da: 'låse brugere op', en: 'unlock users' });
  const rowId = rowIdOf(userId, 'User', ['input', 'userId']);
  const user = await tx.getRepository(User).findOneBy({ rowId, organizationId: viewer.organization.rowId });
  if (!user) throw CommonErrors.notFound('Brugeren', ['input', 'userId']);
  const tokens = await tx.getRepository(ApiToken).find({ where: { userId: rowId }, select: { rowId: true } });
  const keys = [{ subjectType: 'USER' as const, subjectId: rowId }, ...tokens.map((token) => ({ subjectType: 'API_TOKEN' as const, subjectId: token.rowId }))];
  const rows = await tx.getRepository(AuthLockout).find({ where: keys });
  const locks = rows.map((row) => activeLock(row)).filter((until): until is string => until !== null);
  await tx.getRepository(AuthLockout).remove(rows);
  return { user, lockedUntil: locks.sort().at(-1) ?? null };
}
