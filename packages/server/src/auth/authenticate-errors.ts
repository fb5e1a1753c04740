import { HeaderMap } from '@apollo/server';
import type { Locale } from '@treklang/schema';
import { GraphQLError } from 'graphql';
import { secondsUntil } from './lockout.js';

/*
 * The errors authentication answers with. Each carries, out of the response (a symbol property), what the audit
 * log needs to know about the failure: `authFailureOf(error)`.
 */

export interface AuthFailureDetail {
  /** UNAUTHENTICATED, INVALID_TOKEN, EXPIRED_TOKEN, REVOKED_TOKEN, UNKNOWN_USER, ACCOUNT_LOCKED, IDP_UNAVAILABLE. */
  reason: string;
  /** The account concerned when it could be identified (row IDs only, never an e-mail or a token). */
  userId?: string | null;
  organizationId?: string | null;
  userRole?: string | null;
  apiTokenId?: string | null;
  /** True when the account is locked (this failure locked it, or it already was). */
  locked?: boolean;
  lockedUntil?: string | null;
}

const AUTH_FAILURE = Symbol.for('treklang.authFailure');

function withDetail(error: GraphQLError, detail: AuthFailureDetail): GraphQLError {
  Object.defineProperty(error, AUTH_FAILURE, { value: detail, enumerable: false });
  return error;
}

/** What an error thrown by authenticate() says about the failed login, for the audit log; null for other errors. */
export function authFailureOf(error: unknown): AuthFailureDetail | null {
  return ((error as Record<symbol, AuthFailureDetail | undefined> | null)?.[AUTH_FAILURE] as AuthFailureDetail | undefined) ?? null;
}

export function unauthenticated(message: string, detail: AuthFailureDetail = { reason: 'UNAUTHENTICATED' }): GraphQLError {
  return withDetail(new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } }), detail);
}

const LOCKED_TEXT: Record<Locale, (minutes: number) => string> = {
  da: (minutes) => `Kontoen er midlertidigt låst efter for mange mislykkede login-forsøg. Prøv igen om ${minutes} ${minutes === 1 ? 'minut' : 'minutter'}.`,
  en: (minutes) => `The account is locked for a while after too many failed logins. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
};

export function lockedMessage(lockedUntil: string, locale: Locale = 'da', now = Date.now()): { message: string; retryAfterSeconds: number } {
  const retryAfterSeconds = secondsUntil(lockedUntil, now);
  return { message: LOCKED_TEXT[locale](Math.ceil(retryAfterSeconds / 60)), retryAfterSeconds };
}

/** 429 with Retry-After: the account is locked after repeated failed logins. */
export function accountLocked(lockedUntil: string, locale: Locale | undefined, detail: Omit<AuthFailureDetail, 'reason'>): GraphQLError {
  const { message, retryAfterSeconds } = lockedMessage(lockedUntil, locale);
  const error = new GraphQLError(message, {
    extensions: {
      code: 'ACCOUNT_LOCKED',
      retryAfterSeconds,
      lockedUntil,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
  return withDetail(error, { ...detail, reason: 'ACCOUNT_LOCKED', locked: true, lockedUntil });
}

/** 503: the identity provider's keys could not be fetched, so the token could not be checked. */
export function identityProviderUnavailable(): GraphQLError {
  const error = new GraphQLError('The identity provider could not be reached to check the token; try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new HeaderMap([['retry-after', '5']]) } },
  });
  return withDetail(error, { reason: 'IDP_UNAVAILABLE' });
}
