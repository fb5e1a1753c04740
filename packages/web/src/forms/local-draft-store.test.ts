import { describe, expect, it } from 'vitest';
import { forgetLocalDrafts, LocalDraftStore, MAX_AGE_MS, restorePlan, type DraftListing, type DraftStorage, type LocalDraft } from './local-draft-store.js';

function memoryStorage(): DraftStorage & DraftListing & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
  };
}

const draft = (over: Partial<LocalDraft> = {}): LocalDraft => ({ responseId: 'R1', answers: { a: 'typed' }, base: { a: 'saved' }, baseVersion: 3, changedAt: 1_000, ...over });

describe('the local draft store', () => {
  it('keeps a draft per user and response and reads it back', () => {
    const storage = memoryStorage();
    const anne = new LocalDraftStore(storage, 'U-anne', () => 2_000);
    const bo = new LocalDraftStore(storage, 'U-bo', () => 2_000);
    expect(anne.write(draft())).toBe(true);
    expect(anne.read('R1')).toEqual(draft());
    expect(bo.read('R1')).toBeNull();
    expect(anne.read('R2')).toBeNull();
    anne.remove('R1');
    expect(anne.read('R1')).toBeNull();
  });

  it('removes a draft it cannot read, or one older than the maximum age', () => {
    const storage = memoryStorage();
    const store = new LocalDraftStore(storage, 'U', () => 1_000 + MAX_AGE_MS + 1);
    storage.setItem('treklang.form-draft.U.R1', '{not json');
    expect(store.read('R1')).toBeNull();
    expect(storage.data.size).toBe(0);
    storage.setItem('treklang.form-draft.U.R1', JSON.stringify({ ...draft(), baseVersion: 'three' }));
    expect(store.read('R1')).toBeNull();
    expect(storage.data.size).toBe(0);
    store.write(draft());
    expect(store.read('R1')).toBeNull();
  });

  it('says false instead of throwing when the browser refuses to store, and works without storage', () => {
    const full: DraftStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    expect(new LocalDraftStore(full, 'U').write(draft())).toBe(false);
    const none = new LocalDraftStore(null, 'U');
    expect(none.write(draft())).toBe(false);
    expect(none.read('R1')).toBeNull();
  });
});

describe('forgetting the drafts when the user changes', () => {
  it('removes every draft on logout, and nothing else the browser keeps', () => {
    const storage = memoryStorage();
    storage.setItem('treklang.language', 'en');
    new LocalDraftStore(storage, 'U-anne', () => 2_000).write(draft());
    new LocalDraftStore(storage, 'U-bo', () => 2_000).write(draft({ responseId: 'R2' }));
    forgetLocalDrafts(storage);
    expect([...storage.data.keys()]).toEqual(['treklang.language']);
  });

  it('after logout, a form closing on its way out cannot write its draft back; a store made afterwards can', () => {
    const storage = memoryStorage();
    const before = new LocalDraftStore(storage, 'U-anne', () => 2_000);
    expect(before.write(draft())).toBe(true);
    forgetLocalDrafts(storage);
    expect(before.write(draft())).toBe(false);
    expect(storage.data.size).toBe(0);
    const after = new LocalDraftStore(storage, 'U-anne', () => 2_000);
    expect(after.write(draft())).toBe(true);
    expect(after.read('R1')).toEqual(draft());
  });

  it('keeps the drafts of the user who logged in again and removes everybody else\u2019s', () => {
    const storage = memoryStorage();
    const anne = new LocalDraftStore(storage, 'U-anne', () => 2_000);
    anne.write(draft());
    new LocalDraftStore(storage, 'U-anne2', () => 2_000).write(draft());
    new LocalDraftStore(storage, 'U-bo', () => 2_000).write(draft({ responseId: 'R2' }));
    forgetLocalDrafts(storage, 'U-anne');
    expect([...storage.data.keys()]).toEqual(['treklang.form-draft.U-anne.R1']);
    // the same user's open forms go on keeping their drafts
    expect(anne.write(draft({ answers: { a: 'more' } }))).toBe(true);
    expect(anne.read('R1')?.answers).toEqual({ a: 'more' });
  });

  it('does nothing without a usable storage', () => {
    expect(() => forgetLocalDrafts(null)).not.toThrow();
    const broken: DraftListing = {
      get length(): number {
        throw new Error('SecurityError');
      },
      key: () => null,
      removeItem: () => {},
    };
    expect(() => forgetLocalDrafts(broken, 'U')).not.toThrow();
  });
});

describe('what to do with a local draft on load', () => {
  it('uses the server when there is no draft or the server already holds it', () => {
    expect(restorePlan(null, { version: 3, answers: { a: 'saved' } })).toEqual({ kind: 'server' });
    expect(restorePlan(draft({ answers: { a: 'saved' } }), { version: 5, answers: { a: 'saved' } })).toEqual({ kind: 'server' });
  });

  it('restores a draft typed on top of the server\u2019s current version', () => {
    expect(restorePlan(draft(), { version: 3, answers: { a: 'saved' } })).toEqual({ kind: 'restore', answers: { a: 'typed' } });
  });

  it('merges when the server moved on since the draft was typed', () => {
    expect(restorePlan(draft(), { version: 4, answers: { a: 'theirs' } })).toEqual({ kind: 'merge', base: { a: 'saved' }, mine: { a: 'typed' }, theirs: { a: 'theirs' } });
  });
});
