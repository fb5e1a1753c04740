import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { signDemoToken } from '../../auth/tokens.js';
import { engineOf, openDatabase } from '../../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../../db/scratch-database.js';
import { TEST_KEY } from '../../test-support/test-server.js';
import { createBareServer, createOrmServer } from './bare-handler.js';
import { buildOverheadDataset } from './overhead-dataset.js';
import { OVERHEAD_QUERY, PAGE_SIZE } from './overhead-query.js';

/*
 * The GraphQL-overhead benchmark is only honest if its reference handlers do the same database work as the GraphQL
 * request: the same statements, in the same order, besides the audit entry (which all three append through the same
 * writer). When a resolver's SQL changes, this fails until the bare handler is changed to match.
 */

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';
const AUDIT = /audit_|"audit"|^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION)/i;

describe(`the overhead benchmark's reference handlers on ${engine}`, () => {
  let database: ScratchDatabase;
  let db: DataSource;
  const servers: Server[] = [];
  const urls: Record<'graphql' | 'bare' | 'orm', string> = { graphql: '', bare: '', orm: '' };
  let token = '';
  let logging = false;
  let statements: string[] = [];

  const listen = async (server: Server) => {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    database = await createScratchDatabase();
    db = await openDatabase(database.url);
    const { caseworker } = await buildOverheadDataset(db, PAGE_SIZE, 2);
    const { server } = await createApp({ db, databaseUrl: database.url, signingKey: TEST_KEY });
    urls.graphql = `${await listen(server)}/graphql`;
    urls.bare = `${await listen(createBareServer({ db, engine: engineOf(database.url), signingKey: TEST_KEY, pageSize: PAGE_SIZE }))}/goals`;
    urls.orm = `${await listen(createOrmServer({ db, engine: engineOf(database.url), signingKey: TEST_KEY, pageSize: PAGE_SIZE }))}/goals`;
    token = await signDemoToken(caseworker.rowId, TEST_KEY, 3600);
    const logQuery = db.logger.logQuery.bind(db.logger);
    db.logger.logQuery = (query, parameters, runner) => {
      if (logging) statements.push(query);
      return logQuery(query, parameters, runner);
    };
  });
  afterAll(async () => {
    for (const server of servers) server.close();
    await db.destroy();
    await database.drop();
  });

  /** The statements one request runs, the audit log's left out, after a first request has warmed every cache. */
  async function statementsOf(side: keyof typeof urls): Promise<{ body: unknown; sql: string[] }> {
    const request = () =>
      side === 'graphql'
        ? fetch(urls.graphql, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ query: OVERHEAD_QUERY }) })
        : fetch(urls[side], { headers: { authorization: `Bearer ${token}` } });
    await (await request()).text();
    statements = [];
    logging = true;
    const body = await (await request()).json();
    logging = false;
    return { body, sql: statements.filter((statement) => !AUDIT.test(statement.trim())) };
  }

  it('answer the same JSON with the same SQL statements as the GraphQL request', async () => {
    const graphql = await statementsOf('graphql');
    const bare = await statementsOf('bare');
    const orm = await statementsOf('orm');
    expect(graphql.sql.length).toBeGreaterThanOrEqual(2);
    expect(bare.sql).toEqual(graphql.sql);
    expect(orm.sql).toEqual(graphql.sql);
    expect(bare.body).toEqual(graphql.body);
    expect(orm.body).toEqual(graphql.body);
  });
});
