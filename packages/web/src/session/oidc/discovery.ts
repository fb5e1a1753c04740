import { LoginError } from './login-error.js';

/*
 * The provider's discovery document (<issuer>/.well-known/openid-configuration): where to send the browser, where
 * to redeem the code and where to log out. It must name the configured issuer, so that a document from elsewhere
 * cannot send the login to another provider.
 */

export interface ProviderEndpoints {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  /** RP-initiated logout; null when the provider has none. */
  endSessionEndpoint: string | null;
}

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function endpoint(document: Record<string, unknown>, name: string): string | null {
  const value = document[name];
  if (value === undefined || value === null) return null;
  try {
    const url = new URL(String(value));
    if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url.href;
  } catch {
    // falls through to the error below
  }
  throw new LoginError('unavailable', `The discovery document's ${name} is not an https address: ${String(value)}`);
}

export function endpointsOf(document: unknown, issuer: string): ProviderEndpoints {
  if (typeof document !== 'object' || document === null) throw new LoginError('unavailable', 'The discovery document is not a JSON object.');
  const fields = document as Record<string, unknown>;
  if (fields.issuer !== issuer) throw new LoginError('unavailable', `The discovery document names the issuer ${String(fields.issuer)}, not ${issuer}.`);
  const methods = fields.code_challenge_methods_supported;
  if (Array.isArray(methods) && !methods.includes('S256')) throw new LoginError('unavailable', 'The provider does not support PKCE with S256.');
  const authorizationEndpoint = endpoint(fields, 'authorization_endpoint');
  const tokenEndpoint = endpoint(fields, 'token_endpoint');
  if (!authorizationEndpoint || !tokenEndpoint) throw new LoginError('unavailable', 'The discovery document lacks authorization_endpoint or token_endpoint.');
  return { authorizationEndpoint, tokenEndpoint, endSessionEndpoint: endpoint(fields, 'end_session_endpoint') };
}
