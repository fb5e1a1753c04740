import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildUser } from '../test-support/factories.js';
import type { User } from '../modules/users/user.entity.js';
import { signDemoToken } from './tokens.js';
import { createOidcVerifier, OIDC_ALGORITHMS, type OidcSettings } from './oidc.js';
import { startTestIssuer, tamper, type TestIssuer } from './oidc-test-issuer.js';
import { startAuthTestApp, type AuthTestApp } from './authenticate-test-app.js';

const settingsFor = (issuer: TestIssuer, overrides: Partial<OidcSettings> = {}): OidcSettings => ({
  issuer: issuer.issuer,
  audience: issuer.audience,
  jwksUrl: issuer.jwksUrl,
  userClaim: 'email',
  algorithms: OIDC_ALGORITHMS,
  ...overrides,
});

describe('OpenID Connect tokens checked against a local JWKS', () => {
  let issuer: TestIssuer;
  beforeAll(async () => {
    issuer = await startTestIssuer();
  });
  afterAll(() => issuer.close());

  const claims = { sub: 'abc', email: 'Rådgiver@Kommune.Example' };

  it('accepts a good RS256 or ES256 token and gives the e-mail, lower-cased, as the identity', async () => {
    const verifier = createOidcVerifier(settingsFor(issuer));
    for (const alg of ['RS256', 'ES256'] as const) {
      const check = await verifier.verify(await issuer.sign(claims, { alg }));
      expect(check).toMatchObject({ ok: true, identity: 'rådgiver@kommune.example' });
    }
  });

  it('refuses expired, wrong-issuer, wrong-audience, tampered, forged and unsigned tokens', async () => {
    const verifier = createOidcVerifier(settingsFor(issuer));
    const good = await issuer.sign(claims);
    const cases: [string, string, string][] = [
      ['expired', await issuer.sign(claims, { expiresIn: -60 }), 'EXPIRED'],
      ['wrong issuer', await issuer.sign(claims, { issuer: 'https://evil.example' }), 'INVALID'],
      ['wrong audience', await issuer.sign(claims, { audience: 'another-app' }), 'INVALID'],
      ['tampered payload', tamper(good, (p) => ({ ...p, email: 'admin@kommune.example' })), 'INVALID'],
      ['signed by a key not in the JWKS', await issuer.sign(claims, { forged: true }), 'INVALID'],
      ['unknown key id', await issuer.sign(claims, { kid: 'nobody' }), 'INVALID'],
      ['alg none', issuer.unsigned(claims), 'INVALID'],
      ['not a JWT', 'garbage.not.jwt', 'INVALID'],
    ];
    for (const [name, token, reason] of cases) {
      expect(await verifier.verify(token), name).toMatchObject({ ok: false, reason });
    }
    // A forgery names the account it tried (for its lockout count); an expired token does not count.
    expect(await verifier.verify(tamper(good, (p) => ({ ...p, email: 'admin@kommune.example' })))).toMatchObject({ claimedIdentity: 'admin@kommune.example' });
    expect(await verifier.verify(await issuer.sign(claims, { expiresIn: -60 }))).toMatchObject({ claimedIdentity: null });
  });

  it('refuses an algorithm outside RS256/ES256 even with a published key', async () => {
    const verifier = createOidcVerifier(settingsFor(issuer, { algorithms: ['ES256'] }));
    expect(await verifier.verify(await issuer.sign(claims, { alg: 'RS256' }))).toMatchObject({ ok: false, reason: 'INVALID' });
  });

  it('finds the JWKS through discovery when no JWKS URL is set, and uses another claim when configured', async () => {
    const before = issuer.fetches.discovery;
    const verifier = createOidcVerifier(settingsFor(issuer, { jwksUrl: null, userClaim: 'upn' }));
    expect(await verifier.verify(await issuer.sign({ upn: 'x@kommune.example' }))).toMatchObject({ ok: true, identity: 'x@kommune.example' });
    expect(await verifier.verify(await issuer.sign({ email: 'x@kommune.example' }))).toMatchObject({ ok: false, reason: 'NO_IDENTITY' });
    expect(issuer.fetches.discovery).toBe(before + 1);
  });

  it('refuses an e-mail the provider marks unverified', async () => {
    const verifier = createOidcVerifier(settingsFor(issuer));
    expect(await verifier.verify(await issuer.sign({ ...claims, email_verified: false }))).toMatchObject({ ok: false, reason: 'NO_IDENTITY' });
  });

  it('reports an unreachable provider as UNAVAILABLE, not as a bad token', async () => {
    const verifier = createOidcVerifier(settingsFor(issuer, { jwksUrl: 'http://127.0.0.1:9/jwks.json' }));
    expect(await verifier.verify(await issuer.sign(claims))).toMatchObject({ ok: false, reason: 'UNAVAILABLE', claimedIdentity: null });
    const noDiscovery = createOidcVerifier(settingsFor(issuer, { jwksUrl: null, issuer: 'http://127.0.0.1:9' }));
    expect(await noDiscovery.verify(await issuer.sign(claims))).toMatchObject({ ok: false, reason: 'UNAVAILABLE' });
  });
});

