import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../test-support/factories.js';
import type { User } from '../modules/users/user.entity.js';
import { startAuthTestApp, type AuthTestApp } from './authenticate-test-app.js';
import { AuthLockout } from './lockout.entity.js';
import { activeLock, clearLoginFailures, DEFAULT_LOCKOUT, readLockout, recordLoginFailure } from './lockout.js';
import { signDemoToken } from './tokens.js';

const KEY = new TextEncoder().encode('treklang-lockout-test-key-0123456789');
const WRONG_KEY = new TextEncoder().encode('not-the-server-key-0123456789-abcdef');
const viewerQuery = '{ viewer { email } }';

/** A demo token naming the user, signed with a key the server does not know: a forgery. */
const forgedFor = (user: User) => signDemoToken(user.rowId, WRONG_KEY);

describe('lockout counters (auth_lockout)', () => {
  let app: AuthTestApp;
  beforeAll(async () => {
    app = await startAuthTestApp({ signingKey: KEY });
  });
  afterAll(() => app.close());

  it('locks on the fifth failure within the window, not before, and ignores failures while locked', async () => {
    const key = { type: 'USER' as const, id: '00000000-0000-4000-8000-000000000001', source: '203.0.113.9' };
    const start = new Date('2026-03-01T10:00:00Z');
    for (let i = 1; i < DEFAULT_LOCKOUT.maxFailures; i += 1) {
      const outcome = await recordLoginFailure(app.db, key, DEFAULT_LOCKOUT, new Date(start.getTime() + i * 1000));
      expect(outcome).toEqual({ failures: i, lockedUntil: null, justLocked: false });
    }
    const fifth = await recordLoginFailure(app.db, key, DEFAULT_LOCKOUT, new Date(start.getTime() + 5000));
    expect(fifth.justLocked).toBe(true);
    expect(fifth.lockedUntil).toBe(new Date(start.getTime() + 5000 + DEFAULT_LOCKOUT.lockMs).toISOString());
    const during = await recordLoginFailure(app.db, key, DEFAULT_LOCKOUT, new Date(start.getTime() + 60_000));
    expect(during).toMatchObject({ lockedUntil: fifth.lockedUntil, justLocked: false });
    // A success while locked clears nothing.
    await clearLoginFailures(app.db, key, new Date(start.getTime() + 60_000));
    expect(activeLock(await readLockout(app.db, key), start.getTime() + 60_000)).toBe(fifth.lockedUntil);
    // After the lock, counting starts again from one.
    const after = await recordLoginFailure(app.db, key, DEFAULT_LOCKOUT, new Date(start.getTime() + 5000 + DEFAULT_LOCKOUT.lockMs + 1000));
    expect(after).toEqual({ failures: 1, lockedUntil: null, justLocked: false });
  });

  it('counts and locks per source address: a lock from one address leaves the account open from another', async () => {
    const here = { type: 'USER' as const, id: '00000000-0000-4000-8000-000000000004', source: '203.0.113.9' };
    const there = { ...here, source: '198.51.100.7' };
    for (let i = 0; i < DEFAULT_LOCKOUT.maxFailures; i += 1) await recordLoginFailure(app.db, here);
    expect(activeLock(await readLockout(app.db, here))).not.toBeNull();
    expect(await readLockout(app.db, there)).toBeNull();
    expect(await recordLoginFailure(app.db, there)).toEqual({ failures: 1, lockedUntil: null, justLocked: false });
  });

  it('forgets failures older than the window', async () => {
    const key = { type: 'API_TOKEN' as const, id: '00000000-0000-4000-8000-000000000002', source: '203.0.113.9' };
    const start = Date.parse('2026-03-01T10:00:00Z');
    for (let i = 0; i < 4; i += 1) await recordLoginFailure(app.db, key, DEFAULT_LOCKOUT, new Date(start + i * 1000));
    const later = await recordLoginFailure(app.db, key, DEFAULT_LOCKOUT, new Date(start + DEFAULT_LOCKOUT.windowMs + 10_000));
    expect(later).toEqual({ failures: 1, lockedUntil: null, justLocked: false });
  });

  it('counts concurrent failures without losing any', async () => {
    const key = { type: 'USER' as const, id: '00000000-0000-4000-8000-000000000003', source: '203.0.113.9' };
    const policy = { ...DEFAULT_LOCKOUT, maxFailures: 100 };
    await Promise.all(Array.from({ length: 20 }, () => recordLoginFailure(app.db, key, policy)));
    expect((await readLockout(app.db, key))?.failureCount).toBe(20);
  });
});

