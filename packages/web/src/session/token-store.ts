/**
 * The bearer token of this browser tab, and the refresh token that renews it. sessionStorage: it survives a reload
 * (nothing typed is lost) but not the tab, and other sites cannot read it. Expired tokens are dropped on read;
 * logging out removes both.
 */
const KEY = 'treklang.session';

export interface StoredSession {
  token: string;
  email: string;
  expiresAt: number;
  /** OpenID Connect, when the provider gave one: renews the ID token (never in demo mode). */
  refreshToken?: string;
  /** When to renew the ID token with the refresh token. */
  renewAt?: number;
}

function stored(): StoredSession | null {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as StoredSession | null;
    return parsed && typeof parsed.token === 'string' && typeof parsed.expiresAt === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

export function readSession(now = Date.now()): StoredSession | null {
  const session = stored();
  return session && session.expiresAt > now ? session : null;
}

/** The session with a refresh token, its ID token expired or not: what a renewal starts from. */
export function readRenewableSession(): (StoredSession & { refreshToken: string }) | null {
  const session = stored();
  return session && typeof session.refreshToken === 'string' ? (session as StoredSession & { refreshToken: string }) : null;
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
