import { describe, expect, it } from 'vitest';
import { discoveryUrl, endpointsOf } from './discovery.js';
import { LoginError } from './login-error.js';

const ISSUER = 'https://login.kommune.example/realms/treklang';
const document = (over: Record<string, unknown> = {}) => ({
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
  token_endpoint: `${ISSUER}/protocol/openid-connect/token`,
  end_session_endpoint: `${ISSUER}/protocol/openid-connect/logout`,
  jwks_uri: `${ISSUER}/protocol/openid-connect/certs`,
  code_challenge_methods_supported: ['plain', 'S256'],
  ...over,
});

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof LoginError ? error.code : 'other';
  }
  return 'none';
};

describe("the provider's discovery document", () => {
  it('is at <issuer>/.well-known/openid-configuration', () => {
    expect(discoveryUrl(ISSUER)).toBe(`${ISSUER}/.well-known/openid-configuration`);
    expect(discoveryUrl(`${ISSUER}/`)).toBe(`${ISSUER}/.well-known/openid-configuration`);
  });

  it('gives the authorization, token and end-session endpoints', () => {
    expect(endpointsOf(document(), ISSUER)).toEqual({
      authorizationEndpoint: `${ISSUER}/protocol/openid-connect/auth`,
      tokenEndpoint: `${ISSUER}/protocol/openid-connect/token`,
      endSessionEndpoint: `${ISSUER}/protocol/openid-connect/logout`,
    });
    expect(endpointsOf(document({ end_session_endpoint: undefined, code_challenge_methods_supported: undefined }), ISSUER).endSessionEndpoint).toBeNull();
    expect(endpointsOf(document({ token_endpoint: 'http://127.0.0.1:8080/token' }), ISSUER).tokenEndpoint).toBe('http://127.0.0.1:8080/token');
  });

  it('refuses a document of another issuer, without S256, without endpoints or with plain-http ones', () => {
    expect(codeOf(() => endpointsOf(document({ issuer: 'https://evil.example' }), ISSUER))).toBe('unavailable');
    expect(codeOf(() => endpointsOf(document({ code_challenge_methods_supported: ['plain'] }), ISSUER))).toBe('unavailable');
    expect(codeOf(() => endpointsOf(document({ token_endpoint: undefined }), ISSUER))).toBe('unavailable');
    expect(codeOf(() => endpointsOf(document({ authorization_endpoint: 'http://login.kommune.example/auth' }), ISSUER))).toBe('unavailable');
    expect(codeOf(() => endpointsOf(document({ end_session_endpoint: 'not a url' }), ISSUER))).toBe('unavailable');
    expect(codeOf(() => endpointsOf('<html>', ISSUER))).toBe('unavailable');
    expect(codeOf(() => endpointsOf(null, ISSUER))).toBe('unavailable');
  });
});
