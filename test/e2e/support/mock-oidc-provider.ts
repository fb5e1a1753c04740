import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startTestIssuer, TEST_AUDIENCE, type TestIssuer } from '../../../packages/server/src/auth/oidc-test-issuer.js';

/*
 * A small OpenID Connect provider for the browser tests, on the server's test issuer (its keys, JWKS and discovery):
 * /authorize approves the configured user at once and sends the browser back with a code and the state (or with
 * error=access_denied when told to); /token redeems a code once, for the redirect URI and client it was issued to,
 * and only with the code verifier whose S256 challenge came with it (PKCE), answering with an ID token that carries
 * the nonce and a refresh token; a refresh token is good for one renewal (rotation, as providers that detect reuse
 * do) and gives a new ID token about the same subject, without a nonce, and the next refresh token. /end-session
 * records the logout, revokes the refresh tokens and returns to the registered page. /token may be called
 * from any web page (CORS), as a browser app calls it.
 */

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string | null;
  email: string;
}

interface IssuedRefreshToken {
  clientId: string;
  email: string;
}

export interface MockProvider {
  issuer: string;
  clientId: string;
  /** Signs tokens with the published key (e.g. an expired ID token). */
  testIssuer: TestIssuer;
  /** The e-mail of whoever /authorize logs in. */
  user: { email: string };
  /** /authorize answers error=access_denied. */
  deny: boolean;
  /** /authorize shows a page with a link back (#continue) instead of redirecting, so a test can alter the answer. */
  hold: boolean;
  /** Seconds the ID tokens it issues are valid (300, Keycloak's default, unless a test shortens it). */
  idTokenLifetime: number;
  /** Revokes every refresh token issued so far (an administrator ended the user's sessions). */
  revokeRefreshTokens(): void;
  /** What each endpoint was asked, in order. */
  requests: { authorize: URLSearchParams[]; token: { params: URLSearchParams; status: number; error?: string }[]; endSession: URLSearchParams[] };
  /** The web app's origin: its /login/callback and /login are the registered redirect addresses. */
  registerApp(origin: string): void;
  close(): Promise<void>;
}

const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST, OPTIONS', 'access-control-allow-headers': 'content-type, accept' };

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
}