describe('lockout over HTTP', () => {
  let app: AuthTestApp;
  let victim: User;
  let bystander: User;
  beforeAll(async () => {
    app = await startAuthTestApp({ signingKey: KEY, demoLogin: true });
    const authority = await buildOrganization(app.db, 'AUTHORITY');
    victim = await buildUser(app.db, authority, 'CASEWORKER');
    bystander = await buildUser(app.db, authority, 'CASEWORKER');
  });
  afterAll(() => app.close());

  it('locks the account after 5 forged tokens: 429 with Retry-After and a clear message, even for a valid token', async () => {
    const valid = await signDemoToken(victim.rowId, KEY);
    expect((await app.gql(valid, viewerQuery)).status).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await app.gql(await forgedFor(victim), viewerQuery)).status).toBe(401);
    const fifth = await app.gql(await forgedFor(victim), viewerQuery);
    expect(fifth.status).toBe(429);
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(fifth.body.errors?.[0]).toMatchObject({ extensions: { code: 'ACCOUNT_LOCKED' } });
    expect(fifth.body.errors?.[0].message).toMatch(/låst .* Prøv igen om 15 minutter/);

    // The valid token was cached before the lock; locking evicts it.
    const refused = await app.gql(valid, viewerQuery, undefined, { 'accept-language': 'en' });
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0].message).toMatch(/locked .* Try again in 15 minutes/);
    expect(refused.body.data ?? null).toBeNull();

    const demoLogin = await fetch(`${app.url}/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: victim.email }) });
    expect(demoLogin.status).toBe(429);
    expect(demoLogin.headers.get('retry-after')).toMatch(/^\d+$/);

    // Other accounts are untouched.
    expect((await app.gql(await signDemoToken(bystander.rowId, KEY), viewerQuery)).status).toBe(200);
  });

  it('ignores X-Forwarded-For when no proxy is trusted: forgers cannot spread their failures over made-up addresses', async () => {
    const target = await buildUser(app.db, await buildOrganization(app.db, 'AUTHORITY'), 'CASEWORKER');
    for (let i = 0; i < 4; i += 1) {
      expect((await app.gql(await forgedFor(target), viewerQuery, undefined, { 'x-forwarded-for': `198.51.100.${i}` })).status).toBe(401);
    }
    expect((await app.gql(await forgedFor(target), viewerQuery, undefined, { 'x-forwarded-for': '198.51.100.99' })).status).toBe(429);
    expect(await app.db.getRepository(AuthLockout).findBy({ subjectId: target.rowId })).toEqual([expect.objectContaining({ source: '127.0.0.1' })]);
  });

  it('logs the lockout as a structured line with ids only', () => {
    const line = app.logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'account locked after repeated failed logins');
    expect(line).toMatchObject({ level: 'warn', subjectType: 'USER', subjectId: victim.rowId, failures: 5 });
    expect(JSON.stringify(line)).not.toContain(victim.email);
  });

  it('holds in another process on the same database', async () => {
    const second = await startAuthTestApp({ signingKey: KEY, databaseUrl: app.databaseUrl });
    try {
      expect((await second.gql(await signDemoToken(victim.rowId, KEY), viewerQuery)).status).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('lets the user in again when the lock has run out, and a success clears the count', async () => {
    await app.db.getRepository(AuthLockout).update({ subjectType: 'USER', subjectId: victim.rowId }, { lockedUntil: new Date(Date.now() - 1000).toISOString(), failureCount: 2 });
    expect((await app.gql(await signDemoToken(victim.rowId, KEY, 120), viewerQuery)).status).toBe(200);
    expect(await readLockout(app.db, { type: 'USER', id: victim.rowId, source: '127.0.0.1' })).toBeNull();
  });

  it('does not count expired tokens, tokens naming no user, or garbage', async () => {
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(bystander.rowId).setIssuer('treklang-demo').setAudience('treklang').setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(KEY);
    for (let i = 0; i < 6; i += 1) {
      expect((await app.gql(expired, viewerQuery)).status).toBe(401);
      expect((await app.gql('not-a-token', viewerQuery)).status).toBe(401);
      expect((await app.gql(await signDemoToken('00000000-0000-4000-8000-00000000dead', WRONG_KEY), viewerQuery)).status).toBe(401);
    }
    expect(await readLockout(app.db, { type: 'USER', id: bystander.rowId, source: '127.0.0.1' })).toBeNull();
    expect(await app.db.getRepository(AuthLockout).countBy({ subjectId: '00000000-0000-4000-8000-00000000dead' })).toBe(0);
  });
});

describe('lockout behind a trusted load balancer (TREKLANG_TRUSTED_PROXIES=1)', () => {
  let app: AuthTestApp;
  let victim: User;
  const attacker = { 'x-forwarded-for': '203.0.113.9' };
  const office = { 'x-forwarded-for': '198.51.100.7' };
  beforeAll(async () => {
    app = await startAuthTestApp({ signingKey: KEY, demoLogin: true, trustedProxies: 1 });
    victim = await buildUser(app.db, await buildOrganization(app.db, 'AUTHORITY'), 'CASEWORKER');
  });
  afterAll(() => app.close());

  it('locks the account only for the address the forged tokens came from; its owner elsewhere works on', async () => {
    const valid = await signDemoToken(victim.rowId, KEY);
    for (let i = 0; i < 4; i += 1) expect((await app.gql(await forgedFor(victim), viewerQuery, undefined, attacker)).status).toBe(401);
    expect((await app.gql(await forgedFor(victim), viewerQuery, undefined, attacker)).status).toBe(429);
    expect((await app.gql(valid, viewerQuery, undefined, attacker)).status).toBe(429);

    const fromOffice = await app.gql(valid, viewerQuery, undefined, office);
    expect(fromOffice.status).toBe(200);
    expect(fromOffice.body.data?.viewer.email).toBe(victim.email);
    const demoLogin = (headers: Record<string, string>) =>
      fetch(`${app.url}/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email: victim.email }) });
    expect((await demoLogin(office)).status).toBe(200);
    expect((await demoLogin(attacker)).status).toBe(429);
  });

  it('writes the forwarded client address, not the proxy\'s, into the audit log', async () => {
    const rows = (await app.db.query(`SELECT ip FROM audit_entry WHERE user_id = '${victim.rowId}' AND kind = 'AUTH_FAILURE'`)) as { ip: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.ip))).toEqual(new Set(['203.0.113.9']));
  });
});
