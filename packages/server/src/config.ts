import { resolve } from 'node:path';
import { DEFAULT_OIDC_SCOPE, type OidcClientSettings } from './auth/login-config.js';
import { OIDC_ALGORITHMS, type OidcSettings } from './auth/oidc.js';
import { parseRateLimit } from './auth/rate-limit.js';
import { parseTrustedProxies } from './ops/client-address.js';

export type Mode = 'demo' | 'production';

export interface Config {
  port: number;
  databaseUrl: string;
  mode: Mode;
  /** Folder for the SQLite file and the demo signing key. */
  dataDir: string;
  /** Built web app to serve at /, when present (TREKLANG_WEB_DIST, default packages/web/dist). */
  webDist: string;
  /** The OpenID Connect provider (TREKLANG_OIDC_*), or null when not configured. */
  oidc: OidcSettings | null;
  /** How the web app logs in at that provider (TREKLANG_OIDC_CLIENT_ID, TREKLANG_OIDC_SCOPE); null with `oidc`. */
  oidcClient: OidcClientSettings | null;
  /** Requests per minute per bearer token (TREKLANG_RATE_LIMIT); 0: no limit. */
  rateLimitPerMinute: number;
  /** Reverse proxies in front of the server that add X-Forwarded-For (TREKLANG_TRUSTED_PROXIES); 0: none. */
  trustedProxies: number;
}

const repoRoot = resolve(import.meta.dirname, '../../..');

function oidcSettings(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.TREKLANG_OIDC_ISSUER?.trim();
  const audience = env.TREKLANG_OIDC_AUDIENCE?.trim();
  if (!issuer && !audience) return null;
  return {
    issuer: issuer ?? '',
    audience: audience ?? '',
    jwksUrl: env.TREKLANG_OIDC_JWKS_URL?.trim() || null,
    userClaim: env.TREKLANG_OIDC_USER_CLAIM?.trim() || 'email',
    algorithms: OIDC_ALGORITHMS,
  };
}

function oidcClientSettings(env: NodeJS.ProcessEnv, oidc: OidcSettings | null): OidcClientSettings | null {
  if (!oidc) return null;
  return {
    clientId: env.TREKLANG_OIDC_CLIENT_ID?.trim() || oidc.audience,
    scope: env.TREKLANG_OIDC_SCOPE?.trim().split(/\s+/).join(' ') || DEFAULT_OIDC_SCOPE,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.TREKLANG_MODE ?? 'demo';
  if (mode !== 'demo' && mode !== 'production') {
    throw new Error(`TREKLANG_MODE must be "demo" or "production", not "${mode}"`);
  }
  const dataDir = resolve(repoRoot, env.TREKLANG_DATA_DIR ?? 'data');
  const oidc = oidcSettings(env);
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL ?? `sqlite:${resolve(dataDir, 'treklang.db')}`,
    mode,
    dataDir,
    webDist: resolve(repoRoot, env.TREKLANG_WEB_DIST ?? 'packages/web/dist'),
    oidc,
    oidcClient: oidcClientSettings(env, oidc),
    rateLimitPerMinute: parseRateLimit(env.TREKLANG_RATE_LIMIT),
    trustedProxies: parseTrustedProxies(env.TREKLANG_TRUSTED_PROXIES),
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An https address, or http on this machine only (a local identity provider, tests). */
function problemWithUrl(name: string, value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${name} must be an absolute URL, e.g. https://login.kommune.dk/realms/treklang (got "${value}").`;
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return null;
  return `${name} must use https (http only for localhost), got "${value}".`;
}

/**
 * Why the server must not start in this configuration; empty when it may. Production mode refuses the demo signing
 * key and needs the OpenID Connect settings.
 */
export function startupProblems(config: Config, env: NodeJS.ProcessEnv = process.env): string[] {
  if (config.mode !== 'production') return [];
  const problems: string[] = [];
  if (env.TREKLANG_DEMO_KEY) problems.push('TREKLANG_DEMO_KEY is set: production mode does not accept demo tokens; remove it.');
  if (!config.oidc?.issuer) problems.push("TREKLANG_OIDC_ISSUER is missing: the OpenID Connect issuer, e.g. https://login.kommune.dk/realms/treklang (its tokens' \"iss\").");
  if (!config.oidc?.audience) problems.push('TREKLANG_OIDC_AUDIENCE is missing: the audience ("aud") the tokens are issued for, e.g. the client ID registered for Treklang.');
  for (const [name, value] of [['TREKLANG_OIDC_ISSUER', config.oidc?.issuer], ['TREKLANG_OIDC_JWKS_URL', config.oidc?.jwksUrl]] as const) {
    const problem = value ? problemWithUrl(name, value) : null;
    if (problem) problems.push(problem);
  }
  if (config.oidcClient && !config.oidcClient.scope.split(' ').includes('openid')) {
    problems.push(`TREKLANG_OIDC_SCOPE must include "openid" (the web app logs in with the ID token), got "${config.oidcClient.scope}".`);
  }
  return problems;
}

/**
 * What may well be wrong but need not be: the web app sends the ID token, whose "aud" is the client ID; with a
 * client ID other than the audience, only a provider that also puts the audience in its ID tokens lets people in.
 */
export function startupWarnings(config: Config): string[] {
  const client = config.oidcClient;
  if (config.mode !== 'production' || !client || !config.oidc || client.clientId === config.oidc.audience) return [];
  return [
    `TREKLANG_OIDC_CLIENT_ID ("${client.clientId}") differs from TREKLANG_OIDC_AUDIENCE ("${config.oidc.audience}"): the web app signs in with ID tokens, whose "aud" is the client ID; unless the provider adds the audience to them, every web login is refused. Leave TREKLANG_OIDC_CLIENT_ID unset to use the audience.`,
  ];
}

export { repoRoot };
