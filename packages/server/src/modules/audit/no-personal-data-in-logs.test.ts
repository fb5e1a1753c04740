import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createApp } from '../../app.js';
import { signDemoToken } from '../../auth/tokens.js';
import { openDatabase } from '../../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../../db/scratch-database.js';
import { memoryLogger } from '../../ops/logger.js';
import { buildOrganization, buildUser, uniqueCpr } from '../../test-support/factories.js';
import { TEST_KEY } from '../../test-support/test-server.js';

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';

/*
 * A scenario of ordinary and failing requests about one citizen, with the server's JSON request log captured:
 * neither the log nor the server's own error messages may contain the citizen's CPR number or name.
 */
describe(`no personal data in application logs or error messages on ${engine}`, () => {
  const logger = memoryLogger();
  const name = `Zacharias Pølsemand ${randomBytes(3).toString('hex')}`;
  const cpr = uniqueCpr();
  let database: ScratchDatabase;
  let db: DataSource;
  let server: Server;
  let url: string;
  let caseworker: string;
  let staff: string;
  let admin: string;
  const serverMessages: string[] = [];

  async function gql(token: string, query: string, variables?: Record<string, unknown>) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
    for (const error of body.errors ?? []) serverMessages.push(error.message);
    for (const payload of Object.values(body.data ?? {})) for (const userError of (payload as { userErrors?: { message: string }[] } | null)?.userErrors ?? []) serverMessages.push(userError.message);
    return body;
  }

  beforeAll(async () => {
    database = await createScratchDatabase();
    db = await openDatabase(database.url);
    ({ server } = await createApp({ db, databaseUrl: database.url, signingKey: TEST_KEY, logger }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const authority = await buildOrganization(db, 'AUTHORITY');
    const provider = await buildOrganization(db, 'PROVIDER');
    caseworker = await signDemoToken((await buildUser(db, authority, 'CASEWORKER')).rowId, TEST_KEY);
    admin = await signDemoToken((await buildUser(db, authority, 'ADMIN')).rowId, TEST_KEY);
    staff = await signDemoToken((await buildUser(db, provider, 'PROVIDER_STAFF')).rowId, TEST_KEY);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.destroy();
    await database.drop();
  });

  it('keeps the CPR number and name out of every log line of a whole scenario', async () => {
    const created = await gql(caseworker, 'mutation New($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id version } userErrors { message } } }', { i: { name, cpr } });
    const id = created.data?.createCitizen.citizen.id as string;
    await gql(caseworker, 'mutation Again($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } userErrors { message } } }', { i: { name, cpr } });
    await gql(caseworker, 'query Find($s: String) { citizens(first: 5, search: $s) { edges { node { name cpr } } } }', { s: name });
    await gql(caseworker, 'query Find($s: String) { citizens(first: 5, search: $s) { edges { node { name cpr } } } }', { s: cpr });
    await gql(caseworker, 'query One($id: ID!) { citizen(id: $id) { name cpr contracts { id } } }', { id });
    await gql(staff, 'query One($id: ID!) { citizen(id: $id) { name cpr } }', { id });
    await gql(caseworker, 'mutation Edit($i: UpdateCitizenInput!) { updateCitizen(input: $i) { citizen { name } userErrors { message } } }', { i: { id, expectedVersion: 99, name: `${name} II` } });
    await gql(caseworker, 'mutation Bad($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } userErrors { message } } }', { i: { name, cpr: `${cpr.slice(0, 6)}99999` } });
    await gql(staff, 'query Export($id: ID!) { exportCitizenData(citizenId: $id) { content } }', { id });
    await gql(admin, 'query Export($id: ID!) { exportCitizenData(citizenId: $id) { content } }', { id });
    await gql(admin, 'query Log($id: ID!) { auditLog(first: 5, filter: { citizenId: $id }) { edges { node { searches } } } }', { id });
    await gql(admin, 'mutation Erase($i: EraseCitizenInput!) { eraseCitizen(input: $i) { userErrors { message } } }', { i: { citizenId: id, confirmation: 'ANONYMISER' } });
    await gql(caseworker, `{ citizens(first: 1, search: "${name}") { totalCount } nonsense }`);
    // An audit write that fails is logged as an error: with ids only.
    await db.query('ALTER TABLE audit_entry RENAME TO audit_entry_away');
    try {
      await gql(caseworker, 'query Find($s: String) { citizens(first: 5, search: $s) { totalCount } }', { s: name });
      await gql(caseworker, 'query One($id: ID!) { citizen(id: $id) { name } }', { id });
      await gql(caseworker, 'mutation Edit($i: UpdateCitizenInput!) { updateCitizen(input: $i) { citizen { name } userErrors { message } } }', { i: { id, expectedVersion: 1, phone: '12345678' } });
    } finally {
      await db.query('ALTER TABLE audit_entry_away RENAME TO audit_entry');
    }

    expect(logger.lines.length).toBeGreaterThanOrEqual(15);
    expect(logger.lines.some((line) => line.includes('"audit entry could not be written"'))).toBe(true);
    const digits = cpr.replace('-', '');
    const firstName = name.split(' ')[0];
    const family = name.split(' ')[1];
    for (const line of logger.lines) {
      expect(() => JSON.parse(line)).not.toThrow();
      for (const secret of [cpr, digits, name, firstName, family]) expect(line).not.toContain(secret);
    }
    for (const message of serverMessages) for (const secret of [cpr, digits, name, family]) expect(message).not.toContain(secret);
    expect(serverMessages.length).toBeGreaterThanOrEqual(4);
  });
});
