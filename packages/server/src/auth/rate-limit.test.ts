import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../test-support/factories.js';
import { startAuthTestApp, type AuthTestApp } from './authenticate-test-app.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, parseRateLimit, TokenBuckets } from './rate-limit.js';
import { signDemoToken } from './tokens.js';

const KEY = new TextEncoder().encode('treklang-rate-limit-test-key-0123456789');

describe('token buckets', () => {
  it('allows a minute\'s worth at once, then refills continuously', () => {
    const buckets = new TokenBuckets(60);
    const t0 = 1_000_000;
    for (let i = 0; i < 60; i += 1) expect(buckets.take('a', t0).allowed).toBe(true);
    expect(buckets.take('a', t0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take('b', t0).allowed).toBe(true);
    expect(buckets.take('a', t0 + 999).allowed).toBe(false);
    expect(buckets.take('a', t0 + 2000).allowed).toBe(true);
    const slow = new TokenBuckets(6);
    for (let i = 0; i < 6; i += 1) slow.take('x', t0);
    expect(slow.take('x', t0)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('keeps a bounded number of buckets', () => {
    const buckets = new TokenBuckets(10, 100);
    for (let i = 0; i < 1000; i += 1) buckets.take(`k${i}`);
    expect(buckets.size).toBe(100);
  });

  it('reads TREKLANG_RATE_LIMIT', () => {
    expect(parseRateLimit(undefined)).toBe(DEFAULT_RATE_LIMIT_PER_MINUTE);
    expect(parseRateLimit('0')).toBe(0);
    expect(parseRateLimit('300')).toBe(300);
    expect(() => parseRateLimit('-1')).toThrow(/TREKLANG_RATE_LIMIT/);
    expect(() => parseRateLimit('lots')).toThrow(/TREKLANG_RATE_LIMIT/);
  });
});

describe('per-token rate limiting over HTTP', () => {
  let app: AuthTestApp;
  let unlimited: AuthTestApp;
  let tokenA: string;
  let tokenB: string;
  beforeAll(async () => {
    app = await startAuthTestApp({ signingKey: KEY, rateLimitPerMinute: 3 });
    unlimited = await startAuthTestApp({ signingKey: KEY, rateLimitPerMinute: 0, databaseUrl: app.databaseUrl });
    const authority = await buildOrganization(app.db, 'AUTHORITY');
    tokenA = await signDemoToken((await buildUser(app.db, authority, 'CASEWORKER')).rowId, KEY);
    tokenB = await signDemoToken((await buildUser(app.db, authority, 'CASEWORKER')).rowId, KEY);
  });
  afterAll(async () => {
    await unlimited.close();
    await app.close();
  });

  it('answers 429 with Retry-After and a GraphQL-shaped error once a token has used its allowance', async () => {
    for (let i = 0; i < 3; i += 1) expect((await app.gql(tokenA, '{ viewer { id } }')).status).toBe(200);
    const refused = await app.gql(tokenA, '{ viewer { id } }');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toEqual({
      errors: [{ message: expect.stringMatching(/^For mange forespørgsler\. Prøv igen om \d+ sekunder?\.$/), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }],
    });
    const english = await app.gql(tokenA, '{ viewer { id } }', undefined, { 'accept-language': 'en-GB' });
    expect(english.body.errors?.[0].message).toMatch(/^Too many requests\. Try again in \d+ seconds?\.$/);
    // Another token has its own bucket.
    expect((await app.gql(tokenB, '{ viewer { id } }')).status).toBe(200);
  });

  it('limits requests without a token by client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await app.gql(null, '{ viewer { id } }')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('is off with TREKLANG_RATE_LIMIT=0', async () => {
    for (let i = 0; i < 10; i += 1) expect((await unlimited.gql(tokenA, '{ viewer { id } }')).status).toBe(200);
  });
});
