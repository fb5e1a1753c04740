import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../ops/http-send.js';
import type { Logger } from '../ops/logger.js';
import type { RequestGate } from '../ops/request-gate.js';
import type { RequestTrace } from '../ops/request-log.js';
import { graphQLErrorBody } from './error-body.js';
import { escapedErrorResponse } from './error-masking.js';
import { readJsonBody } from './json-body.js';
import { requestShapeProblem } from './limits-http.js';
import { requireBearer } from './require-bearer.js';
import { writeGraphQLResponse } from './write-graphql-response.js';

/*
 * /graphql on node:http, straight into Apollo Server's own HTTP entry point (executeHTTPGraphQLRequest, which every
 * Apollo integration calls): rate limit, bearer token, JSON body, request shape, then Apollo, whose answer goes out
 * as it comes. Request logging and draining come before it, for every route (request-listener.ts).
 */

export interface GraphQLEndpointOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  throttle: RequestGate;
  context: (args: { req: IncomingMessage; trace: RequestTrace }) => Promise<C>;
  errors: { mask: boolean; logger: Logger };
}

export type GraphQLEndpoint = (req: IncomingMessage, res: ServerResponse, trace: RequestTrace, search: string) => Promise<void>;

/** The request headers as Apollo Server takes them: lower-case names, repeated values joined. */
function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export function graphqlEndpoint<C extends BaseContext>(options: GraphQLEndpointOptions<C>): GraphQLEndpoint {
  const { apollo, throttle, context, errors } = options;
  apollo.assertStarted('graphqlEndpoint()');
  return async (req, res, trace, search) => {
    try {
      if (!throttle(req, res) || !requireBearer(req, res)) return;
      const read = await readJsonBody(req);
      if (!read.ok) {
        sendJson(req, res, read.status, graphQLErrorBody(read.message, 'BAD_REQUEST'));
        return;
      }
      const refusal = requestShapeProblem(req.method, read.body, search);
      if (refusal) {
        sendJson(req, res, 400, refusal);
        return;
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method!.toUpperCase(), headers: headerMapOf(req), search, body: read.body },
        context: () => context({ req, trace }),
      });
      await writeGraphQLResponse(req, res, response);
    } catch (error) {
      if (!res.headersSent) {
        const { status, body } = escapedErrorResponse(error, errors);
        sendJson(req, res, status, body);
        return;
      }
      errors.logger.error('GraphQL response broken off', { requestId: trace.requestId, error: error instanceof Error ? error.name : 'unknown' });
      res.destroy();
    }
  };
}
