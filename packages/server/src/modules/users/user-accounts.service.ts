import type { DataSource } from 'typeorm';
import { activeLocks, type LockoutSubjectKey } from '../../auth/lockout.js';
import { type Connection, mapNodes, type PageArgs, paginate } from '../../graphql/connection.js';
import { ApiToken } from '../api-tokens/api-token.entity.js';
import { UserAccount, type UserAccountFilter } from './user-account.types.js';
import { User } from './user.entity.js';

/** A lock in force on the user or on one of the API tokens whose service account the user is. */
const LOCKED = `EXISTS (SELECT 1 FROM auth_lockout l WHERE l.locked_until > :now AND (
  (l.subject_type = 'USER' AND l.subject_id = u.id) OR
  (l.subject_type = 'API_TOKEN' AND l.subject_id IN (SELECT t.id FROM api_token t WHERE t.user_id = u.id))))`;

/** The admin's organisation's users, oldest first, each with the latest lock in force on them or their API tokens. */
export async function userAccounts(db: DataSource, organizationId: string, filter: UserAccountFilter | null, page: PageArgs): Promise<Connection<UserAccount>> {
  const now = new Date().toISOString();
  const query = db.getRepository(User).createQueryBuilder('u').where('u.organizationId = :organizationId', { organizationId });
  if (filter?.role) query.andWhere('u.role = :role', { role: filter.role });
  if (filter?.locked === true) query.andWhere(LOCKED, { now });
  if (filter?.locked === false) query.andWhere(`NOT ${LOCKED}`, { now });
  const users = await paginate(query, 'u', page);
  const locks = await locksOf(db, users.edges.map((edge) => edge.node.rowId));
  return mapNodes(users, (user) => new UserAccount(user, locks.get(user.rowId) ?? null));
}

/** The latest lock in force per user, over the user's own account and their API tokens. */
async function locksOf(db: DataSource, userIds: string[]): Promise<Map<string, string>> {
  const tokens = userIds.length ? await db.getRepository(ApiToken).find({ where: userIds.map((userId) => ({ userId })), select: { rowId: true, userId: true } }) : [];
  const keys: LockoutSubjectKey[] = [...userIds.map((id) => ({ type: 'USER' as const, id })), ...tokens.map((token) => ({ type: 'API_TOKEN' as const, id: token.rowId }))];
  const locks = await activeLocks(db, keys);
  const byUser = new Map<string, string>();
  const keep = (userId: string, until: string | undefined) => {
    if (until && until > (byUser.get(userId) ?? '')) byUser.set(userId, until);
  };
  for (const id of userIds) keep(id, locks.get(`USER:${id}`));
  for (const token of tokens) keep(token.userId, locks.get(`API_TOKEN:${token.rowId}`));
  return byUser;
}
