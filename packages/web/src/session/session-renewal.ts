import { fetchLoginConfig } from './login-config.js';
import { renewOidcSession } from './oidc/oidc-login.js';
import { readRenewableSession, writeSession, type StoredSession } from './token-store.js';

/** Fired on window with the renewed session as detail: the session goes on with the new ID token. */
export const RENEWED_EVENT = 'treklang:session-renewed';

let running: Promise<StoredSession | null> | null = null;

/**
 * Renews the OpenID Connect session with its refresh token, shortly before the ID token expires (session.tsx) and
 * when the API refuses a token (apollo/client.ts): one renewal at a time, whoever asks, since a provider that rotates
 * refresh tokens accepts each only once. Null when there is nothing to renew (demo mode, no refresh token) or the
 * renewal failed; a refresh token the provider turned down is forgotten, so the next refusal ends the session.
 */
export function renewSession(): Promise<StoredSession | null> {
  running ??= renew().finally(() => {
    running = null;
  });
  return running;
}

async function renew(): Promise<StoredSession | null> {
  const current = readRenewableSession();
  if (!current) return null;
  const config = await fetchLoginConfig().catch(() => null);
  if (config?.mode !== 'oidc') return null;
  const renewal = await renewOidcSession(config, current);
  // Logged out, or in as someone else, while the provider answered: this answer is no one's.
  if (readRenewableSession()?.refreshToken !== current.refreshToken) return null;
  if (!renewal.ok) {
    console.warn(`The session could not be renewed: ${renewal.error.message}`);
    if (renewal.refused) writeSession({ ...current, refreshToken: undefined, renewAt: undefined });
    return null;
  }
  writeSession(renewal.session);
  window.dispatchEvent(new CustomEvent(RENEWED_EVENT, { detail: renewal.session }));
  return renewal.session;
}
