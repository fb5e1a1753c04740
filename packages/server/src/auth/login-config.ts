import express, { type Router } from 'express';

/*
 * GET /auth/config: how the web app logs in, public (no token, no personal data). Demo mode: the demo-user picker.
 * Production: the authorization-code flow with PKCE at the OpenID Connect provider, as a public client; the web
 * app then sends the ID token, whose "aud" is the client ID, so the client ID must be (one of) the audience(s)
 * the server verifies (config.ts).
 */

export interface OidcClientSettings {
  /** Treklang's client ID at the provider (TREKLANG_OIDC_CLIENT_ID, default the audience). */
  clientId: string;
  /** Space-separated scopes asked for (TREKLANG_OIDC_SCOPE); always includes "openid". */
  scope: string;
}

export const DEFAULT_OIDC_SCOPE = 'openid email profile';
/** Where the provider sends the browser back; registered at the provider as <origin>/login/callback. */
export const OIDC_REDIRECT_PATH = '/login/callback';

export type LoginConfig = { mode: 'demo' } | { mode: 'oidc'; issuer: string; clientId: string; scope: string; redirectPath: string };

export function oidcLoginConfig(issuer: string, client: OidcClientSettings): LoginConfig {
  return { mode: 'oidc', issuer, clientId: client.clientId, scope: client.scope, redirectPath: OIDC_REDIRECT_PATH };
}

export function loginConfigRouter(config: LoginConfig): Router {
  const router = express.Router();
  router.get('/config', (_req, res) => {
    res.set('cache-control', 'no-cache').json(config);
  });
  return router;
}
