import { GraphQLError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { authFailureOf } from '../../auth/authenticate-errors.js';
import { clientAddressOf } from '../../ops/client-address.js';
import type { Logger } from '../../ops/logger.js';
import { recordAuthFailure } from './audit-auth-failure.js';
import { PURPOSE_HEADER } from './audit-purpose.js';

/*
 * Where a request came from, for the audit log: the client's address (ops/client-address.ts: the socket's, or behind
 * trusted proxies the one they forwarded), its user agent, the stated purpose header and the request id. It is taken while the
 * GraphQL context is built and hung on the context, where the audit plugin finds it.
 */

export interface AuditOrigin {
  ip: string | null;
  userAgent: string | null;
  purposeHeader: string | null;
  requestId: string | null;
}

const ORIGIN = Symbol('auditOrigin');

/** A header's value as Express's req.get gave it (node:http has already joined repeated ones). */
function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return value === undefined ? null : String(value);
}

export function originOf(req: IncomingMessage, requestId: string | null): AuditOrigin {
  return {
    ip: clientAddressOf(req),
    userAgent: header(req, 'user-agent'),
    purposeHeader: header(req, PURPOSE_HEADER),
    requestId,
  };
}

/** The origin attached to a context, if any. */
export function auditOriginOf(context: unknown): AuditOrigin | null {
  return ((context as Record<symbol, AuditOrigin | undefined> | null)?.[ORIGIN] as AuditOrigin | undefined) ?? null;
}

/** Enumerable, because Apollo copies the context's own enumerable properties (symbols included) per operation. */
function attachOrigin<T extends object>(context: T, origin: AuditOrigin): T {
  Object.defineProperty(context, ORIGIN, { value: origin, enumerable: true });
  return context;
}

const AUTH_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'ACCOUNT_LOCKED']);

/**
 * Wraps the GraphQL context function: the context gets the request's origin, and a request refused while the
 * context is built (an invalid, expired or revoked token, a locked account, an unreachable identity provider) is
 * logged as an AUTH_FAILURE entry before the error goes out, with what authentication says about it
 * (auth/authenticate-errors.ts: reason, the account when known, lockout).
 */
export function auditedContext<A extends { req: IncomingMessage; trace: { readonly requestId: string } }, C extends object>(
  db: DataSource,
  logger: Logger,
  build: (args: A) => Promise<C>,
): (args: A) => Promise<C> {
  return async (args) => {
    const origin = originOf(args.req, args.trace.requestId);
    try {
      return attachOrigin(await build(args), origin);
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
      const detail = authFailureOf(error);
      if (detail || AUTH_CODES.has(code)) {
        const failure = { ...origin, ...detail, reason: detail?.reason ?? code, message: (error as GraphQLError).message };
        await recordAuthFailure(db, failure).catch((auditError: unknown) =>
          logger.error('audit entry for a refused request could not be written', { requestId: origin.requestId, error: auditError instanceof Error ? auditError.name : 'unknown' }),
        );
      }
      throw error;
    }
  };
}
