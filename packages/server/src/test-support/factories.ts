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
const CPR_SPACE = 4000 * 28 * 12 * 50;
const cprBase = Math.floor(Math.random() * CPR_SPACE);
/** A valid CPR number that no other test uses (born 1950-1999, serial varies). */
export function uniqueCpr(): string {
  // Consecutive numbers from a random start, mapped one-to-one onto serial, day, month and year: no two calls in a
  // process give the same CPR (random draws collided now and then within a test file's database).
  cprCounter += 1;
  let n = (cprBase + cprCounter) % CPR_SPACE;
  const serial = String(n % 4000).padStart(4, '0');
  n = Math.floor(n / 4000);
  const day = String((n % 28) + 1).padStart(2, '0');
  n = Math.floor(n / 28);
  const month = String((n % 12) + 1).padStart(2, '0');
  const year = String(50 + (Math.floor(n / 12) % 50)).padStart(2, '0');
  return `${day}${month}${year}-${serial}`;
}
