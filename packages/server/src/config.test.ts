import { describe, expect, it } from 'vitest';
import { loadConfig, startupProblems, startupWarnings } from './config.js';

const OIDC = { TREKLANG_OIDC_ISSUER: 'https://login.kommune.example/realms/treklang', TREKLANG_OIDC_AUDIENCE: 'treklang' };

describe('configuration', () => {
  it('reads the OpenID Connect settings, with the e-mail claim and discovery by default', () => {
    expect(loadConfig({}).oidc).toBeNull();
    expect(loadConfig(OIDC).oidc).toEqual({ issuer: OIDC.TREKLANG_OIDC_ISSUER, audience: 'treklang', jwksUrl: null, userClaim: 'email', algorithms: ['RS256', 'ES256'] });
    expect(loadConfig({ ...OIDC, TREKLANG_OIDC_JWKS_URL: 'https://login.kommune.example/certs', TREKLANG_OIDC_USER_CLAIM: 'upn' }).oidc).toMatchObject({
      jwksUrl: 'https://login.kommune.example/certs',
      userClaim: 'upn',
    });
  });

  it("reads the web app's client settings: the audience as client ID and \"openid email profile\" by default", () => {
    expect(loadConfig({}).oidcClient).toBeNull();
    expect(loadConfig(OIDC).oidcClient).toEqual({ clientId: 'treklang', scope: 'openid email profile' });
    expect(loadConfig({ ...OIDC, TREKLANG_OIDC_CLIENT_ID: ' treklang-web ', TREKLANG_OIDC_SCOPE: '  openid   upn ' }).oidcClient).toEqual({ clientId: 'treklang-web', scope: 'openid upn' });
  });

  it('refuses a scope without openid and warns when the client ID is not the audience', () => {
    const production = { TREKLANG_MODE: 'production', ...OIDC };
    const noOpenid = { ...production, TREKLANG_OIDC_SCOPE: 'email profile' };
    expect(startupProblems(loadConfig(noOpenid), noOpenid)).toEqual([expect.stringMatching(/^TREKLANG_OIDC_SCOPE must include "openid"/)]);
    expect(startupWarnings(loadConfig(production))).toEqual([]);
    expect(startupWarnings(loadConfig({ ...production, TREKLANG_OIDC_CLIENT_ID: 'treklang' }))).toEqual([]);
    expect(startupWarnings(loadConfig({ ...production, TREKLANG_OIDC_CLIENT_ID: 'treklang-web' }))).toEqual([expect.stringMatching(/^TREKLANG_OIDC_CLIENT_ID \("treklang-web"\) differs from TREKLANG_OIDC_AUDIENCE/)]);
    expect(startupWarnings(loadConfig({ ...OIDC, TREKLANG_OIDC_CLIENT_ID: 'treklang-web' }))).toEqual([]);
  });

  it('reads the rate limit: 1200 a minute by default, 0 for none', () => {
    expect(loadConfig({}).rateLimitPerMinute).toBe(1200);
    expect(loadConfig({ TREKLANG_RATE_LIMIT: '0' }).rateLimitPerMinute).toBe(0);
    expect(() => loadConfig({ TREKLANG_RATE_LIMIT: '1.5' })).toThrow(/TREKLANG_RATE_LIMIT/);
  });

  it('trusts no proxy unless told how many there are', () => {
    expect(loadConfig({}).trustedProxies).toBe(0);
    expect(loadConfig({ TREKLANG_TRUSTED_PROXIES: '1' }).trustedProxies).toBe(1);
    expect(() => loadConfig({ TREKLANG_TRUSTED_PROXIES: 'true' })).toThrow(/TREKLANG_TRUSTED_PROXIES/);
  });

  it('lets demo mode start with anything, production mode only with OpenID Connect and without the demo key', () => {
    expect(startupProblems(loadConfig({}), {})).toEqual([]);
    const production = { TREKLANG_MODE: 'production' };
    expect(startupProblems(loadConfig(production), production)).toEqual([expect.stringMatching(/^TREKLANG_OIDC_ISSUER is missing/), expect.stringMatching(/^TREKLANG_OIDC_AUDIENCE is missing/)]);
    const ready = { ...production, ...OIDC };
    expect(startupProblems(loadConfig(ready), ready)).toEqual([]);
    const withKey = { ...ready, TREKLANG_DEMO_KEY: 'k'.repeat(40) };
    expect(startupProblems(loadConfig(withKey), withKey)).toEqual([expect.stringMatching(/^TREKLANG_DEMO_KEY is set/)]);
    const onlyIssuer = { ...production, TREKLANG_OIDC_ISSUER: OIDC.TREKLANG_OIDC_ISSUER };
    expect(startupProblems(loadConfig(onlyIssuer), onlyIssuer)).toEqual([expect.stringMatching(/^TREKLANG_OIDC_AUDIENCE is missing/)]);
  });

  it('wants https for the provider, http only on this machine', () => {
    const check = (issuer: string, jwks?: string) => {
      const env = { TREKLANG_MODE: 'production', ...OIDC, TREKLANG_OIDC_ISSUER: issuer, ...(jwks ? { TREKLANG_OIDC_JWKS_URL: jwks } : {}) };
      return startupProblems(loadConfig(env), env);
    };
    expect(check('http://127.0.0.1:8080/realms/x')).toEqual([]);
    expect(check('http://localhost:8080')).toEqual([]);
    expect(check('http://login.kommune.example')).toEqual([expect.stringMatching(/TREKLANG_OIDC_ISSUER must use https/)]);
    expect(check('login.kommune.example')).toEqual([expect.stringMatching(/TREKLANG_OIDC_ISSUER must be an absolute URL/)]);
    expect(check(OIDC.TREKLANG_OIDC_ISSUER, 'http://keys.example/certs')).toEqual([expect.stringMatching(/TREKLANG_OIDC_JWKS_URL must use https/)]);
  });
});
