import { safeReturnPath } from './urls.js';

/*
 * What a login started in this tab must find again when the provider sends the browser back: the state, the nonce,
 * the code verifier and the page to return to. sessionStorage: only this tab and this site can read it. Taken once
 * (read and removed), and only within MAX_AGE_MS, so an answer cannot be replayed.
 */

export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The page the user was going to. */
  from: string;
  startedAt: number;
}

export type LoginStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY = 'treklang.oidc-login';
export const MAX_AGE_MS = 15 * 60 * 1000;

export function savePendingLogin(storage: LoginStorage, pending: PendingLogin): void {
  storage.setItem(KEY, JSON.stringify(pending));
}

export function takePendingLogin(storage: LoginStorage, now = Date.now()): PendingLogin | null {
  const raw = storage.getItem(KEY);
  storage.removeItem(KEY);
  try {
    const value = JSON.parse(raw ?? 'null') as Partial<PendingLogin> | null;
    const complete = value && [value.state, value.nonce, value.codeVerifier].every((v) => typeof v === 'string' && v.length >= 32) && typeof value.startedAt === 'number';
    if (!complete || now - value.startedAt! > MAX_AGE_MS || value.startedAt! > now) return null;
    return { state: value.state!, nonce: value.nonce!, codeVerifier: value.codeVerifier!, from: safeReturnPath(value.from), startedAt: value.startedAt! };
  } catch {
    return null;
  }
}