describe('production login over HTTP: OpenID Connect only', () => {
  let issuer: TestIssuer;
  let app: AuthTestApp;
  let caseworker: User;
  let other: User;
  const viewerQuery = '{ viewer { email role organization { name } } }';

  beforeAll(async () => {
    issuer = await startTestIssuer();
    app = await startAuthTestApp({ oidc: createOidcVerifier(settingsFor(issuer)), signingKey: null });
    const authority = await buildOrganization(app.db, 'AUTHORITY');
    caseworker = await buildUser(app.db, authority, 'CASEWORKER');
    other = await buildUser(app.db, authority, 'CASEWORKER');
  });
  afterAll(async () => {
    await app.close();
    await issuer.close();
  });

  it('signs in the user whose e-mail the token carries', async () => {
    const reply = await app.gql(await issuer.sign({ email: caseworker.email.toUpperCase() }), viewerQuery);
    expect(reply.status).toBe(200);
    expect(reply.body.data?.viewer).toMatchObject({ email: caseworker.email, role: 'CASEWORKER' });
  });

  it('answers 401 to expired, wrong-issuer, wrong-audience, tampered and unsigned tokens, and to unknown users', async () => {
    const good = await issuer.sign({ email: other.email });
    const tokens = [
      await issuer.sign({ email: other.email }, { expiresIn: -60 }),
      await issuer.sign({ email: other.email }, { issuer: 'https://evil.example' }),
      await issuer.sign({ email: other.email }, { audience: 'another-app' }),
      tamper(good, (p) => ({ ...p, exp: (p.exp as number) + 3600 })),
      issuer.unsigned({ email: other.email }),
      await issuer.sign({ email: 'nobody@kommune.example' }),
    ];
    for (const token of tokens) {
      const reply = await app.gql(token, viewerQuery);
      expect(reply.status).toBe(401);
      expect(reply.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(reply.body.data ?? null).toBeNull();
    }
    // The forged ones counted against the account (4 of 5): one more locks it.
    const locked = await app.gql(issuer.unsigned({ email: other.email }), viewerQuery);
    expect(locked.status).toBe(429);
    expect((await app.gql(good, viewerQuery)).status).toBe(429);
  });

  it('refuses demo tokens in production mode, whatever key signed them', async () => {
    const demo = await signDemoToken(caseworker.rowId, new TextEncoder().encode('treklang-test-signing-key-0123456789'));
    const reply = await app.gql(demo, viewerQuery);
    expect(reply.status).toBe(401);
  });

  it('has no demo login', async () => {
    const response = await fetch(`${app.url}/auth/demo-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: caseworker.email }) });
    expect(response.status).toBe(404);
  });

  it('answers 503 while the provider cannot be reached', async () => {
    const unreachable = await startAuthTestApp({ oidc: createOidcVerifier(settingsFor(issuer, { jwksUrl: 'http://127.0.0.1:9/jwks.json' })), databaseUrl: app.databaseUrl });
    try {
      const reply = await unreachable.gql(await issuer.sign({ email: caseworker.email }), viewerQuery);
      expect(reply.status).toBe(503);
      expect(reply.headers.get('retry-after')).toBe('5');
    } finally {
      await unreachable.close();
    }
  });
});
