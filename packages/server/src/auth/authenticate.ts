import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { Organization } from '../modules/organizations/organization.entity.js';
import { User } from '../modules/users/user.entity.js';
import { verifyDemoToken } from './tokens.js';
import type { Viewer } from './viewer.js';

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Resolves the Authorization header to a viewer, or throws a 401 GraphQL error. */
export async function authenticate(db: DataSource, header: string | undefined, key: Uint8Array): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw unauthenticated('Missing bearer token: send "Authorization: Bearer <token>".');
  const userId = await verifyDemoToken(match[1], key);
  if (!userId) throw unauthenticated('The bearer token is invalid or has expired.');
  const user = await db.getRepository(User).findOneBy({ rowId: userId });
  if (!user) throw unauthenticated('The bearer token names no user.');
  const organization = await db.getRepository(Organization).findOneByOrFail({ rowId: user.organizationId });
  return { user, organization };
}
