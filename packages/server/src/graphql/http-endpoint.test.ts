import { request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { signDemoToken } from '../auth/tokens.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.js';
import { memoryLogger } from '../ops/logger.js';
import { buildOrganization, buildUser } from '../test-support/factories.js';
import { TEST_KEY } from '../test-support/test-server.js';
import { GRAPHQL_BODY_LIMIT } from './json-body.js';

/*
 * /graphql on node:http (graphql/http-endpoint.ts): what express.json and the Express routing did before is still
 * what a client gets at the edges: body sizes, compressed bodies, charsets, methods other than GET and POST,
 * conditional GETs, the paths served, and a client that goes away mid-body.
 */

describe('the /graphql endpoint over HTTP', () => {
  const logger = memoryLogger();
  let database: ScratchDatabase;
  let app: App;
  let url: string;
  let token: string;

  beforeAll(async () => {
    database = await createScratchDatabase();
    const db = await openDatabase(database.url);
    app = await createApp({ db, databaseUrl: database.url, signingKey: TEST_KEY, logger });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    token = await signDemoToken((await buildUser(db, await buildOrganization(db, 'AUTHORITY'), 'CASEWORKER')).rowId, TEST_KEY);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    await app.apollo.stop();
    await database.drop();
  });

  const VIEWER = JSON.stringify({ query: '{ viewer { role } }' });
  const post = (body: string | Buffer, headers: Record<string, string> = {}, path = '/graphql') =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body });
  const json = async (response: Response) => [response.status, await response.json()] as const;
  const VIEWER_ANSWER = { data: { viewer: { role: 'CASEWORKER' } } };
  const refusal = (message: string) => ({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

  /** A JSON body of exactly `bytes` bytes that asks for the viewer. */
  function bodyOf(bytes: number): string {
    const empty = JSON.stringify({ query: '{ viewer { role } }', variables: { padding: '' } });
    return empty.replace('"padding":""', `"padding":"${'x'.repeat(bytes - empty.length)}"`);
  }

  describe('body size', () => {
    it('accepts a body of exactly 1 MB and refuses one byte more with 413, by Content-Length or chunked', async () => {
      expect(Buffer.byteLength(bodyOf(GRAPHQL_BODY_LIMIT))).toBe(1024 * 1024);
      expect(await json(await post(bodyOf(GRAPHQL_BODY_LIMIT)))).toEqual([200, VIEWER_ANSWER]);
      expect(await json(await post(bodyOf(GRAPHQL_BODY_LIMIT + 1)))).toEqual([413, refusal('The request body is too large (at most 1 MB).')]);
      const chunked = (bytes: number) => new Blob([bodyOf(bytes)]).stream();
      const streamed = (bytes: number) =>
        fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: chunked(bytes), duplex: 'half' } as RequestInit);
      expect(await json(await streamed(GRAPHQL_BODY_LIMIT))).toEqual([200, VIEWER_ANSWER]);
      expect((await streamed(GRAPHQL_BODY_LIMIT + 1)).status).toBe(413);
    });
  });

  describe('compressed bodies, decompressed as express.json did', () => {
    it('reads gzip, deflate and br bodies', async () => {
      for (const [encoding, compress] of [['gzip', gzipSync], ['deflate', deflateSync], ['br', brotliCompressSync]] as const) {
        expect(await json(await post(compress(VIEWER), { 'content-encoding': encoding })), encoding).toEqual([200, VIEWER_ANSWER]);
      }
      expect(await json(await post(gzipSync(VIEWER), { 'content-encoding': 'GZIP' }))).toEqual([200, VIEWER_ANSWER]);
    });

    it('counts the 1 MB limit after decompression', async () => {
      const bomb = gzipSync(bodyOf(GRAPHQL_BODY_LIMIT + 1));
      expect(bomb.length).toBeLessThan(10_000);
      expect((await post(bomb, { 'content-encoding': 'gzip' })).status).toBe(413);
      expect(await json(await post(gzipSync(bodyOf(GRAPHQL_BODY_LIMIT)), { 'content-encoding': 'gzip' }))).toEqual([200, VIEWER_ANSWER]);
    });

    it('answers a broken compressed body with 400 and an unknown encoding with 415', async () => {
      expect(await json(await post(VIEWER, { 'content-encoding': 'gzip' }))).toEqual([400, refusal('incorrect header check')]);
      expect(await json(await post(gzipSync(VIEWER).subarray(0, 15), { 'content-encoding': 'gzip' }))).toEqual([400, refusal('unexpected end of file')]);
      for (const encoding of ['compress', 'zstd', 'gzip, identity']) {
        expect(await json(await post(VIEWER, { 'content-encoding': encoding })), encoding).toEqual([415, refusal('Unsupported content encoding.')]);
      }
    });
  });

  describe('charsets', () => {
    it('reads UTF-8 (named in any case or quoted, or not named) and refuses every other charset with 415', async () => {
      for (const contentType of ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON; Charset="UTF-8"', 'application/json ; charset = utf-8']) {
        expect(await json(await post(VIEWER, { 'content-type': contentType })), contentType).toEqual([200, VIEWER_ANSWER]);
      }
      expect(await json(await post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VIEWER)])))).toEqual([200, VIEWER_ANSWER]);
      for (const charset of ['latin1', 'utf8', 'utf-7', 'utf-16le']) {
        const response = await post(Buffer.from(VIEWER, charset === 'utf-16le' ? 'utf16le' : 'utf8'), { 'content-type': `application/json; charset=${charset}` });
        expect(await json(response), charset).toEqual([415, refusal('The request body must be UTF-8.')]);
      }
    });

    it('leaves a body sent as another media type to Apollo Server, which finds no operation in it', async () => {
      for (const contentType of ['text/plain', 'application/graphql-response+json']) {
        expect(await json(await post(VIEWER, { 'content-type': contentType })), contentType).toEqual([400, refusal('POST body missing, invalid Content-Type, or JSON object has no keys.')]);
      }
    });
  });

  describe('methods other than GET and POST', () => {
    it('answers HEAD and PUT with 405 and Allow: GET, POST (HEAD without a body)', async () => {
      const head = await fetch(`${url}/graphql`, { method: 'HEAD', headers: { authorization: `Bearer ${token}` } });
      expect([head.status, head.headers.get('allow'), head.headers.get('content-length'), await head.text()]).toEqual([405, 'GET, POST', '110', '']);
      const put = await fetch(`${url}/graphql`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: VIEWER });
      expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, POST']);
      expect(((await put.json()) as { errors: { message: string }[] }).errors[0].message).toBe('Apollo Server supports only GET/POST requests.');
    });

    it('leaves OPTIONS without a token to Apollo Server’s CSRF prevention (no 401: a browser preflight carries no token)', async () => {
      const preflight = await fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } });
      expect(preflight.status).toBe(400);
      expect(((await preflight.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/Cross-Site Request Forgery/);
      const withToken = await fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { authorization: `Bearer ${token}` } });
      expect(withToken.status).toBe(405);
      await withToken.text();
    });
  });

  describe('responses', () => {
    it('carries a weak ETag and answers a GET with a matching If-None-Match with 304', async () => {
      // node:http, because fetch adds Cache-Control: no-cache to a conditional request.
      const get = (headers: Record<string, string>) =>
        new Promise<{ status: number; etag?: string; type?: string; body: string }>((resolve, reject) => {
          const req = request(`${url}/graphql?${new URLSearchParams({ query: '{ viewer { role } }' })}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
          req.on('response', (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => resolve({ status: response.statusCode!, etag: response.headers.etag, type: response.headers['content-type'], body }));
          });
          req.on('error', reject);
          req.end();
        });
      const first = await get({});
      expect(first.etag).toMatch(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/);
      expect(JSON.parse(first.body)).toEqual(VIEWER_ANSWER);
      expect(await get({ 'if-none-match': first.etag! })).toEqual({ status: 304, etag: first.etag, type: undefined, body: '' });
      expect((await get({ 'if-none-match': first.etag!, 'cache-control': 'no-cache' })).status).toBe(200);
      expect((await get({ 'if-none-match': '"something else"' })).status).toBe(200);
    });

    it('serves /graphql with a query string, below /graphql and in any letter case, as Express’s app.use did; nothing else', async () => {
      for (const path of ['/graphql?from=test', '/graphql/', '/GraphQL']) expect(await json(await post(VIEWER, {}, path)), path).toEqual([200, VIEWER_ANSWER]);
      const other = await post(VIEWER, {}, '/graphqlx');
      expect(other.status).toBe(404);
      await other.text();
    });
  });

  describe('a client that goes away', () => {
    it('mid-body: the request is logged as aborted, leaves nothing in flight, and the server goes on serving', async () => {
      const socket = connect((app.server.address() as AddressInfo).port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: test\r\nX-Request-Id: gone-mid-body\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\nContent-Length: 1000\r\n\r\n{"query": "`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
      await expect.poll(() => logger.lines.filter((line) => line.includes('"gone-mid-body"'))).toHaveLength(1);
      const line = JSON.parse(logger.lines.find((l) => l.includes('"gone-mid-body"'))!) as Record<string, unknown>;
      expect(line).toMatchObject({ msg: 'request', method: 'POST', path: '/graphql', aborted: true });
      expect(app.drain.inFlightCount).toBe(0);
      expect(await json(await post(VIEWER))).toEqual([200, VIEWER_ANSWER]);
    });

    it('after the headers of a large body: the refusal is written once the body is read off, on a connection that stays usable', async () => {
      const agentless = await new Promise<{ status: number; body: string; reused: boolean }>((resolve, reject) => {
        const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': String(GRAPHQL_BODY_LIMIT + 10) } });
        req.on('response', (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode!, body, reused: response.headers.connection !== 'close' }));
        });
        req.on('error', reject);
        req.end(Buffer.alloc(GRAPHQL_BODY_LIMIT + 10, 'x'));
      });
      expect(agentless).toEqual({ status: 413, body: JSON.stringify(refusal('The request body is too large (at most 1 MB).')), reused: true });
    });
  });
});
