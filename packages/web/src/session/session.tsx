import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../generated/gql.js';
import type { ViewerQuery } from '../generated/graphql.js';
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

/** Fired on window when the API answers 401: the session ends. */
export const UNAUTHENTICATED_EVENT = 'treklang:unauthenticated';

export type Viewer = ViewerQuery['viewer'];

interface SessionState {
  session: StoredSession | null;
  viewer: Viewer | null;
  loading: boolean;
  login(email: string): Promise<void>;
  logout(): void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children, initial }: { children: ReactNode; initial: StoredSession | null }) {
  const client = useApolloClient();
  const [session, setSession] = useState<StoredSession | null>(initial);
  const { data, loading } = useQuery(VIEWER_QUERY, { skip: !session, fetchPolicy: 'cache-first' });

  const login = useCallback(
    async (email: string) => {
      const next = await demoLogin(email);
      writeSession(next);
      await client.clearStore();
      setSession(next);
    },
    [client],
  );
  const logout = useCallback(() => {
    writeSession(null);
    setSession(null);
    void client.clearStore();
  }, [client]);
  useEffect(() => {
    window.addEventListener(UNAUTHENTICATED_EVENT, logout);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, logout);
  }, [logout]);

  const value = useMemo<SessionState>(
    () => ({ session, viewer: session ? (data?.viewer ?? null) : null, loading: Boolean(session) && loading, login, logout }),
    [session, data, loading, login, logout],
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
