import type { EntityManager } from 'typeorm';
import { liftLocks } from '../../auth/lockout.js';
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
  const lockedUntil = await liftLocks(tx, [{ type: 'USER', id: rowId }, ...tokens.map((token) => ({ type: 'API_TOKEN' as const, id: token.rowId }))]);
  return { user, lockedUntil };
}
