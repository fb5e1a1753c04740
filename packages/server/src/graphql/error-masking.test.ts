import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../ops/logger.js';
import { finalErrorHandler, formatErrors, internalErrorMessage } from './error-masking.js';

function sqlError(): Error {
  return Object.assign(new Error('SQLITE_ERROR: no such column: citizen.cpr_secret in SELECT * FROM citizen WHERE cpr = ?'), { name: 'QueryFailedError', code: 'SQLITE_ERROR', query: 'SELECT * FROM citizen', parameters: ['010190-1234'] });
}

describe('formatErrors', () => {
  it('masks an unexpected error in production: a generic bilingual message and an error id, logged without the message or parameters', () => {
    const logger = memoryLogger();
    const raw = new GraphQLError('SQLITE_ERROR: no such column', { originalError: sqlError(), path: ['citizen'] });
    const formatted = formatErrors({ mask: true, logger })({ message: raw.message, path: ['citizen'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, raw);
    const errorId = formatted.extensions?.errorId as string;
    expect(formatted).toEqual({ message: internalErrorMessage(errorId), path: ['citizen'], extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } });
    expect(formatted.message).toMatch(/^Der opstod en intern fejl; oplys fejl-id [0-9a-f-]{36} til support\. \/ An internal error occurred/);
    expect(logger.lines).toHaveLength(1);
    expect(JSON.parse(logger.lines[0])).toMatchObject({ level: 'error', msg: 'internal error', errorId, error: 'QueryFailedError', driverCode: 'SQLITE_ERROR', path: ['citizen'] });
    expect(logger.lines[0]).not.toMatch(/no such column|SELECT|010190/);
  });

  it('keeps the message in demo mode, still with an error id and without a stack trace', () => {
    const raw = new GraphQLError('boom', { originalError: new Error('boom') });
    const formatted = formatErrors({ mask: false, logger: memoryLogger() })({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, raw);
    expect(formatted.message).toBe('boom');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('leaves expected errors as they are, even in production', () => {
    const format = formatErrors({ mask: true, logger: memoryLogger() });
    for (const code of ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_PARSE_FAILED', 'NOT_FOUND', 'ACCOUNT_LOCKED']) {
      const formatted = format({ message: `a ${code} message`, extensions: { code, retryAfterSeconds: 5 } }, new GraphQLError('x'));
      expect(formatted).toEqual({ message: `a ${code} message`, extensions: { code, retryAfterSeconds: 5 } });
    }
  });

  it("treats Apollo Server's errors that carry a 4xx status but no code as BAD_REQUEST, with their message", () => {
    const raw = new GraphQLError('Unsupported persisted query version', { extensions: { http: { status: 400 } } });
    const formatted = formatErrors({ mask: true, logger: memoryLogger() })({ message: raw.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, raw);
    expect(formatted).toEqual({ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } });
  });

  it('names the token limit plainly, and drops "Did you mean" hints in production only', () => {
    const tokens = { message: 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    expect(formatErrors({ mask: false, logger: memoryLogger() })(tokens, new GraphQLError('x'))).toEqual({
      message: 'The query has more than 1000 tokens, the limit: ask for less in one request or split it.',
      extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens', max: 1000 },
    });
    const hint = { message: 'Cannot query field "cpx" on type "Citizen". Did you mean "cpr"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatErrors({ mask: true, logger: memoryLogger() })(hint, new GraphQLError('x')).message).toBe('Cannot query field "cpx" on type "Citizen".');
    expect(formatErrors({ mask: false, logger: memoryLogger() })(hint, new GraphQLError('x')).message).toBe(hint.message);
  });
});

describe('finalErrorHandler', () => {
  function call(error: unknown, mask: boolean, headersSent = false) {
    const logger = memoryLogger();
    const sent: { status?: number; body?: any; next?: unknown } = {};
    const res = {
      headersSent,
      status(code: number) {
        sent.status = code;
        return this;
      },
      json(body: unknown) {
        sent.body = body;
        return this;
      },
    } as unknown as Response;
    finalErrorHandler({ mask, logger })(error, {} as Request, res, ((passed: unknown) => (sent.next = passed)) as NextFunction);
    return { ...sent, logger };
  }

  it('answers an error that escaped the routes with a JSON 500 and an error id that is logged, never an HTML stack trace', () => {
    const { status, body, logger } = call(sqlError(), true);
    expect(status).toBe(500);
    const errorId = body.errors[0].extensions.errorId;
    expect(body).toEqual({ errors: [{ message: internalErrorMessage(errorId), extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } }] });
    expect(logger.lines.join()).toContain(errorId);
    expect(call(new Error('detail'), false).body.errors[0].message).toBe('detail');
  });

  it('keeps a client error (4xx from a parser or static files) as that status', () => {
    const { status, body } = call(Object.assign(new Error('URI malformed'), { status: 400, expose: true }), true);
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message: 'URI malformed', extensions: { code: 'BAD_REQUEST' } }] });
    expect(call(Object.assign(new Error('secret detail'), { status: 404, expose: false }), true).body.errors[0].message).toBe('Bad request.');
  });

  it('leaves a response already under way to Express', () => {
    const error = new Error('late');
    const passed = call(error, true, true);
    expect(passed.next).toBe(error);
    expect(passed.status).toBeUndefined();
  });
});
