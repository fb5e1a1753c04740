import type { OidcLoginConfig } from '../login-config.js';
import type { StoredSession } from '../token-store.js';
import { checkIdToken, checkRefreshedIdToken, codeFromCallback } from './callback.js';
import { discoveryUrl, endpointsOf, type ProviderEndpoints } from './discovery.js';
import { LoginError, asLoginError } from './login-error.js';
import { savePendingLogin, takePendingLogin } from './pending-login.js';
import { codeChallenge, randomToken } from './pkce.js';
import { sessionTimes } from './session-times.js';
import { authorizationUrl, endSessionUrl, refreshRequestBody, safeReturnPath, tokenRequestBody } from './urls.js';

/*
 * The authorization-code flow with PKCE as a public client (no secret): start sends the browser to the provider,
 * complete redeems the code that comes back at the callback for an ID token, which the API then accepts as the
 * bearer token (its "aud" is the client ID, the audience the server verifies). When the provider also gives a
 * refresh token, renew trades it for a new ID token before the old one expires.
 */

const discoveries = new Map<string, Promise<ProviderEndpoints>>();

export function providerEndpoints(issuer: string): Promise<ProviderEndpoints> {
  let endpoints = discoveries.get(issuer);
  if (!endpoints) {
    endpoints = fetch(discoveryUrl(issuer), { headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new LoginError('unavailable', `The discovery document answered ${response.status}.`);
        return endpointsOf(await response.json(), issuer);
      })
      .catch((error: unknown) => {
        discoveries.delete(issuer);
        throw asLoginError(error);
      });
    discoveries.set(issuer, endpoints);
  }
  return endpoints;
}

const redirectUri = (config: OidcLoginConfig) => new URL(config.redirectPath, window.location.origin).href;

export async function startOidcLogin(config: OidcLoginConfig, from: string, language: string): Promise<void> {
  const endpoints = await providerEndpoints(config.issuer);
  const pending = { state: randomToken(), nonce: randomToken(), codeVerifier: randomToken(), from: safeReturnPath(from), startedAt: Date.now() };
  savePendingLogin(window.sessionStorage, pending);
  const url = authorizationUrl(endpoints.authorizationEndpoint, {
    clientId: config.clientId,
    redirectUri: redirectUri(config),
    scope: config.scope,
    state: pending.state,
    nonce: pending.nonce,
    codeChallenge: await codeChallenge(pending.codeVerifier),
    uiLocales: language,
  });
  window.location.assign(url);
}

interface Tokens {
  idToken: string;
  /** Absent when the provider gives none (then the session ends with the ID token). */
  refreshToken: string | null;
}

/** Thrown when the token endpoint answered with an error (the grant is refused), not when it could not be reached. */
class TokenRefused extends LoginError {}

async function requestTokens(endpoints: ProviderEndpoints, body: URLSearchParams): Promise<Tokens> {
  let response: Response;
  try {
    response = await fetch(endpoints.tokenEndpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body });
  } catch (error) {
    throw new LoginError('token', `The token endpoint could not be reached (${error instanceof Error ? error.message : String(error)}).`);
  }
  const answer = (await response.json().catch(() => ({}))) as { id_token?: unknown; refresh_token?: unknown; error?: unknown; error_description?: unknown };
  const detail = [answer.error ?? `HTTP ${response.status}`, answer.error_description].filter(Boolean).join(': ');
  if (response.status >= 500) throw new LoginError('token', detail);
  if (!response.ok) throw new TokenRefused('token', detail);
  if (typeof answer.id_token !== 'string') throw new TokenRefused('token', 'The token endpoint sent no ID token (is "openid" in the scope?).');
  return { idToken: answer.id_token, refreshToken: typeof answer.refresh_token === 'string' && answer.refresh_token ? answer.refresh_token : null };
}

const redeemCode = (endpoints: ProviderEndpoints, config: OidcLoginConfig, code: string, codeVerifier: string): Promise<Tokens> =>
  requestTokens(endpoints, tokenRequestBody({ code, redirectUri: redirectUri(config), clientId: config.clientId, codeVerifier }));

function sessionOf(tokens: Tokens, checked: { email: string; expiresAtMs: number }): StoredSession {
  return { token: tokens.idToken, email: checked.email, ...sessionTimes(checked.expiresAtMs, Date.now()), ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}) };
}

/** The API must know the user before the session starts; otherwise the login page would loop. */
async function confirmWithServer(token: string, language: string): Promise<void> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': language },
    body: JSON.stringify({ query: '{ viewer { id } }' }),
  }).catch(() => null);
  if (response?.ok) return;
  const body = (await response?.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
  const message = body?.errors?.[0]?.message ?? null;
  if (response?.status === 401) throw new LoginError('rejected', message);
  if (response?.status === 429) throw new LoginError('locked', message);
  throw new LoginError('unavailable', message ?? `Treklang answered ${response?.status ?? 'nothing'}.`);
}

export type CompletedLogin = { ok: true; session: StoredSession; from: string } | { ok: false; error: LoginError; from: string };

export async function completeOidcLogin(config: OidcLoginConfig, search: string, language: string): Promise<CompletedLogin> {
  const pending = takePendingLogin(window.sessionStorage);
  const from = pending?.from ?? '/';
  try {
    const code = codeFromCallback(search, pending?.state ?? null);
    const endpoints = await providerEndpoints(config.issuer);
    const tokens = await redeemCode(endpoints, config, code, pending!.codeVerifier);
    const checked = checkIdToken(tokens.idToken, { issuer: config.issuer, clientId: config.clientId, nonce: pending!.nonce });
    await confirmWithServer(tokens.idToken, language);
    return { ok: true, session: sessionOf(tokens, checked), from };
  } catch (error) {
    return { ok: false, error: asLoginError(error), from };
  }
}

/** A renewal's outcome; refused: the provider turned the refresh token down (revoked, expired), so it is of no more use. */
export type Renewal = { ok: true; session: StoredSession } | { ok: false; refused: boolean; error: LoginError };

/** Trades the session's refresh token for a new ID token (and, when the provider rotates them, a new refresh token). */
export async function renewOidcSession(config: OidcLoginConfig, session: StoredSession & { refreshToken: string }): Promise<Renewal> {
  try {
    const endpoints = await providerEndpoints(config.issuer);
    const tokens = await requestTokens(endpoints, refreshRequestBody({ refreshToken: session.refreshToken, clientId: config.clientId }));
    const checked = checkRefreshedIdToken(tokens.idToken, session.token, { issuer: config.issuer, clientId: config.clientId });
    return { ok: true, session: sessionOf({ idToken: tokens.idToken, refreshToken: tokens.refreshToken ?? session.refreshToken }, checked) };
  } catch (error) {
    const refused = error instanceof TokenRefused || (error instanceof LoginError && error.code === 'id-token');
    return { ok: false, refused, error: asLoginError(error) };
  }
}

/** Where to send the browser to end the provider's session too; null when it has no end-session endpoint. */
export async function providerLogoutUrl(config: OidcLoginConfig, idToken: string | null): Promise<string | null> {
  const { endSessionEndpoint } = await providerEndpoints(config.issuer);
  if (!endSessionEndpoint) return null;
  return endSessionUrl(endSessionEndpoint, { idToken, clientId: config.clientId, postLogoutRedirectUri: new URL('/login', window.location.origin).href });
}
