import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import 'dkfds/dist/css/dkfds.min.css';
import './styles/app.css';
import { createApolloClient } from './apollo/client.js';
import { RefetchOnLanguageChange } from './apollo/refetch-on-language-change.js';
import { ROUTES } from './app/routes.js';
import { LanguageProvider } from './i18n/language.js';
import { renewSession } from './session/session-renewal.js';
import { SessionProvider, UNAUTHENTICATED_EVENT } from './session/session.js';
import { readRenewableSession, readSession } from './session/token-store.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const router = createBrowserRouter(ROUTES);
// The token expired or was revoked and cannot be renewed: the session ends and RequireViewer leads to the login and back.
const client = createApolloClient(() => window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT)), renewSession);

createRoot(root).render(
  <StrictMode>
    <LanguageProvider>
      <ApolloProvider client={client}>
        <RefetchOnLanguageChange />
        {/* After a reload with an expired ID token, a refresh token still carries the session: the API's 401 renews it. */}
        <SessionProvider initial={readSession() ?? readRenewableSession()}>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </LanguageProvider>
  </StrictMode>,
);