function redirect(res: ServerResponse, to: string): void {
  res.writeHead(302, { location: to }).end();
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

export async function startMockProvider(): Promise<MockProvider> {
  const codes = new Map<string, IssuedCode>();
  const refreshTokens = new Map<string, IssuedRefreshToken>();
  const redirectUris = new Set<string>();
  const postLogoutUris = new Set<string>();
  const requests: MockProvider['requests'] = { authorize: [], token: [], endSession: [] };

  const authorize = (params: URLSearchParams, res: ServerResponse) => {
    requests.authorize.push(params);
    const redirectUri = params.get('redirect_uri') ?? '';
    // A wrong client or redirect address is shown, never redirected to (OpenID Connect Core 3.1.2.6).
    if (params.get('client_id') !== provider.clientId || !redirectUris.has(redirectUri)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Unknown client_id or redirect_uri');
      return;
    }
    const back = new URL(redirectUri);
    const state = params.get('state');
    if (state !== null) back.searchParams.set('state', state);
    const challenge = params.get('code_challenge');
    if (params.get('response_type') !== 'code' || params.get('code_challenge_method') !== 'S256' || !challenge || !params.get('scope')?.split(' ').includes('openid')) {
      back.searchParams.set('error', 'invalid_request');
    } else if (provider.deny) {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_description', 'The user did not consent.');
    } else {
      const code = randomBytes(24).toString('base64url');
      codes.set(code, { clientId: provider.clientId, redirectUri, challenge, nonce: params.get('nonce'), email: provider.user.email });
      back.searchParams.set('code', code);
    }
    if (provider.hold) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><title>Provider</title><a id="continue" href="${back.href.replace(/&/g, '&amp;')}">Continue</a></html>`);
    } else {
      redirect(res, back.href);
    }
  };

  const token = async (req: IncomingMessage, res: ServerResponse) => {
    const params = await formBody(req);
    const refuse = (error: string, description: string) => {
      requests.token.push({ params, status: 400, error });
      send(res, 400, { error, error_description: description }, CORS);
    };
    const grant = params.get('grant_type');
    if (grant === 'refresh_token') return refresh(params, refuse, res);
    if (grant !== 'authorization_code') return refuse('unsupported_grant_type', 'Only authorization_code and refresh_token.');
    const code = params.get('code') ?? '';
    const issued = codes.get(code);
    // A code is good for one attempt, right or wrong.
    codes.delete(code);
    if (!issued) return refuse('invalid_grant', 'Unknown or used code.');
    if (params.get('client_id') !== issued.clientId || params.get('redirect_uri') !== issued.redirectUri) return refuse('invalid_grant', 'Another client or redirect_uri.');
    if (s256(params.get('code_verifier') ?? '') !== issued.challenge) return refuse('invalid_grant', 'PKCE verification failed.');
    await issueTokens(params, issued, issued.nonce, res);
  };

  const refresh = async (params: URLSearchParams, refuse: (error: string, description: string) => void, res: ServerResponse) => {
    const token = params.get('refresh_token') ?? '';
    const issued = refreshTokens.get(token);
    refreshTokens.delete(token);
    if (!issued) return refuse('invalid_grant', 'Unknown, used or revoked refresh token.');
    if (params.get('client_id') !== issued.clientId) return refuse('invalid_grant', 'Another client.');
    await issueTokens(params, issued, null, res);
  };

  const issueTokens = async (params: URLSearchParams, to: { clientId: string; email: string }, nonce: string | null, res: ServerResponse) => {
    const claims = { sub: `sub-${to.email}`, email: to.email, email_verified: true, ...(nonce ? { nonce } : {}) };
    const idToken = await testIssuer.sign(claims, { audience: to.clientId, expiresIn: provider.idTokenLifetime });
    const refreshToken = randomBytes(24).toString('base64url');
    refreshTokens.set(refreshToken, { clientId: to.clientId, email: to.email });
    requests.token.push({ params, status: 200 });
    send(res, 200, { access_token: randomBytes(24).toString('base64url'), token_type: 'Bearer', expires_in: provider.idTokenLifetime, id_token: idToken, refresh_token: refreshToken }, CORS);
  };

  const endSession = (params: URLSearchParams, res: ServerResponse) => {
    requests.endSession.push(params);
    refreshTokens.clear();
    const back = params.get('post_logout_redirect_uri');
    if (back && postLogoutUris.has(back)) redirect(res, back);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="en"><title>Logged out</title><p>Logged out</p></html>');
  };

  const testIssuer = await startTestIssuer({
    discovery: (issuer) => ({
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      end_session_endpoint: `${issuer}/end-session`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
    }),
    handle: (req, res) => {
      const url = new URL(req.url ?? '/', 'http://provider');
      if (url.pathname === '/authorize' && req.method === 'GET') authorize(url.searchParams, res);
      else if (url.pathname === '/token' && req.method === 'OPTIONS') res.writeHead(204, CORS).end();
      else if (url.pathname === '/token' && req.method === 'POST') void token(req, res);
      else if (url.pathname === '/end-session' && req.method === 'GET') endSession(url.searchParams, res);
      else return false;
      return true;
    },
  });

  const provider: MockProvider = {
    issuer: testIssuer.issuer,
    clientId: TEST_AUDIENCE,
    testIssuer,
    user: { email: '' },
    deny: false,
    hold: false,
    idTokenLifetime: 300,
    revokeRefreshTokens: () => refreshTokens.clear(),
    requests,
    registerApp(origin) {
      redirectUris.add(`${origin}/login/callback`);
      postLogoutUris.add(`${origin}/login`);
    },
    close: () => testIssuer.close(),
  };
  return provider;
}
