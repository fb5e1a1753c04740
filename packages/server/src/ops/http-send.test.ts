import express from 'express';
import type { Server } from 'node:http';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from './http-send.js';

/*
 * sendJson answers exactly as Express's res.json did for the routes that left Express (/graphql): same headers in
 * the same order, same weak ETag, same 304 for a conditional GET; a POST answer leaves out the ETag.
 */

const BODY = { errors: [{ message: 'Ærlig talt — “nej”.', extensions: { code: 'BAD_REQUEST' } }] };
const servers: Server[] = [];
let viaExpress: string;
let viaNode: string;

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const app = express();
  app.disable('x-powered-by');
  app.all('/', (req, res) => {
    res.status(Number(req.query.status)).set('retry-after', '7').json(BODY);
  });
  viaExpress = await listen(createServer(app));
  viaNode = await listen(createServer((req, res) => sendJson(req, res, Number(new URL(req.url!, 'http://x').searchParams.get('status')), BODY, { 'retry-after': '7' })));
});
afterAll(async () => {
  for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Through node:http, because fetch adds Cache-Control: no-cache to a conditional request. Raw headers: names as sent, in order. */
function answer(base: string, status: number, init: { method?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; headers: string[]; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/?status=${status}`, { method: init.method ?? 'GET', headers: init.headers });
    req.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.rawHeaders.filter((_, i, all) => all[i - (i % 2)] !== 'Date'), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('sendJson', () => {
  it('sends what Express sends, for success and error statuses and for HEAD', async () => {
    for (const [status, method] of [[200, 'GET'], [503, 'GET'], [200, 'HEAD']] as const) {
      expect(await answer(viaNode, status, { method }), `${method} ${status}`).toEqual(await answer(viaExpress, status, { method }));
    }
  });

  it('sends what Express sends to a POST except the ETag, which nothing uses there', async () => {
    for (const status of [200, 429]) {
      const express = await answer(viaExpress, status, { method: 'POST' });
      const withoutEtag = express.headers.filter((_, i, all) => all[i - (i % 2)] !== 'ETag');
      expect(withoutEtag.length).toBe(express.headers.length - 2);
      expect(await answer(viaNode, status, { method: 'POST' }), `POST ${status}`).toEqual({ ...express, headers: withoutEtag });
    }
  });

  it('answers a conditional GET as Express does: 304 for the same ETag or *, 200 when stale or on no-cache', async () => {
    const fresh = await answer(viaExpress, 200);
    const etag = fresh.headers[fresh.headers.indexOf('ETag') + 1];
    const conditions: Record<string, string>[] = [{ 'if-none-match': etag }, { 'if-none-match': `"other", ${etag.slice(2)}` }, { 'if-none-match': '*' }, { 'if-none-match': '"other"' }, { 'if-none-match': etag, 'cache-control': 'no-cache' }, { 'if-modified-since': new Date().toUTCString() }];
    for (const headers of conditions) {
      const node = await answer(viaNode, 200, { headers });
      expect(node, JSON.stringify(headers)).toEqual(await answer(viaExpress, 200, { headers }));
    }
    expect((await answer(viaNode, 200, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await answer(viaNode, 400, { headers: { 'if-none-match': '*' } })).status).toBe(400);
  });
});
