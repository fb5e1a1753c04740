import { LoginError } from './oidc/login-error.js';

/** How this server lets people log in (GET /auth/config): the demo-user picker or the OpenID Connect provider. */
export type LoginConfig = { mode: 'demo' } | OidcLoginConfig;

export interface OidcLoginConfig {
  mode: 'oidc';
  issuer: string;
  clientId: string;
  scope: string;
  /** Where the provider sends the browser back, e.g. /login/callback. */
  redirectPath: string;
}

let cached: Promise<LoginConfig> | null = null;

/** Asked once per page load; asked again after a failure. */
export function fetchLoginConfig(): Promise<LoginConfig> {
  cached ??= fetch('/auth/config', { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new LoginError('unavailable', `/auth/config answered ${response.status}`);
      return (await response.json()) as LoginConfig;
    })
    .catch((error: unknown) => {
      cached = null;
      throw error instanceof LoginError ? error : new LoginError('unavailable', error instanceof Error ? error.message : String(error));
    });
  return cached;
}
