import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/*
 * Production login: a JWT (ID or access token) from the municipality's OpenID Connect provider, verified against
 * the provider's JWKS: signature (RS256 or ES256 only), issuer, audience, expiry. The user is the one whose e-mail
 * equals the configured claim (`email` by default). The JWKS address comes from the settings or, when not given,
 * from the provider's discovery document (<issuer>/.well-known/openid-configuration), fetched on first use.
 */

export interface OidcSettings {
  issuer: string;
  audience: string;
  /** null: from discovery. */
  jwksUrl: string | null;
  /** The claim whose value is the user's e-mail in Treklang, e.g. "email" or "upn". */
  userClaim: string;
  algorithms: string[];
}

export const OIDC_ALGORITHMS = ['RS256', 'ES256'];
/** Seconds of clock difference tolerated between the provider and this server. */
const CLOCK_TOLERANCE_SECONDS = 5;

export type OidcCheck =
  | { ok: true; identity: string; expiresAtMs: number }
  | {
      ok: false;
      reason: 'EXPIRED' | 'INVALID' | 'NO_IDENTITY' | 'UNAVAILABLE';
      /** The identity the token claims, unverified, when the token is a forgery or altered (for the lockout count). */
      claimedIdentity: string | null;
    };

export interface OidcVerifier {
  readonly settings: OidcSettings;
  verify(token: string): Promise<OidcCheck>;
}

interface Discovery {
  issuer?: unknown;
  jwks_uri?: unknown;
}

async function discoverJwksUrl(issuer: string, fetchImpl: typeof fetch): Promise<URL> {
  const response = await fetchImpl(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`OpenID Connect discovery answered ${response.status}`);
  const document = (await response.json()) as Discovery;
  if (document.issuer !== issuer) throw new Error('OpenID Connect discovery names another issuer');
  if (typeof document.jwks_uri !== 'string') throw new Error('OpenID Connect discovery has no jwks_uri');
  return new URL(document.jwks_uri);
}

function identityOf(payload: Record<string, unknown>, claim: string): string | null {
  const value = payload[claim];
  return typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : null;
}

function unverifiedIdentity(token: string, claim: string): string | null {
  try {
    return identityOf(decodeJwt(token), claim);
  } catch {
    return null;
  }
}

/**
 * Forged or altered tokens count towards the account's lockout; an expired or not-yet-valid one (signature fine), or
 * one that could not be checked because the provider's keys were out of reach, does not.
 */
function classify(error: unknown): { reason: 'EXPIRED' | 'INVALID' | 'UNAVAILABLE'; counts: boolean } {
  if (error instanceof errors.JWTExpired) return { reason: 'EXPIRED', counts: false };
  const unreachable = error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError) || error.code === 'ERR_JOSE_GENERIC';
  if (unreachable) return { reason: 'UNAVAILABLE', counts: false };
  const timing = error instanceof errors.JWTClaimValidationFailed && (error.claim === 'nbf' || error.claim === 'iat');
  return { reason: 'INVALID', counts: !timing };
}

export function createOidcVerifier(settings: OidcSettings, fetchImpl: typeof fetch = fetch): OidcVerifier {
  let keys: Promise<JWTVerifyGetKey> | null = null;
  const keySet = (): Promise<JWTVerifyGetKey> => {
    keys ??= (settings.jwksUrl ? Promise.resolve(new URL(settings.jwksUrl)) : discoverJwksUrl(settings.issuer, fetchImpl)).then((url) =>
      createRemoteJWKSet(url, { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 }),
    );
    // A failed discovery is tried again on the next login.
    keys.catch(() => {
      keys = null;
    });
    return keys;
  };
  return {
    settings,
    async verify(token) {
      let getKey: JWTVerifyGetKey;
      try {
        getKey = await keySet();
      } catch {
        return { ok: false, reason: 'UNAVAILABLE', claimedIdentity: null };
      }
      try {
        const { payload } = await jwtVerify(token, getKey, {
          issuer: settings.issuer,
          audience: settings.audience,
          algorithms: settings.algorithms,
          requiredClaims: ['exp'],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
        });
        const identity = identityOf(payload, settings.userClaim);
        if (!identity || (settings.userClaim === 'email' && payload.email_verified === false)) return { ok: false, reason: 'NO_IDENTITY', claimedIdentity: null };
        return { ok: true, identity, expiresAtMs: (payload.exp ?? 0) * 1000 };
      } catch (error) {
        const { reason, counts } = classify(error);
        return { ok: false, reason, claimedIdentity: counts ? unverifiedIdentity(token, settings.userClaim) : null };
      }
    },
  };
}
