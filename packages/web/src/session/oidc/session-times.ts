/*
 * When a session stops sending its ID token, and when it renews it: a little before the token's expiry, because
 * clocks differ and a request takes time. Keycloak's ID tokens last 5 minutes: the session stops using one 30 s
 * before that and renews it 60 s before. Short-lived tokens get the same shares of their lifetime (a quarter each).
 */

const MARGIN_MS = 30_000;

export interface SessionTimes {
  /** When the token is no longer sent (readSession drops it). */
  expiresAt: number;
  /** When to renew it with the refresh token. */
  renewAt: number;
}

export function sessionTimes(tokenExpiresAtMs: number, now: number): SessionTimes {
  const margin = Math.min(MARGIN_MS, Math.max(0, tokenExpiresAtMs - now) / 4);
  return { expiresAt: tokenExpiresAtMs - margin, renewAt: tokenExpiresAtMs - 2 * margin };
}
