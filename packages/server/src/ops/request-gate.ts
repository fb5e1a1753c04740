import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A check in front of a route, written once for node:http and Express alike: true lets the request on, false means
 * the gate has answered it already.
 */
export type RequestGate = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The gate as Express middleware. */
export function gateMiddleware(gate: RequestGate): RequestHandler {
  return (req, res, next) => {
    if (gate(req, res)) next();
  };
}
