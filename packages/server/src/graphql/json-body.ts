import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/*
 * The JSON body of a GraphQL request, read as express.json() read it: only a body sent as application/json is
 * parsed (any other is left to Apollo Server, which refuses it); the body must be UTF-8 (charset absent or utf-8);
 * gzip, deflate and br bodies are decompressed; at most `limit` bytes after decompression; an empty body counts as
 * {}; the text must be a JSON object or array. What goes wrong is a client error with its status and message.
 */

export const GRAPHQL_BODY_LIMIT = 1024 * 1024;

export type JsonBody = { ok: true; body: unknown } | { ok: false; status: number; message: string };

const NOT_JSON: JsonBody = { ok: false, status: 400, message: 'The request body is not valid JSON.' };
const TOO_LARGE: JsonBody = { ok: false, status: 413, message: 'The request body is too large (at most 1 MB).' };
const NOT_UTF8: JsonBody = { ok: false, status: 415, message: 'The request body must be UTF-8.' };
const UNKNOWN_ENCODING: JsonBody = { ok: false, status: 415, message: 'Unsupported content encoding.' };
const ABORTED: JsonBody = { ok: false, status: 400, message: 'The request was aborted.' };
const NO_BODY: JsonBody = { ok: true, body: undefined };

const DECOMPRESSORS: Record<string, () => Transform> = { gzip: createGunzip, deflate: createInflate, br: createBrotliDecompress };

/** As the type-is package decides: a body follows when Transfer-Encoding is set or Content-Length is a number. */
function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || !Number.isNaN(Number(req.headers['content-length']));
}

/** The media type and the charset parameter (lower case; the first one wins), with optional whitespace around either. */
function contentTypeOf(header: string): { type: string; charset: string | undefined } {
  const [type, ...parameters] = header.split(';');
  let charset: string | undefined;
  for (const parameter of parameters) {
    const equals = parameter.indexOf('=');
    if (equals === -1 || parameter.slice(0, equals).trim().toLowerCase() !== 'charset') continue;
    charset = parameter.slice(equals + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
    break;
  }
  return { type: type.trim().toLowerCase(), charset };
}

function parse(text: string): JsonBody {
  if (text.length === 0) return { ok: true, body: {} };
  const first = /^[ \t\n\r]*(.)/s.exec(text)?.[1];
  if (first !== '{' && first !== '[') return NOT_JSON;
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return NOT_JSON;
  }
}

/** Reads all of `req` after a refusal, so that the connection can carry the next request, then answers with `result`. */
function drained(req: IncomingMessage, result: JsonBody): Promise<JsonBody> {
  if (req.complete || req.destroyed) return Promise.resolve(result);
  return new Promise((resolve) => {
    req.once('end', () => resolve(result));
    req.once('close', () => resolve(result));
    req.resume();
  });
}

function collect(req: IncomingMessage, limit: number, decompressor?: Transform): Promise<JsonBody> {
  const stream = decompressor ?? req;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (result: JsonBody | Promise<JsonBody>) => {
      if (settled) return;
      settled = true;
      stream.removeListener('data', onData);
      if (decompressor) {
        req.unpipe(decompressor);
        decompressor.destroy();
      }
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) settle(drained(req, TOO_LARGE));
      else chunks.push(chunk);
    };
    stream.on('data', onData);
    stream.once('end', () => settle(parse(Buffer.concat(chunks, received).toString('utf8').replace(/^\uFEFF/, ''))));
    // A broken compressed body is a client error that names zlib's complaint, as Express's error handler did.
    stream.once('error', (error) => settle(decompressor ? drained(req, { ok: false, status: 400, message: error.message }) : ABORTED));
    req.once('close', () => {
      if (!req.complete) settle(ABORTED);
    });
    if (decompressor) req.pipe(decompressor);
  });
}

/** The parsed body (undefined when there is none, or it is not sent as JSON), or why it cannot be had. */
export function readJsonBody(req: IncomingMessage, limit = GRAPHQL_BODY_LIMIT): Promise<JsonBody> {
  const header = req.headers['content-type'];
  if (!hasBody(req) || !header) return Promise.resolve(NO_BODY);
  const { type, charset } = contentTypeOf(header);
  if (type !== 'application/json') return Promise.resolve(NO_BODY);
  if (charset && charset !== 'utf-8') return Promise.resolve(NOT_UTF8);
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity') {
    const length = Number(req.headers['content-length']);
    if (length > limit) return drained(req, TOO_LARGE);
    return collect(req, limit);
  }
  const decompressor = Object.hasOwn(DECOMPRESSORS, encoding) ? DECOMPRESSORS[encoding] : undefined;
  if (!decompressor) return Promise.resolve(UNKNOWN_ENCODING);
  return collect(req, limit, decompressor());
}
