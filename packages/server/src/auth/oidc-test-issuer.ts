import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64url, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

/*
 * Tests only: a local OpenID Connect provider on 127.0.0.1 that serves a discovery document and a JWKS (one RS256
 * and one ES256 key) and signs tokens, plus a key pair it does not publish, to forge with. Both documents may be
 * read from any web page (CORS), as a browser app reads them; a caller can add endpoints (test/e2e's login flow).
 */

export interface TestIssuerOptions {
  /** More of the discovery document (e.g. authorization_endpoint), given the issuer's address. */
  discovery?: (issuer: string) => Record<string, unknown>;
  /** Answers a request the issuer does not (true when it did); unanswered ones get 404. */
  handle?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface SignOptions {
  alg?: 'RS256' | 'ES256';
  /** Sign with the unpublished key (a forgery) under the published key's kid. */
  forged?: boolean;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  kid?: string;
}

export interface TestIssuer {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** How often the JWKS and the discovery document were fetched. */
  fetches: { jwks: number; discovery: number };
  sign(claims: JWTPayload, options?: SignOptions): Promise<string>;
  /** An unsigned token (alg "none") with these claims. */
  unsigned(claims: JWTPayload): string;
  close(): Promise<void>;
}

export const TEST_AUDIENCE = 'treklang-test-client';

export async function startTestIssuer(options: TestIssuerOptions = {}): Promise<TestIssuer> {
  const rsa = await generateKeyPair('RS256');
  const ec = await generateKeyPair('ES256');
  const stranger = await generateKeyPair('RS256');
  const jwks = {
    keys: [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ],
  };
  const fetches = { jwks: 0, discovery: 0 };
  let issuer = '';
  const server: Server = createServer((req, res) => {
    const json = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
    if (req.url === '/jwks.json') {
      fetches.jwks += 1;
      res.writeHead(200, json).end(JSON.stringify(jwks));
    } else if (req.url === '/.well-known/openid-configuration') {
      fetches.discovery += 1;
      res.writeHead(200, json).end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks.json`, ...options.discovery?.(issuer) }));
    } else if (!options.handle?.(req, res)) {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const keyFor = (alg: 'RS256' | 'ES256', forged: boolean): { key: CryptoKey; kid: string } =>
    forged ? { key: stranger.privateKey, kid: 'rsa-1' } : alg === 'ES256' ? { key: ec.privateKey, kid: 'ec-1' } : { key: rsa.privateKey, kid: 'rsa-1' };

  return {
    issuer,
    audience: TEST_AUDIENCE,
    jwksUrl: `${issuer}/jwks.json`,
    fetches,
    async sign(claims, options = {}) {
      const alg = options.forged ? 'RS256' : (options.alg ?? 'RS256');
      const { key, kid } = keyFor(alg, options.forged ?? false);
      return new SignJWT(claims)
        .setProtectedHeader({ alg, kid: options.kid ?? kid })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? TEST_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + (options.expiresIn ?? 300))
        .sign(key);
    },
    unsigned(claims) {
      const now = Math.floor(Date.now() / 1000);
      const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
      const payload = base64url.encode(JSON.stringify({ iss: issuer, aud: TEST_AUDIENCE, iat: now, exp: now + 300, ...claims }));
      return `${header}.${payload}.`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token with its payload replaced (signature kept): what an attacker editing a real token sends. */
export function tamper(token: string, change: (payload: Record<string, unknown>) => Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
  return `${header}.${base64url.encode(JSON.stringify(change(claims)))}.${signature}`;
}
