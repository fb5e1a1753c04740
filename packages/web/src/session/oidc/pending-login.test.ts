import { describe, expect, it } from 'vitest';
import { MAX_AGE_MS, savePendingLogin, takePendingLogin, type LoginStorage, type PendingLogin } from './pending-login.js';

function memoryStorage(): LoginStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const pending = (over: Partial<PendingLogin> = {}): PendingLogin => ({ state: 's'.repeat(43), nonce: 'n'.repeat(43), codeVerifier: 'v'.repeat(43), from: '/citizens', startedAt: 1_000, ...over });

describe('the pending login', () => {
  it('is found once: taking it removes it, so an answer cannot be redeemed twice', () => {
    const storage = memoryStorage();
    savePendingLogin(storage, pending());
    expect(takePendingLogin(storage, 2_000)).toEqual(pending());
    expect(takePendingLogin(storage, 2_000)).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('is dropped when too old, from the future, incomplete or unreadable', () => {
    const storage = memoryStorage();
    for (const [value, now] of [
      [pending(), 1_000 + MAX_AGE_MS + 1],
      [pending({ startedAt: 5_000 }), 2_000],
      [pending({ nonce: 'short' }), 2_000],
      [{ ...pending(), codeVerifier: undefined }, 2_000],
    ] as const) {
      storage.setItem('treklang.oidc-login', JSON.stringify(value));
      expect(takePendingLogin(storage, now)).toBeNull();
    }
    storage.setItem('treklang.oidc-login', '{not json');
    expect(takePendingLogin(storage, 2_000)).toBeNull();
    expect(storage.data.size).toBe(0);
  });

  it('returns only to a page of this app', () => {
    const storage = memoryStorage();
    savePendingLogin(storage, pending({ from: 'https://evil.example/' }));
    expect(takePendingLogin(storage, 2_000)?.from).toBe('/');
  });
});
