import { SignJWT, jwtVerify } from 'jose';

const ISSUER = 'treklang-demo';
const AUDIENCE = 'treklang';
export const DEMO_TOKEN_TTL_SECONDS = 60 * 60;

/** Signs a short-lived demo token naming the user by ID. */
export async function signDemoToken(userId: string, key: Uint8Array, ttlSeconds = DEMO_TOKEN_TTL_SECONDS): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(key);
}

/** Returns the user ID of a valid token, or null for any invalid, expired or tampered one. */
export async function verifyDemoToken(token: string, key: Uint8Array): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}
