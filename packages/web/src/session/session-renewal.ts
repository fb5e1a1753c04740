import { browserHandoffStore } from './handoff-store.js';
import { fetchLoginConfig } from './login-config.js';
import { renewOidcSession, type Renewal } from './oidc/oidc-login.js';
import { handoffKey, leaveHandoff, readHandoff } from './renewal-handoff.js';
import { readRenewableSession, writeSession, type StoredSession } from './token-store.js';

/** Fired on window with the renewed session as detail: the session goes on with the new ID token. */
export const RENEWED_EVENT = 'treklang:session-renewed';

const RENEWAL_LOCK = 'treklang.session-renewal';

let running: Promise<StoredSession | null> | null = null;

/**
 * Renews the OpenID Connect session with its refresh token, shortly before the ID token expires (session.tsx) and
 * when the API refuses a token (apollo/client.ts): one renewal at a time, whoever asks, in this tab and across the
 * browser's tabs (Web Locks), since a provider that rotates refresh tokens accepts each only once and a duplicated
 * tab holds the same one; a tab whose token another tab has just used takes that tab's renewal
 * (renewal-handoff.ts). Null when there is nothing to renew (demo mode, no refresh token) or the renewal failed; a
 * refresh token the provider turned down is forgotten, so the next refusal ends the session.
 */
export function renewSession(): Promise<StoredSession | null> {
  running ??= oneTabAtATime(renew).finally(() => {
    running = null;
  });
  return running;
}

/** Without Web Locks (older browsers) the renewal is one at a time within the tab only. */
async function oneTabAtATime(task: () => Promise<StoredSession | null>): Promise<StoredSession | null> {
  const locks = (navigator as Partial<Navigator>).locks;
  return locks ? await locks.request(RENEWAL_LOCK, task) : task();
}

async function renew(): Promise<StoredSession | null> {
  const current = readRenewableSession();
  if (!current) return null;
  const config = await fetchLoginConfig().catch(() => null);
  if (config?.mode !== 'oidc') return null;
  const store = browserHandoffStore();
  const key = await handoffKey(current.refreshToken);
  const handedOver = await readHandoff(store, key);
  const renewal: Renewal = handedOver ? { ok: true, session: handedOver } : await renewOidcSession(config, current);
  // Logged out, or in as someone else, while the provider answered: this answer is no one's.
  if (readRenewableSession()?.refreshToken !== current.refreshToken) return null;
  if (!renewal.ok) {
    console.warn(`The session could not be renewed: ${renewal.error.message}`);
    if (renewal.refused) writeSession({ ...current, refreshToken: undefined, renewAt: undefined });
    return null;
  }
  writeSession(renewal.session);
  window.dispatchEvent(new CustomEvent(RENEWED_EVENT, { detail: renewal.session }));
  // Still holding the lock: the next tab in line finds the record.
  if (!handedOver) await leaveHandoff(store, key, renewal.session);
  return renewal.session;
}
