import type { Locale } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import { ApiToken } from '../modules/api-tokens/api-token.entity.js';
import { isServiceAccountEmail, looksLikeApiToken, parseApiToken, secretMatches } from '../modules/api-tokens/api-token.secret.js';
import type { Logger } from '../ops/logger.js';
import { viewerCache, type ViewerCache } from './authenticate-cache.js';
import { accountLocked, identityProviderUnavailable, unauthenticated, type AuthFailureDetail } from './authenticate-errors.js';
import { findApiTokenPrincipal, findUserPrincipal, type Principal } from './authenticate-principal.js';
import { authWrite } from './authenticate-writes.js';
import { activeLock, clearLoginFailures, DEFAULT_LOCKOUT, recordLoginFailure, UNKNOWN_SOURCE, type LockoutKey, type LockoutPolicy } from './lockout.js';
import type { OidcVerifier } from './oidc.js';
import { checkDemoToken, DEMO_ISSUER, unverifiedIssuer } from './tokens.js';
import type { Viewer } from './viewer.js';

export { authFailureOf, type AuthFailureDetail } from './authenticate-errors.js';

export interface AuthenticateOptions {
  /** Demo mode's signing key for demo tokens; null or absent in production mode, where they are refused. */
  signingKey?: Uint8Array | null;
  /** Production login: tokens from the OpenID Connect provider. */
  oidc?: OidcVerifier | null;
  /** Language of the lockout message (Danish unless English is asked for). */
  locale?: Locale;
  /** Where lockouts are logged (ids only, no personal data). */
  logger?: Logger;
  lockout?: LockoutPolicy;
  /** The client's address (ops/client-address.ts): failed logins lock an account for that source only. */
  source?: string | null;
  /** The process's viewer cache by default; null to check every request against the database. */
  cache?: ViewerCache | null;
}

interface Authenticated {
  viewer: Viewer;
  /** Until when the token itself is valid. */
  expiresAtMs: number;
}

const INVALID = 'The bearer token is invalid or has expired.';
/** A token's last use is written at most this often (per process; the database keeps it at most once a minute across processes). */
export const LAST_USE_INTERVAL_MS = 60_000;
const lastUseWritten = new Map<string, number>();

/**
 * Resolves the Authorization header to a viewer, or throws a GraphQL error: 401 (missing, invalid, expired, revoked),
 * 429 with Retry-After (account locked) or 503 (identity provider unreachable). Accepts an integrator's API token
 * (`trk_…`), an OpenID Connect token (production) and, with a signing key, a demo token. The third argument may be
 * the demo signing key alone.
 */
export async function authenticate(db: DataSource, header: string | undefined, keyOrOptions: Uint8Array | AuthenticateOptions): Promise<Viewer> {
  const options: AuthenticateOptions = keyOrOptions instanceof Uint8Array ? { signingKey: keyOrOptions } : keyOrOptions;
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw unauthenticated('Missing bearer token: send "Authorization: Bearer <token>".');
  const token = match[1];
  const cache = options.cache === undefined ? viewerCache : options.cache;
  const key = cache?.key(db, token);
  const cached = key ? cache!.get(key) : null;
  if (cached) {
    if (cached.apiTokenId) await recordApiTokenUse(db, cached.apiTokenId, options.logger);
    return cached;
  }
  const { viewer, expiresAtMs } = looksLikeApiToken(token) ? await apiTokenViewer(db, token, options) : await jwtViewer(db, token, options);
  if (key) cache!.set(key, viewer, expiresAtMs);
  return viewer;
}

function jwtViewer(db: DataSource, token: string, options: AuthenticateOptions): Promise<Authenticated> {
  if (options.signingKey && (!options.oidc || unverifiedIssuer(token) === DEMO_ISSUER)) return demoViewer(db, token, options.signingKey, options);
  if (options.oidc) return oidcViewer(db, token, options.oidc, options);
  throw unauthenticated(INVALID, { reason: 'INVALID_TOKEN' });
}

async function demoViewer(db: DataSource, token: string, key: Uint8Array, options: AuthenticateOptions): Promise<Authenticated> {
  const check = await checkDemoToken(token, key);
  if (!check.ok) {
    const claimed = check.claimedUserId ? await findUserPrincipal(db, { id: check.claimedUserId }, sourceOf(options)) : null;
    return refuseForged(db, claimed, check.reason === 'EXPIRED' ? 'EXPIRED_TOKEN' : 'INVALID_TOKEN', options);
  }
  const principal = await findUserPrincipal(db, { id: check.userId }, sourceOf(options));
  if (!principal) throw unauthenticated('The bearer token names no user.', { reason: 'UNKNOWN_USER' });
  return personViewer(db, principal, check.expiresAtMs, options);
}

async function oidcViewer(db: DataSource, token: string, oidc: OidcVerifier, options: AuthenticateOptions): Promise<Authenticated> {
  const check = await oidc.verify(token);
  if (!check.ok) {
    if (check.reason === 'UNAVAILABLE') throw identityProviderUnavailable();
    if (check.reason === 'NO_IDENTITY') throw unauthenticated(`The token carries no verified "${oidc.settings.userClaim}" claim to find the user by.`, { reason: 'INVALID_TOKEN' });
    const claimed = check.claimedIdentity ? await findUserPrincipal(db, { email: check.claimedIdentity }, sourceOf(options)) : null;
    return refuseForged(db, claimed, check.reason === 'EXPIRED' ? 'EXPIRED_TOKEN' : 'INVALID_TOKEN', options);
  }
  const principal = await findUserPrincipal(db, { email: check.identity }, sourceOf(options));
  if (!principal) throw unauthenticated(`No Treklang user matches the token's "${oidc.settings.userClaim}" claim.`, { reason: 'UNKNOWN_USER' });
  return personViewer(db, principal, check.expiresAtMs, options);
}

