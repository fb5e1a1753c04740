import { describe, expect, it } from 'vitest';
import { LocalDraftStore, MAX_AGE_MS, restorePlan, type DraftStorage, type LocalDraft } from './local-draft-store.js';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
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
