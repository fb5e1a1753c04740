import { sendJson } from '../ops/http-send.js';
import type { RequestGate } from '../ops/request-gate.js';
import { graphQLErrorBody } from './error-body.js';

/** Without any bearer token the answer is 401 before GraphQL runs (GET included), per RFC 6750. */
export const requireBearer: RequestGate = (req, res) => {
  if ((req.method === 'GET' || req.method === 'POST') && !req.headers.authorization) {
    sendJson(req, res, 401, graphQLErrorBody('Missing bearer token: send "Authorization: Bearer <token>".', 'UNAUTHENTICATED'), { 'www-authenticate': 'Bearer' });
    return false;
  }
  return true;
};
