import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../test-support/factories.js';
import type { User } from '../modules/users/user.entity.js';
import type { Organization } from '../modules/organizations/organization.entity.js';
import { startAuthTestApp, type AuthTestApp } from './authenticate-test-app.js';
import { ViewerCache, viewerCache } from './authenticate-cache.js';
import { authenticate } from './authenticate.js';
import { authFailureOf } from './authenticate-errors.js';
import { signDemoToken } from './tokens.js';
import type { Viewer } from './viewer.js';

const KEY = new TextEncoder().encode('treklang-authenticate-test-key-0123456789');

describe('viewer cache', () => {
  const viewer = (userId: string, apiTokenId?: string): Viewer => ({ user: { rowId: userId } as User, organization: {} as Organization, apiTokenId });
  const db = {};

  it('keeps a viewer for the TTL, never past the token\'s expiry', () => {
    const cache = new ViewerCache(10, 30_000);
    const key = cache.key(db, 'token-a');
    cache.set(key, viewer('u1'), 1_000_000 + 3_600_000, 1_000_000);
    expect(cache.get(key, 1_000_000 + 29_999)?.user.rowId).toBe('u1');
    expect(cache.get(key, 1_000_000 + 30_000)).toBeNull();
    const short = cache.key(db, 'token-b');
    cache.set(short, viewer('u2'), 1_000_000 + 5_000, 1_000_000);
    expect(cache.get(short, 1_000_000 + 5_000)).toBeNull();
  });

  it('is bounded, dropping the least recently used', () => {
    const cache = new ViewerCache(3, 30_000);
    const keys = ['a', 'b', 'c', 'd'].map((t) => cache.key(db, t));
    cache.set(keys[0], viewer('a'), Infinity);
    cache.set(keys[1], viewer('b'), Infinity);
    cache.set(keys[2], viewer('c'), Infinity);
    cache.get(keys[0]);
    cache.set(keys[3], viewer('d'), Infinity);
    expect(cache.size).toBe(3);
    expect(cache.get(keys[1])).toBeNull();
    expect(cache.get(keys[0])?.user.rowId).toBe('a');
  });

  it('forgets revoked tokens and keeps them out; separates databases', () => {
    const cache = new ViewerCache(10, 30_000);
    const key = cache.key(db, 'trk');
    cache.set(key, viewer('svc', 'tok-1'), Infinity);
    expect(cache.revoke('tok-1')).toBe(1);
    cache.set(key, viewer('svc', 'tok-1'), Infinity);
    expect(cache.get(key)).toBeNull();
    expect(cache.key({}, 'same-token')).not.toBe(cache.key(db, 'same-token'));
  });
});

describe('authenticate()', () => {
  let app: AuthTestApp;
  let user: User;
  let queries: string[] = [];
  let counting = false;

  beforeAll(async () => {
    app = await startAuthTestApp({ signingKey: KEY });
    user = await buildUser(app.db, await buildOrganization(app.db, 'AUTHORITY'), 'CASEWORKER');
    const logger = app.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (counting) queries.push(query);
      return logQuery(query, parameters, runner);
    };
  });
  afterAll(() => app.close());

  const measure = async <T>(work: () => Promise<T>): Promise<{ result: T; queries: string[] }> => {
    queries = [];
    counting = true;
    try {
      return { result: await work(), queries };
    } finally {
      counting = false;
    }
  };

  it('reads the user and the organisation in one query, then serves the token from the cache with none', async () => {
    const token = await signDemoToken(user.rowId, KEY);
    const first = await measure(() => authenticate(app.db, `Bearer ${token}`, { signingKey: KEY }));
    expect(first.result.user.rowId).toBe(user.rowId);
    expect(first.result.organization.rowId).toBe(user.organizationId);
    expect(first.queries).toHaveLength(1);
    expect(first.queries[0]).toMatch(/JOIN "organization"/);
    const second = await measure(() => authenticate(app.db, `Bearer ${token}`, { signingKey: KEY }));
    expect(second.result).toBe(first.result);
    expect(second.queries).toHaveLength(0);
    const uncached = await measure(() => authenticate(app.db, `Bearer ${token}`, { signingKey: KEY, cache: null }));
    expect(uncached.queries).toHaveLength(1);
  });

  it('never caches a refusal, and says why for the audit log', async () => {
    const forged = await signDemoToken(user.rowId, new TextEncoder().encode('another-key-0123456789-0123456789'));
    for (let i = 0; i < 2; i += 1) {
      const error = await authenticate(app.db, `Bearer ${forged}`, { signingKey: KEY }).catch((e: unknown) => e);
      expect(authFailureOf(error)).toMatchObject({ reason: 'INVALID_TOKEN', userId: user.rowId, organizationId: user.organizationId, userRole: 'CASEWORKER' });
    }
    const missing = await authenticate(app.db, undefined, { signingKey: KEY }).catch((e: unknown) => e);
    expect(authFailureOf(missing)).toEqual({ reason: 'UNAUTHENTICATED' });
    expect(authFailureOf(new Error('other'))).toBeNull();
    expect(viewerCache.size).toBeGreaterThan(0);
  });

  it('still accepts the demo key alone as the third argument (benchmarks)', async () => {
    const viewer = await authenticate(app.db, `Bearer ${await signDemoToken(user.rowId, KEY, 60)}`, KEY);
    expect(viewer.user.rowId).toBe(user.rowId);
  });
});
