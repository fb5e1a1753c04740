/**
 * The bearer token of this browser tab. sessionStorage: it survives a reload (nothing typed is lost) but not the
 * tab, and other sites cannot read it. Expired tokens are dropped on read.
 */
const KEY = 'treklang.session';

export interface StoredSession {
  token: string;
  email: string;
  expiresAt: number;
}

export function readSession(now = Date.now()): StoredSession | null {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as StoredSession | null;
    if (!parsed || typeof parsed.token !== 'string' || parsed.expiresAt <= now) return null;
    return parsed;
  } catch {
    return null;
  }
}

export function writeSession(session: StoredSession | null): void {
  if (session) window.sessionStorage.setItem(KEY, JSON.stringify(session));
  else window.sessionStorage.removeItem(KEY);
}

/** Asks the server (demo mode) for a token for a demo user. */
export async function demoLogin(email: string): Promise<StoredSession> {
  const response = await fetch('/auth/demo-login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; expiresIn?: number; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `Login failed (${response.status})`);
  return { token: body.token, email, expiresAt: Date.now() + (body.expiresIn ?? 3600) * 1000 - 60_000 };
}
