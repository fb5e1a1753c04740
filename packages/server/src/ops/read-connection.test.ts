import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowInstant } from '../db/columns.js';
import { Citizen } from '../modules/citizens/citizen.entity.js';
import { buildTenant, uniqueCpr, type Tenant } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/*
 * A read outside a transaction never sees another request's uncommitted writes. On SQLite (one writer
 * connection) reads go to a second, read-only connection (read-connection.ts); PostgreSQL gives every
 * transaction its own connection. Both engines must pass the same test.
 */

const LIST = '{ citizens(first: 100) { totalCount edges { node { name } } } }';

describe('reads see committed data only', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  it('does not show a row inserted by a transaction that is still open, nor after it rolls back; shows it once committed', async () => {
    const insert = (name: string) =>
      Object.assign(new Citizen(), {
        rowId: newId(), version: 1, name, cpr: uniqueCpr(), birthDate: '1980-01-01', address: null, phone: null, guardian: null, supportPerson: null,
        authorityId: tenant.authority.rowId, createdAt: nowInstant(),
      });
    const names = async () => (((await server.gql(tenant.tokens.caseworker, LIST)).data?.citizens.edges ?? []) as { node: { name: string } }[]).map((e) => e.node.name);

    const seenDuring: string[][] = [];
    await expect(
      server.db.transaction(async (tx) => {
        await tx.getRepository(Citizen).insert(insert('Uafsluttet Ulrik'));
        seenDuring.push(await names());
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(seenDuring[0]).not.toContain('Uafsluttet Ulrik');
    expect(await names()).not.toContain('Uafsluttet Ulrik');

    await server.db.transaction(async (tx) => {
      await tx.getRepository(Citizen).insert(insert('Bekræftet Bodil'));
      seenDuring.push(await names());
    });
    expect(seenDuring[1]).not.toContain('Bekræftet Bodil');
    expect(await names()).toContain('Bekræftet Bodil');
  });

  it('still writes through mutations and reads the new state in the same response', async () => {
    const { data } = await server.gql(tenant.tokens.caseworker, 'mutation($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { name version contracts { id } } userErrors { code } } }', {
      i: { name: 'Skrevet Svend', cpr: uniqueCpr() },
    });
    expect(data?.createCitizen).toEqual({ citizen: { name: 'Skrevet Svend', version: 1, contracts: [] }, userErrors: [] });
  });
});