/** A token that failed verification; when it names a real account, the failure counts towards its lockout. */
async function refuseForged(db: DataSource, claimed: Principal | null, reason: string, options: AuthenticateOptions): Promise<never> {
  if (!claimed || reason !== 'INVALID_TOKEN') throw unauthenticated(INVALID, { reason });
  const detail = detailOf(claimed);
  await countFailure(db, { type: 'USER', id: claimed.user.rowId, source: sourceOf(options) }, activeLock(claimed.lockout), detail, options);
  throw unauthenticated(INVALID, { ...detail, reason });
}

async function personViewer(db: DataSource, principal: Principal, expiresAtMs: number, options: AuthenticateOptions): Promise<Authenticated> {
  const detail = detailOf(principal);
  if (isServiceAccountEmail(principal.user.email)) throw unauthenticated('An API token account cannot sign in as a person.', { ...detail, reason: 'INVALID_TOKEN' });
  const lockedUntil = activeLock(principal.lockout);
  if (lockedUntil) throw accountLocked(lockedUntil, options.locale, detail);
  if (principal.lockout) await clearLoginFailures(db, { type: 'USER', id: principal.user.rowId, source: sourceOf(options) });
  return { viewer: { user: principal.user, organization: principal.organization }, expiresAtMs };
}

async function apiTokenViewer(db: DataSource, token: string, options: AuthenticateOptions): Promise<Authenticated> {
  const parsed = parseApiToken(token);
  if (!parsed) throw unauthenticated('The API token is malformed: it looks like trk_<32 hex digits>_<43 characters>.', { reason: 'INVALID_TOKEN' });
  const principal = await findApiTokenPrincipal(db, parsed.rowId, sourceOf(options));
  if (!principal) throw unauthenticated('The API token is not valid.', { reason: 'INVALID_TOKEN' });
  const { apiToken } = principal;
  const detail = { ...detailOf(principal), apiTokenId: apiToken.rowId };
  const lockedUntil = activeLock(principal.lockout);
  if (lockedUntil) throw accountLocked(lockedUntil, options.locale, detail);
  if (!secretMatches(parsed.secret, apiToken.secretHash)) {
    await countFailure(db, { type: 'API_TOKEN', id: apiToken.rowId, source: sourceOf(options) }, null, detail, options);
    throw unauthenticated('The API token is not valid.', { ...detail, reason: 'INVALID_TOKEN' });
  }
  if (apiToken.revokedAt) throw unauthenticated('The API token has been revoked.', { ...detail, reason: 'REVOKED_TOKEN' });
  if (Date.parse(apiToken.expiresAt) <= Date.now()) throw unauthenticated('The API token has expired.', { ...detail, reason: 'EXPIRED_TOKEN' });
  if (principal.lockout) await clearLoginFailures(db, { type: 'API_TOKEN', id: apiToken.rowId, source: sourceOf(options) });
  await recordApiTokenUse(db, apiToken.rowId, options.logger);
  return {
    viewer: { user: principal.user, organization: principal.organization, scopes: new Set(apiToken.scopes), apiTokenId: apiToken.rowId },
    expiresAtMs: Date.parse(apiToken.expiresAt),
  };
}

const sourceOf = (options: AuthenticateOptions): string => options.source || UNKNOWN_SOURCE;

function detailOf(principal: Principal): Omit<AuthFailureDetail, 'reason'> {
  return { userId: principal.user.rowId, organizationId: principal.organization.rowId, userRole: principal.user.role };
}

/** Counts a failed login; answers 429 at once when the account is (now) locked. */
async function countFailure(db: DataSource, key: LockoutKey, alreadyLocked: string | null, detail: Omit<AuthFailureDetail, 'reason'>, options: AuthenticateOptions): Promise<void> {
  if (alreadyLocked) throw accountLocked(alreadyLocked, options.locale, detail);
  const outcome = await recordLoginFailure(db, key, options.lockout ?? DEFAULT_LOCKOUT);
  if (!outcome.lockedUntil) return;
  if (outcome.justLocked) {
    viewerCache.forget(key.type === 'USER' ? { userId: key.id } : { apiTokenId: key.id });
    options.logger?.warn('account locked after repeated failed logins', { subjectType: key.type, subjectId: key.id, failures: outcome.failures, lockedUntil: outcome.lockedUntil });
  }
  throw accountLocked(outcome.lockedUntil, options.locale, detail);
}

/** Records that the token was used, at most once a minute (a conditional write, so several processes agree). */
async function recordApiTokenUse(db: DataSource, apiTokenId: string, logger: Logger | undefined): Promise<void> {
  const now = Date.now();
  if (now - (lastUseWritten.get(apiTokenId) ?? 0) < LAST_USE_INTERVAL_MS) return;
  if (lastUseWritten.size >= 10_000) lastUseWritten.clear();
  lastUseWritten.set(apiTokenId, now);
  try {
    await authWrite(db, (tx) =>
      tx
        .createQueryBuilder()
        .update(ApiToken)
        .set({ lastUsedAt: new Date(now).toISOString() })
        .where('id = :id AND (last_used_at IS NULL OR last_used_at < :threshold)', { id: apiTokenId, threshold: new Date(now - LAST_USE_INTERVAL_MS).toISOString() })
        .execute(),
    );
  } catch (error) {
    logger?.warn('the API token\'s last use could not be recorded', { apiTokenId, error: error instanceof Error ? error.name : 'unknown' });
  }
}
