import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { signDemoToken } from '../auth/tokens.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.js';
import { buildOrganization, buildUser, uniqueCpr } from '../test-support/factories.js';
import { TEST_KEY } from '../test-support/test-server.js';
import { memoryLogger, scrubCpr } from './logger.js';

/*
 * Structured request logs: one JSON line per request with its X-Request-Id (taken from the client when
 * well-formed, made otherwise, and always sent back), operation name, duration, status, user id and organisation
 * id, and nothing from the query, its variables or the answer: no CPR number, no name.
 */

describe('request logs and request ids', () => {
  const logger = memoryLogger();
  let database: ScratchDatabase;
  let server: Server;
  let url: string;
  let stop: () => Promise<void>;
  let token: string;
  let userId: string;
  let organizationId: string;

  beforeAll(async () => {
    database = await createScratchDatabase();
    const db = await openDatabase(database.url);
    const { server: created, apollo } = await createApp({ db, databaseUrl: database.url, signingKey: TEST_KEY, logger });
    server = created;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const authority = await buildOrganization(db, 'AUTHORITY');
    const caseworker = await buildUser(db, authority, 'CASEWORKER');
    token = await signDemoToken(caseworker.rowId, TEST_KEY);
    userId = caseworker.rowId;
    organizationId = authority.rowId;
    stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.destroy();
      await database.drop();
    };
  });
  afterAll(() => stop());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });
  const linesFor = (requestId: string) => logger.lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.requestId === requestId);
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('echoes a well-formed X-Request-Id and logs the request under it, with operation, status, duration, user and organisation', async () => {
    const response = await post({ query: 'query WhoAmI { viewer { id } }' }, { 'x-request-id': 'lb-7f3a.42' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a.42');
    await settle();
    const [line, ...more] = linesFor('lb-7f3a.42');
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 'info', msg: 'request', method: 'POST', path: '/graphql', status: 200, operationName: 'WhoAmI', userId, organizationId });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('makes a request id when none or a malformed one is sent, and sends it back', async () => {
    const offered: Record<string, string>[] = [{}, { 'x-request-id': 'has spaces and "quotes"' }, { 'x-request-id': 'x'.repeat(200) }];
    for (const headers of offered) {
      const response = await post({ query: '{ viewer { id } }' }, headers);
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await settle();
      expect(linesFor(id!)).toHaveLength(1);
    }
  });

  it('logs requests refused before GraphQL (401) and without a user', async () => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'no-token' }, body: '{}' });
    expect(response.status).toBe(401);
    await settle();
    const [line] = linesFor('no-token');
    expect(line).toMatchObject({ status: 401, path: '/graphql' });
    expect(line.userId).toBeUndefined();
  });

  it('leaves no trace of a CPR number or a name sent in variables, in a search, in a GET query string or in the answer', async () => {
    const cpr = uniqueCpr();
    const name = 'Hemmelig Hansigne';
    const created = await post(
      { query: 'mutation AddCitizen($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id name cpr } userErrors { code } } }', variables: { i: { name, cpr } } },
      { 'x-request-id': 'with-cpr-1' },
    );
    expect(((await created.json()) as { data: { createCitizen: { citizen: { cpr: string } } } }).data.createCitizen.citizen.cpr).toBe(cpr);
    await post({ query: 'query Find($s: String) { citizens(first: 5, search: $s) { totalCount edges { node { name cpr } } } }', variables: { s: cpr } }, { 'x-request-id': 'with-cpr-2' });
    await post({ query: `{ citizens(first: 5, search: "${cpr.replace('-', '')}") { totalCount } }` }, { 'x-request-id': 'with-cpr-3' });
    await fetch(`${url}/graphql?${new URLSearchParams({ query: 'query($s: String) { citizens(first: 1, search: $s) { totalCount } }', variables: JSON.stringify({ s: cpr }) })}`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': 'with-cpr-4' },
    });
    await settle();
    for (const id of ['with-cpr-1', 'with-cpr-2', 'with-cpr-3', 'with-cpr-4']) expect(linesFor(id)).toHaveLength(1);
    expect(linesFor('with-cpr-1')[0]).toMatchObject({ operationName: 'AddCitizen', status: 200 });
    expect(linesFor('with-cpr-4')[0]).toMatchObject({ path: '/graphql', status: 200 });
    const all = logger.lines.join('\n');
    expect(all).not.toContain(cpr);
    expect(all).not.toContain(cpr.replace('-', ''));
    expect(all).not.toContain(cpr.slice(0, 6));
    expect(all).not.toContain('Hansigne');
    expect(all).not.toContain('citizens(');
  });

  it('scrubs anything shaped like a CPR number from a log line as a safety net', () => {
    expect(scrubCpr('{"x":"010190-1234 and 0101901234"}')).toBe('{"x":"[cpr] and [cpr]"}');
    expect(scrubCpr('{"requestId":"5f0c2a1e-1b2c-4d3e-8f9a-0123456789ab","durationMs":12.5}')).toBe('{"requestId":"5f0c2a1e-1b2c-4d3e-8f9a-0123456789ab","durationMs":12.5}');
  });

  it('does not log health checks that succeed', async () => {
    const response = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'health-1' } });
    expect(response.headers.get('x-request-id')).toBe('health-1');
    await settle();
    expect(linesFor('health-1')).toEqual([]);
  });
});
