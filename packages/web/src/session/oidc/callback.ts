import { LoginError } from './login-error.js';

/*
 * The provider's answer at /login/callback (?code=…&state=… or ?error=…&state=…) and the ID token it leads to.
 * The state is checked first, also on errors: an answer that does not belong to this tab's login is refused
 * whatever it says. The ID token's signature is the server's to check (auth/oidc.ts); here it must be for this
 * login (nonce), from this provider (iss), for this client (aud) and not expired.
 */

export function codeFromCallback(search: string, expectedState: string | null): string {
  const params = new URLSearchParams(search);
  const state = params.get('state');
  if (!expectedState || state !== expectedState) throw new LoginError('state', state === null ? 'The answer carries no state.' : null);
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description');
    throw new LoginError(error === 'access_denied' ? 'denied' : 'provider', description ? `${error}: ${description}` : error);
  }
  const code = params.get('code');
  if (!code) throw new LoginError('provider', 'The answer carries neither a code nor an error.');
  return code;
}

export interface IdTokenClaims {
  iss?: unknown;
  aud?: unknown;
  azp?: unknown;
  exp?: unknown;
  nonce?: unknown;
  email?: unknown;
  preferred_username?: unknown;
  sub?: unknown;
}

export function decodeJwtPayload(token: string): IdTokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new LoginError('id-token', 'The ID token is not a JWT.');
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new Error('not an object');
    return payload as IdTokenClaims;
  } catch {
    throw new LoginError('id-token', 'The ID token payload is not JSON.');
  }
}

export interface CheckedIdToken {
  /** Who logged in, for display: the e-mail, else the user name or subject. */
  email: string;
  expiresAtMs: number;
}

const audiencesOf = (claims: IdTokenClaims): unknown[] => (Array.isArray(claims.aud) ? claims.aud : [claims.aud]);

/** Issuer, audience, authorized party and expiry: what every ID token must pass, at the login and at each renewal. */
function checkIssuedFor(claims: IdTokenClaims, expected: { issuer: string; clientId: string; now?: number }): CheckedIdToken {
  const audiences = audiencesOf(claims);
  if (claims.iss !== expected.issuer) throw new LoginError('id-token', `The ID token is from ${String(claims.iss)}, not ${expected.issuer}.`);
  if (!audiences.includes(expected.clientId)) throw new LoginError('id-token', `The ID token is not for the client ${expected.clientId}.`);
  if (audiences.length > 1 && claims.azp !== undefined && claims.azp !== expected.clientId) throw new LoginError('id-token', 'The ID token was issued to another client (azp).');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= (expected.now ?? Date.now())) throw new LoginError('id-token', 'The ID token has expired.');
  const who = [claims.email, claims.preferred_username, claims.sub].find((value) => typeof value === 'string' && value);
  return { email: (who as string | undefined) ?? '', expiresAtMs: claims.exp * 1000 };
}

export function checkIdToken(token: string, expected: { issuer: string; clientId: string; nonce: string; now?: number }): CheckedIdToken {
  const claims = decodeJwtPayload(token);
  if (claims.nonce !== expected.nonce) throw new LoginError('id-token', 'The ID token does not carry the nonce of this login.');
  return checkIssuedFor(claims, expected);
}

/**
 * An ID token from a renewal (OpenID Connect Core 12.2) must be about the same person for the same client as the one
 * it replaces: the same subject, audience and authorized party. It need not carry a nonce, since no new login was
 * asked for; if it does, it must be the login's.
 */
export function checkRefreshedIdToken(token: string, previousToken: string, expected: { issuer: string; clientId: string; now?: number }): CheckedIdToken {
  const claims = decodeJwtPayload(token);
  const previous = decodeJwtPayload(previousToken);
  const sameAudience = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((value) => b.includes(value));
  if (typeof claims.sub !== 'string' || claims.sub !== previous.sub) throw new LoginError('id-token', 'The renewed ID token is about another subject.');
  if (!sameAudience(audiencesOf(claims), audiencesOf(previous)) || claims.azp !== previous.azp) throw new LoginError('id-token', 'The renewed ID token is for another audience.');
  if (claims.nonce !== undefined && claims.nonce !== previous.nonce) throw new LoginError('id-token', 'The renewed ID token carries another nonce.');
  return checkIssuedFor(claims, expected);
}
