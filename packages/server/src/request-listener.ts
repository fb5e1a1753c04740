import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { GraphQLEndpoint } from './graphql/http-endpoint.js';
import { recordClientAddress } from './ops/client-address.js';
import type { RequestTrace } from './ops/request-log.js';
import { requestTarget } from './ops/request-url.js';
import type { Drain } from './ops/shutdown.js';

/*
 * The server's one request listener: every request gets its client address, is logged and counted in flight (or refused while draining);
 * then /graphql goes straight to the GraphQL endpoint and everything else to the Express app.
 */

export interface RequestListenerParts {
  logRequest: (req: IncomingMessage, res: ServerResponse, path: string) => RequestTrace;
  drain: Drain;
  graphql: GraphQLEndpoint;
  /** The Express app (health checks, /auth, the explorer, the web app). */
  rest: (req: IncomingMessage, res: ServerResponse) => void;
  /** Reverse proxies in front of the server whose X-Forwarded-For is believed (ops/client-address.ts). */
  trustedProxies: number;
}

/** The paths Express's app.use('/graphql') matched: /graphql and below, in any letter case. */
const GRAPHQL_PATH = /^\/graphql(?:\/|$)/i;

export function requestListener(parts: RequestListenerParts): RequestListener {
  const { logRequest, drain, graphql, rest, trustedProxies } = parts;
  return (req, res) => {
    recordClientAddress(req, trustedProxies);
    const { path, search } = requestTarget(req.url ?? '/');
    const trace = logRequest(req, res, path);
    if (!drain.admit(req, res)) return;
    if (GRAPHQL_PATH.test(path)) void graphql(req, res, trace, search);
    else rest(req, res);
  };
}
