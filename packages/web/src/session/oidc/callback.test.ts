import { describe, expect, it } from 'vitest';
import { checkIdToken, checkRefreshedIdToken, codeFromCallback, decodeJwtPayload } from './callback.js';
import { LoginError } from './login-error.js';
import { base64Url } from './pkce.js';

const STATE = 'S'.repeat(43);
const NONCE = 'N'.repeat(43);
const ISSUER = 'https://login.kommune.example';
const NOW = 1_800_000_000_000;

const failure = (run: () => unknown): { code: string; detail: string | null } => {
  try {
    run();
  } catch (error) {
    if (error instanceof LoginError) return { code: error.code, detail: error.detail };
    throw error;
  }
  throw new Error('did not fail');
};

/** An unsigned JWT with these claims: the signature is the server's to check, the browser checks the claims. */
const jwt = (claims: Record<string, unknown>) =>
  `${base64Url(new TextEncoder().encode('{"alg":"RS256"}'))}.${base64Url(new TextEncoder().encode(JSON.stringify(claims)))}.sig`;
const claims = (over: Record<string, unknown> = {}) => ({ iss: ISSUER, aud: 'treklang', nonce: NONCE, exp: NOW / 1000 + 300, email: 'anne@kommune.example', ...over });

describe("the provider's answer at the callback", () => {
  it('gives the code when the state is this tab\'s', () => {
    expect(codeFromCallback(`?code=abc&state=${STATE}`, STATE)).toBe('abc');
  });

  it('refuses an altered or missing state, and any answer when no login was started here, before looking at the rest', () => {
    expect(failure(() => codeFromCallback(`?code=abc&state=${STATE}x`, STATE)).code).toBe('state');
    expect(failure(() => codeFromCallback('?code=abc', STATE))).toEqual({ code: 'state', detail: 'The answer carries no state.' });
    expect(failure(() => codeFromCallback(`?code=abc&state=${STATE}`, null)).code).toBe('state');
    expect(failure(() => codeFromCallback('?error=access_denied&state=other', STATE)).code).toBe('state');
  });

  it("tells a refusal (access_denied) from the provider's other errors", () => {
    expect(failure(() => codeFromCallback(`?error=access_denied&error_description=User+cancelled&state=${STATE}`, STATE))).toEqual({ code: 'denied', detail: 'access_denied: User cancelled' });
    expect(failure(() => codeFromCallback(`?error=server_error&state=${STATE}`, STATE))).toEqual({ code: 'provider', detail: 'server_error' });
    expect(failure(() => codeFromCallback(`?state=${STATE}`, STATE)).code).toBe('provider');
  });
});

describe('the ID token', () => {
  const expected = { issuer: ISSUER, clientId: 'treklang', nonce: NONCE, now: NOW };

  it('is accepted with this login\'s nonce, the issuer, the client as audience and a future expiry', () => {
    expect(checkIdToken(jwt(claims()), expected)).toEqual({ email: 'anne@kommune.example', expiresAtMs: NOW + 300_000 });
    expect(checkIdToken(jwt(claims({ aud: ['treklang', 'api'], azp: 'treklang', email: undefined, preferred_username: 'anne' })), expected).email).toBe('anne');
  });

  it('is refused with another nonce, issuer, audience or authorized party, or when expired', () => {
    for (const over of [{ nonce: 'other' }, { nonce: undefined }, { iss: 'https://evil.example' }, { aud: 'someone-else' }, { aud: ['api', 'other'] }, { aud: ['treklang', 'api'], azp: 'other' }, { exp: NOW / 1000 }, { exp: '2099' }]) {
      expect(failure(() => checkIdToken(jwt(claims(over)), expected)).code).toBe('id-token');
    }
  });

  it('is refused when it is not a JWT with a JSON payload', () => {
    expect(failure(() => decodeJwtPayload('opaque-access-token')).code).toBe('id-token');
    expect(failure(() => decodeJwtPayload('a.!!!.c')).code).toBe('id-token');
    expect(failure(() => decodeJwtPayload(`a.${base64Url(new TextEncoder().encode('[1]'))}.c`)).code).toBe('id-token');
    expect(decodeJwtPayload(jwt({ email: 'ø@æ.dk' })).email).toBe('ø@æ.dk');
  });
});

describe('the ID token of a renewal', () => {
  const expected = { issuer: ISSUER, clientId: 'treklang', now: NOW };
  const original = jwt(claims({ sub: 'anne', azp: 'treklang' }));
  const renewed = (over: Record<string, unknown> = {}) => jwt(claims({ sub: 'anne', azp: 'treklang', nonce: undefined, exp: NOW / 1000 + 600, ...over }));

  it('is accepted about the same subject for the same client, with or without the login\'s nonce', () => {
    expect(checkRefreshedIdToken(renewed(), original, expected)).toEqual({ email: 'anne@kommune.example', expiresAtMs: NOW + 600_000 });
    expect(checkRefreshedIdToken(renewed({ nonce: NONCE }), original, expected).expiresAtMs).toBe(NOW + 600_000);
    // A renewal of a renewal: the previous token need not carry a nonce either.
    expect(checkRefreshedIdToken(renewed({ exp: NOW / 1000 + 900 }), renewed(), expected).expiresAtMs).toBe(NOW + 900_000);
  });

  it('is refused about another subject, for another audience or party, with another nonce, from another issuer, or expired', () => {
    for (const over of [
      { sub: 'bent' },
      { sub: undefined },
      { aud: ['treklang', 'api'] },
      { aud: 'someone-else' },
      { azp: undefined },
      { azp: 'other' },
      { nonce: 'other' },
      { iss: 'https://evil.example' },
      { exp: NOW / 1000 },
    ]) {
      expect(failure(() => checkRefreshedIdToken(renewed(over), original, expected)).code, JSON.stringify(over)).toBe('id-token');
    }
    // The login's token had no nonce: a renewal must not bring one.
    expect(failure(() => checkRefreshedIdToken(renewed({ nonce: NONCE }), renewed(), expected)).code).toBe('id-token');
    expect(failure(() => checkRefreshedIdToken('opaque-access-token', original, expected)).code).toBe('id-token');
  });
});
