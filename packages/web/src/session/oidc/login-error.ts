/** Why a login through the provider failed; the pages say it in words (login-error-texts.ts). */
export type LoginErrorCode =
  /** /auth/config or the provider's discovery document could not be read. */
  | 'unavailable'
  /** The answer does not belong to a login started in this tab (state missing, old or altered). */
  | 'state'
  /** The user declined, or the provider does not let this user use Treklang (error=access_denied). */
  | 'denied'
  /** The provider answered with another error. */
  | 'provider'
  /** The token endpoint refused the code or could not be reached. */
  | 'token'
  /** The ID token is not for this login (nonce, issuer, audience or expiry). */
  | 'id-token'
  /** Treklang refused the token: no user matches it. */
  | 'rejected'
  /** The account is locked after too many failed logins. */
  | 'locked';

export class LoginError extends Error {
  constructor(
    readonly code: LoginErrorCode,
    /** Technical detail (the provider's error code, the server's message), shown small under the explanation. */
    readonly detail: string | null = null,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'LoginError';
  }
}

export function asLoginError(error: unknown): LoginError {
  return error instanceof LoginError ? error : new LoginError('unavailable', error instanceof Error ? error.message : String(error));
}
