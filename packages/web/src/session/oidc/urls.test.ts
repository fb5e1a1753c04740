import { describe, expect, it } from 'vitest';
import { authorizationUrl, endSessionUrl, refreshRequestBody, safeReturnPath, tokenRequestBody } from './urls.js';

describe('the login addresses', () => {
  it('builds the authorization request with PKCE, state and nonce, keeping the endpoint\'s own query', () => {
    const url = new URL(
      authorizationUrl('https://login.kommune.example/authorize?tenant=hjoerring', {
        clientId: 'treklang',
        redirectUri: 'https://treklang.kommune.example/login/callback',
        scope: 'openid email profile',
        state: 's'.repeat(43),
        nonce: 'n'.repeat(43),
        codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        uiLocales: 'da',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://login.kommune.example/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: 'hjoerring',
      response_type: 'code',
      client_id: 'treklang',
      redirect_uri: 'https://treklang.kommune.example/login/callback',
      scope: 'openid email profile',
      state: 's'.repeat(43),
      nonce: 'n'.repeat(43),
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      ui_locales: 'da',
    });
  });

  it('redeems the code as a public client: the verifier, no secret', () => {
    const body = tokenRequestBody({ code: 'c&=1', redirectUri: 'https://t.example/login/callback', clientId: 'treklang', codeVerifier: 'v'.repeat(43) });
    expect(Object.fromEntries(body)).toEqual({ grant_type: 'authorization_code', code: 'c&=1', redirect_uri: 'https://t.example/login/callback', client_id: 'treklang', code_verifier: 'v'.repeat(43) });
    expect(body.toString()).toContain('code=c%26%3D1');
    expect(body.has('client_secret')).toBe(false);
  });

  it('renews with the refresh token as a public client: the client ID, no secret, the granted scope kept', () => {
    const body = refreshRequestBody({ refreshToken: 'r+/=', clientId: 'treklang' });
    expect(Object.fromEntries(body)).toEqual({ grant_type: 'refresh_token', refresh_token: 'r+/=', client_id: 'treklang' });
    expect(body.toString()).toContain('refresh_token=r%2B%2F%3D');
  });

  it('logs out at the provider with the ID token as hint and the login page to come back to', () => {
    const url = new URL(endSessionUrl('https://login.kommune.example/logout', { idToken: 'a.b.c', clientId: 'treklang', postLogoutRedirectUri: 'https://t.example/login' }));
    expect(Object.fromEntries(url.searchParams)).toEqual({ id_token_hint: 'a.b.c', client_id: 'treklang', post_logout_redirect_uri: 'https://t.example/login' });
    expect(new URL(endSessionUrl('https://login.kommune.example/logout', { idToken: null, clientId: 'treklang', postLogoutRedirectUri: 'https://t.example/login' })).searchParams.has('id_token_hint')).toBe(false);
  });

  it('returns only to a page of this app, never another site or the login itself', () => {
    expect(safeReturnPath('/citizens?q=jens')).toBe('/citizens?q=jens');
    expect(safeReturnPath('/')).toBe('/');
    for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'citizens', '', null, undefined, 42, '/login', '/login/callback?code=x', '/login?x=1']) {
      expect(safeReturnPath(bad)).toBe('/');
    }
    expect(safeReturnPath('/loginhelp')).toBe('/loginhelp');
  });
});
