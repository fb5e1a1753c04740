import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * An API token as the integrator sees it: `trk_<token ID, 32 hex digits>_<secret, 43 base64url characters>`.
 * The ID finds the row; the secret (256 random bits) is checked against its stored SHA-256 in constant time.
 * A fast hash suffices: the secret is random and long, so there is nothing to guess.
 */

export const API_TOKEN_PREFIX = 'trk_';
const FORMAT = /^trk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

/** Service accounts of API tokens have e-mails in this reserved domain, which no identity provider can vouch for. */
export const SERVICE_ACCOUNT_DOMAIN = 'api-token.treklang.invalid';

export const looksLikeApiToken = (token: string): boolean => token.startsWith(API_TOKEN_PREFIX);

export const newSecret = (): string => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

export function formatApiToken(rowId: string, secret: string): string {
  return `${API_TOKEN_PREFIX}${rowId.replaceAll('-', '')}_${secret}`;
}

/** The row ID and secret of a well-formed token, or null. */
export function parseApiToken(token: string): { rowId: string; secret: string } | null {
  const match = FORMAT.exec(token);
  if (!match) return null;
  const hex = match[1];
  const rowId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { rowId, secret: match[2] };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export const serviceAccountEmail = (rowId: string): string => `${rowId}@${SERVICE_ACCOUNT_DOMAIN}`;

export const isServiceAccountEmail = (email: string): boolean => email.endsWith(`@${SERVICE_ACCOUNT_DOMAIN}`);
