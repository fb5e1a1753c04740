import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { browserStorage, forgetLocalDrafts } from '../forms/local-draft-store.js';
import { closeOpenForms, saveOpenForms } from '../forms/open-forms.js';
import { graphql } from '../generated/gql.js';
import type { ViewerQuery } from '../generated/graphql.js';
import { COMMON_TEXTS } from '../i18n/common-texts.js';
import { useTexts } from '../i18n/language.js';
import { fetchLoginConfig } from './login-config.js';
import { providerLogoutUrl } from './oidc/oidc-login.js';
import { browserHandoffStore } from './handoff-store.js';
import { forgetHandoffs } from './renewal-handoff.js';
import { RENEWED_EVENT, renewSession } from './session-renewal.js';
import { demoLogin, readSession, writeSession, type StoredSession } from './token-store.js';

export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      role
      organization { id name kind }
    }
  }
`);

/** Fired on window when the API answers 401 and the session cannot be renewed: the session ends. */
export const UNAUTHENTICATED_EVENT = 'treklang:unauthenticated';

export type Viewer = ViewerQuery['viewer'];

interface SessionState {
  session: StoredSession | null;
  viewer: Viewer | null;
  loading: boolean;
  /** True when the API refused the token (expired): the login page says so. */
  expired: boolean;
  /** Demo mode: log in as a demo user. */
  login(email: string): Promise<void>;
  /** Starts the session with a token got elsewhere (the OpenID Connect callback). */
  adopt(session: StoredSession): Promise<void>;
  /**
   * Saves the open forms first (asking before anything unsaved is lost), then ends the session here (the refresh
   * token too, and the renewals left for other tabs) and, when the provider has an end-session endpoint, there too.
   */
  logout(): Promise<void>;
  /** True while logout saves the open forms (or asks about what it could not save). */
  loggingOut: boolean;
}

/** The provider's logout page for this token, or null (demo mode, or a provider without one). */
async function logoutUrlFor(idToken: string): Promise<string | null> {
  const config = await fetchLoginConfig();
  return config.mode === 'oidc' ? providerLogoutUrl(config, idToken) : null;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children, initial }: { children: ReactNode; initial: StoredSession | null }) {
  const client = useApolloClient();
  const [session, setSession] = useState<StoredSession | null>(initial);
  const [expired, setExpired] = useState(false);
  const current = useRef(session);
  useEffect(() => {
    current.current = session;
  }, [session]);
  const { data, loading } = useQuery(VIEWER_QUERY, { skip: !session, fetchPolicy: 'cache-first' });

  const adopt = useCallback(
    async (next: StoredSession) => {
      writeSession(next);
      await client.clearStore();
      setExpired(false);
      setSession(next);
    },
    [client],
  );
  const login = useCallback(async (email: string) => adopt(await demoLogin(email)), [adopt]);
  const end = useCallback(() => {
    writeSession(null);
    setSession(null);
    void client.clearStore();
  }, [client]);
  const t = useTexts(COMMON_TEXTS);
  const loggingOut = useRef(false);
  const [loggingOutNow, setLoggingOutNow] = useState(false);
  const logout = useCallback(async () => {
    if (loggingOut.current) return;
    loggingOut.current = true;
    setLoggingOutNow(true);
    try {
      if (!(await saveOpenForms()) && !window.confirm(t.logoutUnsaved)) return;
      const ending = current.current;
      closeOpenForms();
      forgetLocalDrafts(browserStorage());
      await forgetHandoffs(browserHandoffStore());
      end();
      if (ending) void logoutUrlFor(ending.token).then((url) => url && window.location.assign(url), () => undefined);
    } finally {
      loggingOut.current = false;
      setLoggingOutNow(false);
    }
  }, [end, t]);
  useEffect(() => {
    // The API refused the token: the session ends here only, and the login page says why.
    const onUnauthenticated = () => {
      if (current.current) setExpired(true);
      end();
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
  }, [end]);

  // OpenID Connect with a refresh token: the ID token is renewed shortly before it expires, while the tab is open.
  useEffect(() => {
    if (!session?.refreshToken) return;
    const timer = window.setTimeout(() => void renewSession(), Math.max(0, (session.renewAt ?? session.expiresAt) - Date.now()));
    return () => window.clearTimeout(timer);
  }, [session]);
  useEffect(() => {
    const onRenewed = (event: Event) => setSession((event as CustomEvent<StoredSession>).detail);
    window.addEventListener(RENEWED_EVENT, onRenewed);
    return () => window.removeEventListener(RENEWED_EVENT, onRenewed);
  }, []);

  // Someone else logged in after a session expired: the previous user's unsaved form drafts go.
  const viewerId = session ? data?.viewer.id : undefined;
  useEffect(() => {
    if (viewerId) forgetLocalDrafts(browserStorage(), viewerId);
  }, [viewerId]);

  const value = useMemo<SessionState>(
    () => ({ session, viewer: session ? (data?.viewer ?? null) : null, loading: Boolean(session) && loading, expired, login, adopt, logout, loggingOut: loggingOutNow }),
    [session, data, loading, expired, login, adopt, logout, loggingOutNow],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The logged-in viewer; only for pages behind the login (RequireViewer). */
export function useViewer(): Viewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer without a logged-in viewer');
  return viewer;
}

export { readSession };
