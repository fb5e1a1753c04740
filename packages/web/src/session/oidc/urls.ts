/*
 * The addresses and the form of the authorization-code flow (OpenID Connect Core 3.1, RFC 7636, RP-initiated
 * logout). Parameters are added to the endpoint's own query, which some providers use.
 */

export interface AuthorizationRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  nonce: string;
  codeChallenge: string;
  /** The UI language, as a hint for the provider's pages. */
  uiLocales?: string;
}

export function authorizationUrl(endpoint: string, request: AuthorizationRequest): string {
  const url = new URL(endpoint);
  const params = {
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    nonce: request.nonce,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    ...(request.uiLocales ? { ui_locales: request.uiLocales } : {}),
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/** The token request of a public client: no secret, the code verifier proves it started the login. */
export function tokenRequestBody(request: { code: string; redirectUri: string; clientId: string; codeVerifier: string }): URLSearchParams {
  return new URLSearchParams({ grant_type: 'authorization_code', code: request.code, redirect_uri: request.redirectUri, client_id: request.clientId, code_verifier: request.codeVerifier });
}

/**
 * Renewal with the refresh token (OpenID Connect Core 12.1): a public client sends its client ID and no secret; the
 * scope is left out, so the provider keeps the one granted at the login.
 */
export function refreshRequestBody(request: { refreshToken: string; clientId: string }): URLSearchParams {
  return new URLSearchParams({ grant_type: 'refresh_token', refresh_token: request.refreshToken, client_id: request.clientId });
}

export function endSessionUrl(endpoint: string, request: { idToken: string | null; clientId: string; postLogoutRedirectUri: string }): string {
  const url = new URL(endpoint);
  if (request.idToken) url.searchParams.set('id_token_hint', request.idToken);
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('post_logout_redirect_uri', request.postLogoutRedirectUri);
  return url.href;
}

/** The page to return to after the login: a path of this app only, never another site or the login itself. */
export function safeReturnPath(from: unknown): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/';
  if (from === '/login' || from.startsWith('/login/') || from.startsWith('/login?')) return '/';
  return from;
}
