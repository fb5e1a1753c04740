import { base64Url } from './oidc/pkce.js';
import type { StoredSession } from './token-store.js';

/*
 * A renewal passed on to the other tabs of this browser that hold the same refresh token (a duplicated tab copies
 * sessionStorage): the tab that renewed leaves the renewed session under a hash of the refresh token it used, and a
 * tab about to renew with that token, which the provider accepts only once, takes the session from there instead.
 * Several tabs may share one token, so reading leaves the record for the next; expired records go whenever records
 * are read or written, and logging out removes them all (forgetHandoffs). The store is the browser's IndexedDB
 * (handoff-store.ts); here it is any HandoffStore.
 */

/** Keys and records that outlive the tab; each call is one transaction, done when it resolves. */
export interface HandoffStore {
  entries(): Promise<[string, unknown][]>;
  put(key: string, record: HandoffRecord): Promise<void>;
  remove(keys: string[]): Promise<void>;
  clear(): Promise<void>;
}

export interface HandoffRecord {
  session: StoredSession;
  expiresAt: number;
}

// Short on purpose: the store outlives the tab and the browser, and refresh tokens must not linger there.
export const HANDOFF_LIFETIME_MS = 2 * 60 * 1000;

export async function sha256Base64Url(text: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

/** Where the renewal made with this refresh token is left: a hash of it, never the token itself. */
export function handoffKey(usedRefreshToken: string, hash: (text: string) => Promise<string> = sha256Base64Url): Promise<string> {
  return hash(usedRefreshToken);
}

/** The record, when it is complete and has not expired (nor claims to last longer than a record may). */
function liveRecord(value: unknown, now: number): HandoffRecord | null {
  const record = value as Partial<HandoffRecord> | null | undefined;
  const session = record?.session;
  const fresh = typeof record?.expiresAt === 'number' && record.expiresAt > now && record.expiresAt <= now + HANDOFF_LIFETIME_MS;
  const complete = typeof session === 'object' && session !== null && typeof session.token === 'string' && typeof session.email === 'string' && typeof session.expiresAt === 'number';
  return fresh && complete ? { session, expiresAt: record.expiresAt! } : null;
}

/** Removes the records that have expired or cannot be read; the live ones, by key. */
async function sweep(store: HandoffStore, now: number): Promise<Map<string, HandoffRecord>> {
  const live = new Map<string, HandoffRecord>();
  const dead: string[] = [];
  for (const [key, value] of await store.entries()) {
    const record = liveRecord(value, now);
    if (record) live.set(key, record);
    else dead.push(key);
  }
  if (dead.length > 0) await store.remove(dead);
  return live;
}

/** Leaves the session renewed with the refresh token behind `key` for the other tabs that hold that token. */
export async function leaveHandoff(store: HandoffStore | null, key: string, session: StoredSession, now = Date.now()): Promise<void> {
  if (!store) return;
  try {
    await sweep(store, now);
    await store.put(key, { session, expiresAt: now + HANDOFF_LIFETIME_MS });
  } catch {
    // a store that cannot be used: the other tabs renew by themselves
  }
}

/** The session another tab renewed with the refresh token behind `key`, while its record lasts; null otherwise. */
export async function readHandoff(store: HandoffStore | null, key: string, now = Date.now()): Promise<StoredSession | null> {
  if (!store) return null;
  try {
    return (await sweep(store, now)).get(key)?.session ?? null;
  } catch {
    return null;
  }
}

/** Logging out: every record goes, whoever left it. */
export async function forgetHandoffs(store: HandoffStore | null): Promise<void> {
  await store?.clear().catch(() => undefined);
}
