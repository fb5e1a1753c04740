import { danishToday } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDelivering } from '../auth/policy-scope.js';
import { toGlobalId } from '../graphql/global-id.js';
import { CONSENT_CATEGORIES } from '../modules/consents/consent-category.js';
import { User } from '../modules/users/user.entity.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { generateDemoData } from './demo-data.js';
import { seedDemoData } from './demo-seed.js';

/* The demo's consents cover the providers of its active contracts, so provider staff see their citizens in the demo. */

const today = danishToday();

describe('demo consents', () => {
  const data = generateDemoData(today);
  const inForce = new Set(data.consents.filter((c) => c.revokedAt === null).map((c) => c.rowId));

  it('cover every kind of information for the provider of every active contract, and one revoked consent shares nothing more', () => {
    const active = data.contracts.filter((c) => isDelivering(c, today));
    expect(active.length).toBeGreaterThan(10);
    for (const contract of active) {
      const kinds = new Set(
        data.consentShares.filter((s) => s.citizenId === contract.citizenId && s.organizationId === contract.providerId && inForce.has(s.consentId)).map((s) => s.category),
      );
      expect([...kinds].sort(), contract.rowId).toEqual([...CONSENT_CATEGORIES].sort());
    }
    expect(data.consents.some((c) => c.revokedAt !== null)).toBe(true);
  });

  describe('over HTTP', () => {
    let server: TestServer;
    let staff: string;
    const lindely = data.organizations.find((o) => o.name === 'Bostedet Lindely')!;
    beforeAll(async () => {
      server = await startTestServer();
      expect((await seedDemoData(server.db, { today })).seeded).toBe(true);
      const user = await server.db.getRepository(User).findOneByOrFail({ email: 'staff@lindely.demo' });
      staff = await server.tokenFor(user.rowId);
    });
    afterAll(() => server.close());

    it("shows Lindely's staff exactly the citizens of Lindely's active contracts, with their goals", async () => {
      const citizens = new Set(data.contracts.filter((c) => c.providerId === lindely.rowId && isDelivering(c, today)).map((c) => c.citizenId));
      const { data: listed, errors } = await server.gql(staff, '{ citizens(first: 100) { totalCount } }');
      expect(errors).toBeUndefined();
      expect(listed?.citizens.totalCount).toBe(citizens.size);
      const contract = data.contracts.find((c) => c.providerId === lindely.rowId && c.status === 'ACTIVE')!;
      const read = await server.gql(staff, 'query($id: ID!) { contract(id: $id) { purpose citizen { name } goals { title } } }', { id: toGlobalId('Contract', contract.rowId) });
      expect(read.errors).toBeUndefined();
      expect(read.data?.contract.citizen.name).toBe(data.citizens.find((c) => c.rowId === contract.citizenId)!.name);
      expect(read.data?.contract.purpose).not.toBe('');
      expect(read.data?.contract.goals.length).toBeGreaterThan(0);
    });
  });
});
