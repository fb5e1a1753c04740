import type { HTTPGraphQLResponse } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendBody } from '../ops/http-send.js';

/**
 * Apollo Server's answer on the node response: a complete body as Express's res.send sent it (ops/http-send.ts),
 * an incremental one chunk by chunk as Apollo yields them, until the client goes away.
 */
export async function writeGraphQLResponse(req: IncomingMessage, res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  const status = response.status || 200;
  if (response.body.kind === 'complete') {
    sendBody(req, res, status, response.headers.get('content-type') ?? 'text/html', response.body.string, Object.fromEntries(response.headers));
    return;
  }
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = status;
  for await (const chunk of response.body.asyncIterator) {
    if (res.destroyed) break;
    res.write(chunk);
  }
  res.end();
}
