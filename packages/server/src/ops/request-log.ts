import type { ApolloServerPlugin } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer.js';
import type { Logger } from './logger.js';

/*
 * One log line per HTTP request: request id, method, path (never the query string, which can hold GraphQL
 * variables), status, duration, and for GraphQL the operation name, user id, organisation id and error codes.
 * The request id comes from a well-formed X-Request-Id header (so a load balancer's id carries through) or is
 * made here, and is always sent back in X-Request-Id.
 */

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const QUIET_PATHS = new Set(['/healthz', '/readyz']);

/** What the GraphQL layer adds to a request's log line. */
export interface GraphQLLogRecord {
  requestId: string;
  operationName?: string | null;
  userId?: string;
  organizationId?: string;
  errorCodes?: string[];
}

/** One request as its log line will tell it: its id, and what the GraphQL layer adds. */
export interface RequestTrace {
  readonly requestId: string;
  graphql?: GraphQLLogRecord;
}

const RECORD = Symbol('graphqlLogRecord');

/** The GraphQL part of the request's log line, created on first use. */
export function graphqlLogRecord(trace: RequestTrace): GraphQLLogRecord {
  trace.graphql ??= { requestId: trace.requestId };
  return trace.graphql;
}

/** Notes who asked, once the viewer is known. */
export function recordViewer(record: GraphQLLogRecord, viewer: Viewer): void {
  record.userId = viewer.user.rowId;
  record.organizationId = viewer.organization.rowId;
}

/**
 * Hangs the record on a GraphQL context object without making it part of the Context type. Enumerable, because
 * Apollo copies the context's own enumerable properties (symbols included) for each operation it runs.
 */
export function attachLogRecord<T extends object>(context: T, record: GraphQLLogRecord): T {
  Object.defineProperty(context, RECORD, { value: record, enumerable: true });
  return context;
}

/** Starts the request's log line, written when the response finishes or the connection closes; `path` without the query string. */
export function requestLogging(logger: Logger): (req: IncomingMessage, res: ServerResponse, path: string) => RequestTrace {
  return (req, res, path) => {
    const started = process.hrtime.bigint();
    const offered = req.headers['x-request-id'];
    const requestId = typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
    const trace: RequestTrace = { requestId };
    res.setHeader('x-request-id', requestId);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      if (QUIET_PATHS.has(path) && res.statusCode === 200) return;
      const graphql = trace.graphql;
      logger.info('request', {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        aborted: res.writableFinished ? undefined : true,
        operationName: graphql?.operationName ?? undefined,
        userId: graphql?.userId,
        organizationId: graphql?.organizationId,
        errorCodes: graphql?.errorCodes?.length ? graphql.errorCodes : undefined,
      });
    };
    res.once('finish', done);
    res.once('close', done);
    return trace;
  };
}

/** Apollo plugin: fills in the operation name and error codes, and logs unexpected errors (name and stack, no data). */
export function graphqlLogging(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          const record = (rc.contextValue as Record<symbol, GraphQLLogRecord | undefined>)[RECORD];
          const codes = rc.errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          if (record) record.errorCodes = codes;
          for (const error of rc.errors) {
            const original = error.originalError;
            if (!original || error.extensions?.code) continue;
            logger.error('unexpected error in a GraphQL request', {
              requestId: record?.requestId,
              operationName: rc.operationName ?? undefined,
              error: original.name,
              stack: (original.stack ?? '').split('\n').slice(1, 6).map((line) => line.trim()),
            });
          }
        },
        async willSendResponse(rc) {
          const record = (rc.contextValue as Record<symbol, GraphQLLogRecord | undefined>)[RECORD];
          if (record) record.operationName = rc.operationName ?? null;
        },
      };
    },
  };
}
