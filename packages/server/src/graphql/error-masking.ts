import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../ops/logger.js';
import { graphQLErrorBody, type GraphQLErrorBody } from './error-body.js';

/*
 * What a client learns from an error. Expected errors (parse, validation, limits, authentication, authorisation,
 * bad input, business rules: every error thrown with a code) keep their message. An unexpected one (a bug, a failed
 * SQL statement, a thrown Error without a code) gets an error id, which is logged with the error's name, driver
 * code and stack; in production its message is replaced by a generic one, so no SQL, table name or internal detail
 * leaves the server. Stack traces are never sent (Apollo's includeStacktraceInErrorResponses is off).
 */

export const INTERNAL_ERROR_CODE = 'INTERNAL_SERVER_ERROR';

export function internalErrorMessage(errorId: string): string {
  return `Der opstod en intern fejl; oplys fejl-id ${errorId} til support. / An internal error occurred; quote error id ${errorId} to support.`;
}

/** graphql-js says "more that N tokens" (sic); the limit is named plainly instead. */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;
/** Validation's "Did you mean ...?" hints, which spell out the schema to those who may not introspect it. */
const SUGGESTION = / ?Did you mean .*\?$/;

interface Unexpected {
  name?: string;
  code?: unknown;
  stack?: string;
}

function logUnexpected(logger: Logger, errorId: string, formatted: GraphQLFormattedError, raw: unknown): void {
  const original = (unwrapResolverError(raw) ?? {}) as Unexpected;
  const driverCode = typeof original.code === 'string' || typeof original.code === 'number' ? String(original.code).slice(0, 40) : undefined;
  logger.error('internal error', {
    errorId,
    error: typeof original.name === 'string' ? original.name : 'unknown',
    driverCode,
    path: formatted.path?.map(String),
    stack: (original.stack ?? '').split('\n').slice(1, 6).map((line) => line.trim()),
  });
}

/** Apollo Server's formatError: `mask` in production mode. */
export function formatErrors(options: { mask: boolean; logger: Logger }): (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError {
  return (formatted, raw) => {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    // Apollo Server's own client errors (e.g. an unsupported persisted query version) carry a 4xx status but no code.
    const code = formatted.extensions?.code === INTERNAL_ERROR_CODE && clientStatus(raw) ? 'BAD_REQUEST' : formatted.extensions?.code;
    if (code === undefined || code === INTERNAL_ERROR_CODE) {
      const errorId = randomUUID();
      logUnexpected(options.logger, errorId, formatted, raw);
      return {
        message: options.mask ? internalErrorMessage(errorId) : formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: options.mask ? { code: INTERNAL_ERROR_CODE, errorId } : { ...extensions, code: INTERNAL_ERROR_CODE, errorId },
      };
    }
    const tokens = TOO_MANY_TOKENS.exec(formatted.message);
    if (tokens) {
      const max = Number(tokens[1]);
      return { ...formatted, message: `The query has more than ${max} tokens, the limit: ask for less in one request or split it.`, extensions: { ...extensions, limit: 'tokens', max } };
    }
    if (options.mask && code === 'GRAPHQL_VALIDATION_FAILED' && SUGGESTION.test(formatted.message)) {
      return { ...formatted, message: formatted.message.replace(SUGGESTION, ''), extensions };
    }
    return { ...formatted, extensions: { ...extensions, code } };
  };
}

function clientStatus(raw: unknown): boolean {
  const status = (raw as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** What a client gets for an error that escaped a route: a 4xx error keeps its status, anything else is a 500 with an error id (logged). */
export function escapedErrorResponse(error: unknown, options: { mask: boolean; logger: Logger }): { status: number; body: GraphQLErrorBody } {
  const { status, expose, message: clientMessage } = (error ?? {}) as { status?: unknown; expose?: unknown; message?: unknown };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: graphQLErrorBody(expose === true && typeof clientMessage === 'string' ? clientMessage : 'Bad request.', 'BAD_REQUEST') };
  }
  const errorId = randomUUID();
  logUnexpected(options.logger, errorId, { message: '' }, error);
  const message = options.mask || !(error instanceof Error) ? internalErrorMessage(errorId) : error.message;
  return { status: 500, body: graphQLErrorBody(message, INTERNAL_ERROR_CODE, { errorId }) };
}

/**
 * The last Express error handler: whatever escaped the routes becomes JSON (escapedErrorResponse), never
 * Express's HTML page with a stack trace.
 */
export function finalErrorHandler(options: { mask: boolean; logger: Logger }): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, body } = escapedErrorResponse(error, options);
    res.status(status).json(body);
  };
}
