import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role, OrganizationKind } from '../common/enums.js';
import { newId, nowInstant } from '../db/columns.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { User } from '../modules/users/user.entity.js';
import type { TestServer } from './test-server.js';

const unique = () => randomBytes(4).toString('hex');

export async function buildOrganization(db: DataSource, kind: OrganizationKind, name = `${kind} ${unique()}`): Promise<Organization> {
  return db.getRepository(Organization).save(Object.assign(new Organization(), { rowId: newId(), name, kind, municipalityCode: null, createdAt: nowInstant() }));
}

export async function buildUser(db: DataSource, organization: Organization, role: Role): Promise<User> {
  return db.getRepository(User).save(
    Object.assign(new User(), { rowId: newId(), name: `${role} ${unique()}`, email: `${role.toLowerCase()}.${unique()}@test.example`, role, organizationId: organization.rowId, createdAt: nowInstant() }),
  );
}

export interface Tenant {
  authority: Organization;
  provider: Organization;
  tokens: { caseworker: string; providerStaff: string; providerManager: string; manager: string; authorityAdmin: string };
  users: { caseworker: User; providerStaff: User; providerManager: User };
}

/** An authority and a provider with a user for each role, independent of every other test's tenant. */
export async function buildTenant(server: TestServer): Promise<Tenant> {
  const authority = await buildOrganization(server.db, 'AUTHORITY');
  const provider = await buildOrganization(server.db, 'PROVIDER');
  const caseworker = await buildUser(server.db, authority, 'CASEWORKER');
  const providerStaff = await buildUser(server.db, provider, 'PROVIDER_STAFF');
  const providerManager = await buildUser(server.db, provider, 'PROVIDER_MANAGER');
  const manager = await buildUser(server.db, authority, 'MANAGER');
  const authorityAdmin = await buildUser(server.db, authority, 'ADMIN');
  return {
    authority,
    provider,
    users: { caseworker, providerStaff, providerManager },
    tokens: {
      caseworker: await server.tokenFor(caseworker.rowId),
      providerStaff: await server.tokenFor(providerStaff.rowId),
      providerManager: await server.tokenFor(providerManager.rowId),
      manager: await server.tokenFor(manager.rowId),
      authorityAdmin: await server.tokenFor(authorityAdmin.rowId),
    },
  };
}

let cprCounter = 0;
/** A valid CPR number that no other test uses (born 1950-1999, serial varies). */
export function uniqueCpr(): string {
  cprCounter += 1;
  const n = (Date.now() + cprCounter * 7919 + Math.floor(Math.random() * 1e6)) % 9_999_999;
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String(((n >> 5) % 12) + 1).padStart(2, '0');
  const year = String(50 + (n % 50)).padStart(2, '0');
  const serial = String(n % 4000).padStart(4, '0');
  return `${day}${month}${year}-${serial}`;
}
