import { describe, expect, it } from 'vitest';
import { forgetHandoffs, HANDOFF_LIFETIME_MS, handoffKey, leaveHandoff, readHandoff, sha256Base64Url, type HandoffStore } from './renewal-handoff.js';
import type { StoredSession } from './token-store.js';

function memoryStore(): HandoffStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    entries: async () => [...data.entries()],
    put: async (key, record) => void data.set(key, structuredClone(record)),
    remove: async (keys) => {
      for (const key of keys) data.delete(key);
    },
    clear: async () => data.clear(),
  };
}

const renewed = (over: Partial<StoredSession> = {}): StoredSession => ({ token: 'id-token-2', email: 'a@test.example', expiresAt: 300_000, renewAt: 270_000, refreshToken: 'refresh-2', ...over });
const fakeHash = async (text: string) => `hash(${text})`;

describe('the renewal handed over between tabs', () => {
  it('is found by every tab that holds the refresh token it was made with, and by no other', async () => {
    const store = memoryStore();
    await leaveHandoff(store, await handoffKey('refresh-1', fakeHash), renewed(), 1_000);
    const key = await handoffKey('refresh-1', fakeHash);
    expect(await readHandoff(store, key, 2_000)).toEqual(renewed());
    expect(await readHandoff(store, key, 3_000)).toEqual(renewed());
    expect(await readHandoff(store, await handoffKey('refresh-other', fakeHash), 2_000)).toBeNull();
  });

  it('is kept under the SHA-256 of the used refresh token in base64url, never under the token', async () => {
    const store = memoryStore();
    const key = await handoffKey('refresh-1');
    await leaveHandoff(store, key, renewed(), 1_000);
    // As node:crypto's createHash('sha256').update('refresh-1').digest('base64url') gives it.
    expect(await sha256Base64Url('refresh-1')).toBe('vUc-Xc3OJRDC308MWlSmBfo2R_50r64gqM24uRsaH2M');
    expect([...store.data.keys()]).toEqual(['vUc-Xc3OJRDC308MWlSmBfo2R_50r64gqM24uRsaH2M']);
    expect(await readHandoff(store, 'refresh-1', 2_000)).toBeNull();
  });

  it('lasts HANDOFF_LIFETIME_MS: an expired record is not adopted, and is swept when records are read or written', async () => {
    const store = memoryStore();
    const old = await handoffKey('refresh-old', fakeHash);
    await leaveHandoff(store, old, renewed(), 1_000);
    expect(await readHandoff(store, old, 1_000 + HANDOFF_LIFETIME_MS - 1)).not.toBeNull();
    expect(await readHandoff(store, old, 1_000 + HANDOFF_LIFETIME_MS)).toBeNull();
    expect(store.data.size).toBe(0);

    await leaveHandoff(store, old, renewed(), 1_000);
    const next = await handoffKey('refresh-next', fakeHash);
    await leaveHandoff(store, next, renewed({ token: 'id-token-3' }), 1_000 + HANDOFF_LIFETIME_MS);
    expect([...store.data.keys()]).toEqual([next]);
  });

  it('sweeps records it cannot read or that claim to last longer than a record may', async () => {
    const store = memoryStore();
    store.data.set('a', 'not a record');
    store.data.set('b', { session: { token: 'x' }, expiresAt: 5_000 });
    store.data.set('c', { session: renewed(), expiresAt: 1_000 + HANDOFF_LIFETIME_MS + 1 });
    store.data.set('d', { session: renewed(), expiresAt: 5_000 });
    expect(await readHandoff(store, 'c', 1_000)).toBeNull();
    expect([...store.data.keys()]).toEqual(['d']);
  });

  it('is gone after logging out, every record of it', async () => {
    const store = memoryStore();
    await leaveHandoff(store, await handoffKey('refresh-1', fakeHash), renewed(), 1_000);
    await leaveHandoff(store, await handoffKey('refresh-2', fakeHash), renewed(), 1_000);
    await forgetHandoffs(store);
    expect(store.data.size).toBe(0);
    expect(await readHandoff(store, await handoffKey('refresh-1', fakeHash), 1_000)).toBeNull();
  });

  it('does without a store, or with one that fails (no IndexedDB, private mode)', async () => {
    const key = await handoffKey('refresh-1', fakeHash);
    await leaveHandoff(null, key, renewed());
    expect(await readHandoff(null, key)).toBeNull();
    await forgetHandoffs(null);
    const failing: HandoffStore = { entries: () => Promise.reject(new Error('broken')), put: () => Promise.reject(new Error('broken')), remove: () => Promise.reject(new Error('broken')), clear: () => Promise.reject(new Error('broken')) };
    await leaveHandoff(failing, key, renewed());
    expect(await readHandoff(failing, key)).toBeNull();
    await forgetHandoffs(failing);
  });
});
