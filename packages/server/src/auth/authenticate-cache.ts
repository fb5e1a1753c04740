import { createHash } from 'node:crypto';
import type { Viewer } from './viewer.js';

/*
 * Verified bearer tokens -> viewer, per process: a repeated token skips the signature check and the database for
 * up to `ttlMs` (never past the token's own expiry). Bounded (least recently used goes first). Revoking an API token
 * evicts it here at once; other processes keep it for at most `ttlMs` (the TTL is the bound on a revocation's reach
 * elsewhere, as for a lockout set by another process). Failures are never cached: each one is counted.
 */

export const VIEWER_CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 1000;

interface Entry {
  viewer: Viewer;
  expiresAtMs: number;
}

const databaseIds = new WeakMap<object, number>();
let nextDatabaseId = 0;

export class ViewerCache {
  private readonly entries = new Map<string, Entry>();
  /** API tokens revoked in this process: never cached again, even by a request that read the token before the revocation. */
  private readonly revoked = new Set<string>();

  constructor(
    private readonly maxEntries = MAX_ENTRIES,
    readonly ttlMs = VIEWER_CACHE_TTL_MS,
  ) {}

  /** The key for a token on one database (one process may serve several databases, as tests do). */
  key(database: object, token: string): string {
    let id = databaseIds.get(database);
    if (id === undefined) {
      id = nextDatabaseId++;
      databaseIds.set(database, id);
    }
    return `${id}:${createHash('sha256').update(token).digest('base64url')}`;
  }

  get(key: string, now = Date.now()): Viewer | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.expiresAtMs <= now) return null;
    this.entries.set(key, entry);
    return entry.viewer;
  }

  set(key: string, viewer: Viewer, tokenExpiresAtMs: number, now = Date.now()): void {
    const expiresAtMs = Math.min(now + this.ttlMs, tokenExpiresAtMs);
    if (expiresAtMs <= now || (viewer.apiTokenId && this.revoked.has(viewer.apiTokenId))) return;
    this.entries.delete(key);
    this.entries.set(key, { viewer, expiresAtMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** An API token was revoked: evicts it and keeps it out. */
  revoke(apiTokenId: string): number {
    if (this.revoked.size >= MAX_ENTRIES * 10) this.revoked.clear();
    this.revoked.add(apiTokenId);
    return this.forget({ apiTokenId });
  }

  /** Evicts every cached viewer of an API token or of a user (locked). */
  forget(match: { apiTokenId?: string; userId?: string }): number {
    let evicted = 0;
    for (const [key, { viewer }] of this.entries) {
      if ((match.apiTokenId && viewer.apiTokenId === match.apiTokenId) || (match.userId && viewer.user.rowId === match.userId)) {
        this.entries.delete(key);
        evicted += 1;
      }
    }
    return evicted;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The process's cache, shared by every app in the process. */
export const viewerCache = new ViewerCache();

/** Called when an API token is revoked: its next request in this process is checked against the database. */
export const forgetApiToken = (apiTokenId: string): number => viewerCache.revoke(apiTokenId);
