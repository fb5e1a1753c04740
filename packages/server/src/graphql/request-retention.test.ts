import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseAccessOf } from '../auth/case-access.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { buildOrganization } from '../test-support/factories.js';
import { paginate } from './connection.js';
import type { Context } from './context.js';

/*
 * A request's data must not outlive it through objects the young-generation collector cannot see are dead: an
 * accessor defined per object (its accessor pair is allocated in the old generation and holds the closures) or an
 * entry of a module-level WeakMap. Either kept every request's rows alive until the next full collection
 * (docs/benchmarks.md, "Request data held past the request"). These tests pin the shapes that avoid it.
 */

const engine = process.env.TREKLANG_TEST_DB ?? 'sqlite';

describe(`a page of a connection on ${engine}`, () => {
  let database: ScratchDatabase;
  let db: DataSource;
  beforeAll(async () => {
    database = await createScratchDatabase();
    db = await openDatabase(database.url);
    for (let i = 0; i < 3; i++) await buildOrganization(db, 'AUTHORITY', `Kommune ${i}`);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('has totalCount as an accessor of its class, counted on demand, not as an accessor of each page', async () => {
    const page = await paginate(db.getRepository(Organization).createQueryBuilder('o'), 'o', { first: 2 });
    expect(Object.getOwnPropertyDescriptor(page, 'totalCount')).toBeUndefined();
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(await page.totalCount).toBe(3);
    expect(page.totalCount).toBe(page.totalCount);
  });
});

describe('the request\'s CaseAccess', () => {
  const contextOf = () => ({ viewer: { user: { rowId: 'u', role: 'CASEWORKER' }, organization: { rowId: 'o', kind: 'AUTHORITY' } } }) as unknown as Context;

  it('is one per context object, kept on it without becoming one of its enumerable properties', () => {
    const ctx = contextOf();
    const keys = Reflect.ownKeys(ctx).filter((key) => Object.getOwnPropertyDescriptor(ctx, key)?.enumerable);
    expect(caseAccessOf(ctx)).toBe(caseAccessOf(ctx));
    expect(Reflect.ownKeys(ctx).filter((key) => Object.getOwnPropertyDescriptor(ctx, key)?.enumerable)).toEqual(keys);
    expect(caseAccessOf({ ...ctx })).not.toBe(caseAccessOf(ctx));
    expect(caseAccessOf(contextOf())).not.toBe(caseAccessOf(ctx));
  });
});

describe('Apollo Server\'s gateway request context (patches/@apollo__server*.patch)', () => {
  it('proxies response.http.status through its class, not through accessors made for each request', async () => {
    const cjsEntry = createRequire(import.meta.url).resolve('@apollo/server');
    const modulePath = join(dirname(cjsEntry), '../esm/utils/makeGatewayGraphQLRequestContext.js');
    const { makeGatewayGraphQLRequestContext } = (await import(pathToFileURL(modulePath).href)) as {
      makeGatewayGraphQLRequestContext: (rc: unknown, server: unknown, internals: unknown) => { response: { http: { status?: number } } };
    };
    const http = { headers: new Map<string, string>(), status: undefined as number | undefined };
    const gateway = makeGatewayGraphQLRequestContext({ request: {}, response: { http } }, { logger: console }, {});
    expect(Object.getOwnPropertyDescriptor(gateway.response.http, 'status')).toBeUndefined();
    gateway.response.http.status = 418;
    expect(http.status).toBe(418);
    http.status = 200;
    expect(gateway.response.http.status).toBe(200);
  });
});
