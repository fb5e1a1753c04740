import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { writeGraphQLResponse } from './write-graphql-response.js';

/* Apollo Server's answer on a node:http response: whole, or (incremental delivery) chunk by chunk. */

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(method: string, response: () => HTTPGraphQLResponse): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  server = createServer((req, res) => void writeGraphQLResponse(req, res, response()));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return new Promise((resolve, reject) => {
    const req = request(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/graphql`, { method });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('writeGraphQLResponse', () => {
  it('sends a complete body with its status and headers, its length, and an ETag on GET only', async () => {
    const body = '{"data":{"ø":true}}\n';
    const complete = (): HTTPGraphQLResponse => ({ status: 201, headers: new HeaderMap([['content-type', 'application/json; charset=utf-8'], ['x-extra', 'yes']]), body: { kind: 'complete', string: body } });
    const posted = await serve('POST', complete);
    expect(posted).toMatchObject({ status: 201, body, headers: { 'content-type': 'application/json; charset=utf-8', 'x-extra': 'yes', 'content-length': String(Buffer.byteLength(body)) } });
    expect(posted.headers.etag).toBeUndefined();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const got = await serve('GET', complete);
    expect(got).toMatchObject({ status: 201, body, headers: { 'content-length': '21' } });
    expect(got.headers.etag).toMatch(/^W\/"15-/);
  });

  it('sends a chunked body piece by piece as Apollo yields it, without a Content-Length', async () => {
    async function* parts() {
      yield '\r\n---\r\ncontent-type: application/json; charset=utf-8\r\n\r\n{"data":{},"hasNext":true}\r\n---\r\n';
      await new Promise((resolve) => setTimeout(resolve, 10));
      yield 'content-type: application/json; charset=utf-8\r\n\r\n{"hasNext":false}\r\n-----\r\n';
    }
    const answer = await serve('POST', () => ({ headers: new HeaderMap([['content-type', 'multipart/mixed; boundary="-"; deferSpec=20220824']]), body: { kind: 'chunked', asyncIterator: parts() } }));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('multipart/mixed; boundary="-"; deferSpec=20220824');
    expect(answer.headers['transfer-encoding']).toBe('chunked');
    expect(answer.headers['content-length']).toBeUndefined();
    expect(answer.body).toBe(
      '\r\n---\r\ncontent-type: application/json; charset=utf-8\r\n\r\n{"data":{},"hasNext":true}\r\n---\r\ncontent-type: application/json; charset=utf-8\r\n\r\n{"hasNext":false}\r\n-----\r\n',
    );
  });

  it('answers HEAD with the headers only', async () => {
    const answer = await serve('HEAD', () => ({ status: 405, headers: new HeaderMap([['allow', 'GET, POST'], ['content-type', 'application/json; charset=utf-8']]), body: { kind: 'complete', string: '{"errors":[]}' } }));
    expect(answer).toMatchObject({ status: 405, body: '', headers: { allow: 'GET, POST', 'content-length': '13' } });
  });
});
