import type { DataSource } from 'typeorm';
import { ApiToken } from '../modules/api-tokens/api-token.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { User } from '../modules/users/user.entity.js';
import { AuthLockout } from './lockout.entity.js';

/*
 * What authentication reads, each in ONE query: the user (or the API token and its service account) joined with
 * the organisation and the account's failed-login counters from the request's source address.
 */

export interface Principal {
  user: User;
  organization: Organization;
  lockout: AuthLockout | null;
}

export interface ApiTokenPrincipal extends Principal {
  apiToken: ApiToken;
}

type Joined<T> = T & { joinedUser?: User; joinedOrganization?: Organization; joinedLockout?: AuthLockout | null };

/** A user by row ID or by e-mail (lower case), with their organisation and lockout counters from `source`. */
export async function findUserPrincipal(db: DataSource, by: { id: string } | { email: string }, source: string): Promise<Principal | null> {
  const query = db
    .getRepository(User)
    .createQueryBuilder('u')
    .innerJoinAndMapOne('u.joinedOrganization', Organization, 'o', 'o.rowId = u.organizationId')
    .leftJoinAndMapOne('u.joinedLockout', AuthLockout, 'l', 'l.subjectType = :lockoutType AND l.subjectId = u.rowId AND l.source = :source', { lockoutType: 'USER', source });
  if ('id' in by) query.where('u.rowId = :id', { id: by.id });
  else query.where('u.email = :email', { email: by.email });
  const user = (await query.getOne()) as Joined<User> | null;
  if (!user?.joinedOrganization) return null;
  const { joinedOrganization: organization, joinedLockout: lockout } = user;
  delete user.joinedOrganization;
  delete user.joinedLockout;
  return { user, organization, lockout: lockout ?? null };
}

/** An API token with its service account, organisation and lockout counters from `source`. */
export async function findApiTokenPrincipal(db: DataSource, rowId: string, source: string): Promise<ApiTokenPrincipal | null> {
  const apiToken = (await db
    .getRepository(ApiToken)
    .createQueryBuilder('t')
    .innerJoinAndMapOne('t.joinedUser', User, 'u', 'u.rowId = t.userId')
    .innerJoinAndMapOne('t.joinedOrganization', Organization, 'o', 'o.rowId = t.organizationId')
    .leftJoinAndMapOne('t.joinedLockout', AuthLockout, 'l', 'l.subjectType = :lockoutType AND l.subjectId = t.rowId AND l.source = :source', { lockoutType: 'API_TOKEN', source })
    .where('t.rowId = :id', { id: rowId })
    .getOne()) as Joined<ApiToken> | null;
  if (!apiToken?.joinedUser || !apiToken.joinedOrganization) return null;
  const { joinedUser: user, joinedOrganization: organization, joinedLockout: lockout } = apiToken;
  delete apiToken.joinedUser;
  delete apiToken.joinedOrganization;
  delete apiToken.joinedLockout;
  return { apiToken, user, organization, lockout: lockout ?? null };
}
