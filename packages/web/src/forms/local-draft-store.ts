import type { Answers } from '@treklang/schema';
import { sameJson } from './answer-path.js';

/*
 * Unsaved answers kept in the browser (localStorage) per user and response, so that a reload or a crash in
 * the middle of typing loses nothing. A draft is removed as soon as the server holds the same answers, and
 * drafts older than MAX_AGE_MS are dropped, so personal data does not linger on a shared computer; logging out
 * removes them all (forgetLocalDrafts).
 */

export interface LocalDraft {
  responseId: string;
  /** What the viewer typed. */
  answers: Answers;
  /** The server's answers the typing started from, and their version. */
  base: Answers;
  baseVersion: number;
  /** Date.now() of the last change. */
  changedAt: number;
}

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** What forgetting drafts needs: to list the keys as well. */
export type DraftListing = Pick<Storage, 'length' | 'key' | 'removeItem'>;

export const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
const PREFIX = 'treklang.form-draft.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** This browser's localStorage, or null where it cannot be used (disabled, private mode). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Counts the times every draft was forgotten; a store made before the last time writes nothing any more. */
let forgottenTimes = 0;

/**
 * Removes the drafts kept in this browser: every one when the user logs out, or, given the user who just logged
 * in, every other user's (someone's session expired and another person logged in on the same computer). After
 * logging out, stores made before refuse to write, so a form page closing as the session ends (it keeps its
 * draft on the way out) cannot put the personal data back.
 */
export function forgetLocalDrafts(storage: DraftListing | null, keepUserId?: string): void {
  if (keepUserId === undefined) forgottenTimes += 1;
  if (!storage) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX) && (keepUserId === undefined || !key.startsWith(`${PREFIX}${keepUserId}.`))) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // a storage that cannot be used holds no drafts
  }
}

export class LocalDraftStore {
  private readonly madeAfter = forgottenTimes;

  constructor(
    private readonly storage: DraftStorage | null,
    private readonly userId: string,
    private readonly now: () => number = Date.now,
  ) {}

  private key(responseId: string): string {
    return `${PREFIX}${this.userId}.${responseId}`;
  }

  /** The stored draft, or null when there is none or it cannot be read (an unreadable one is removed). */
  read(responseId: string): LocalDraft | null {
    if (!this.storage) return null;
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.key(responseId));
    } catch {
      return null;
    }
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (
        isRecord(parsed) &&
        parsed.responseId === responseId &&
        isRecord(parsed.answers) &&
        isRecord(parsed.base) &&
        Number.isInteger(parsed.baseVersion) &&
        typeof parsed.changedAt === 'number' &&
        this.now() - parsed.changedAt <= MAX_AGE_MS
      ) {
        return parsed as unknown as LocalDraft;
      }
    } catch {
      // fall through: not JSON
    }
    this.remove(responseId);
    return null;
  }

  /** Stores the draft; false when the browser refuses (storage full or disabled). */
  write(draft: LocalDraft): boolean {
    if (!this.storage || this.madeAfter !== forgottenTimes) return false;
    try {
      this.storage.setItem(this.key(draft.responseId), JSON.stringify(draft));
      return true;
    } catch {
      return false;
    }
  }

  remove(responseId: string): void {
    try {
      this.storage?.removeItem(this.key(responseId));
    } catch {
      // nothing to remove from a storage that cannot be used
    }
  }
}

export type RestorePlan =
  | { kind: 'server' }
  /** The draft continues the server's current version: use it and save it. */
  | { kind: 'restore'; answers: Answers }
  /** The server moved on since the draft was typed: merge the two against the draft's base. */
  | { kind: 'merge'; base: Answers; mine: Answers; theirs: Answers };

/** What to do on load with a local draft and the server's response. */
export function restorePlan(draft: LocalDraft | null, server: { version: number; answers: Answers }): RestorePlan {
  if (!draft || sameJson(draft.answers, server.answers)) return { kind: 'server' };
  if (draft.baseVersion >= server.version) return { kind: 'restore', answers: draft.answers };
  return { kind: 'merge', base: draft.base, mine: draft.answers, theirs: server.answers };
}
