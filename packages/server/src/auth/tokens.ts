import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';

export const DEMO_ISSUER = 'treklang-demo';
const AUDIENCE = 'treklang';
export const DEMO_TOKEN_TTL_SECONDS = 60 * 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Signs a short-lived demo token naming the user by ID. */
export async function signDemoToken(userId: string, key: Uint8Array, ttlSeconds = DEMO_TOKEN_TTL_SECONDS): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(DEMO_ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key);
}

export type DemoTokenCheck =
  | { ok: true; userId: string; expiresAtMs: number }
  /** `claimedUserId`: the user the token names, unverified, when it is a forgery or altered (for the lockout count). */
  | { ok: false; reason: 'EXPIRED' | 'INVALID'; claimedUserId: string | null };

/** Verifies a demo token; a failure says whether it merely expired (signature fine) or is invalid. */
export async function checkDemoToken(token: string, key: Uint8Array): Promise<DemoTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: DEMO_ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
    if (typeof payload.sub !== 'string') return { ok: false, reason: 'INVALID', claimedUserId: null };
    return { ok: true, userId: payload.sub, expiresAtMs: (payload.exp ?? 0) * 1000 };
  } catch (error) {
    // jose checks the signature before the claims: an expired token was signed with the key.
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'EXPIRED', claimedUserId: null };
    return { ok: false, reason: 'INVALID', claimedUserId: unverifiedSubject(token) };
  }
}

/** Returns the user ID of a valid token, or null for any invalid, expired or tampered one. */
export async function verifyDemoToken(token: string, key: Uint8Array): Promise<string | null> {
  const check = await checkDemoToken(token, key);
  return check.ok ? check.userId : null;
}

function unverifiedSubject(token: string): string | null {
  try {
    const { sub } = decodeJwt(token);
    return typeof sub === 'string' && UUID.test(sub) ? sub : null;
  } catch {
    return null;
  }
}

/** The `iss` claim of a JWT, unverified, to choose how to verify it; null when it is no JWT. */
export function unverifiedIssuer(token: string): string | null {
  try {
    const { iss } = decodeJwt(token);
    return typeof iss === 'string' ? iss : null;
  } catch {
    return null;
  }
}
