import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/*
 * A complete response body sent the way Express's res.send sends one, so that the node:http routes answer byte for
 * byte as the Express ones do: Content-Type with a charset, Content-Length, a weak ETag (Express's default) on GET
 * and HEAD, and 304 Not Modified for a GET or HEAD whose If-None-Match names that ETag. HEAD gets the headers only
 * (node:http drops the body). Unlike Express, a POST answer has no ETag.
 */

const NO_CACHE = /(?:^|,)\s*?no-cache\s*?(?:,|$)/;

/** Express's weak ETag: the body's length in hex and the start of its SHA-1 in base64. */
function weakEtag(body: Buffer): string {
  return `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').substring(0, 27)}"`;
}

/** Whether the client's cached copy is still good (the `fresh` package without Last-Modified, which nothing here sets). */
function isFresh(req: IncomingMessage, etag: string): boolean {
  const noneMatch = req.headers['if-none-match'];
  if (!noneMatch) return false;
  const cacheControl = req.headers['cache-control'];
  if (cacheControl && NO_CACHE.test(cacheControl)) return false;
  if (noneMatch === '*') return true;
  return noneMatch.split(',').some((token) => {
    const tag = token.replace(/^ +| +$/g, '');
    return tag === etag || `W/${tag}` === etag || tag === `W/${etag}`;
  });
}

/** Adds `charset=utf-8` to a content type without one, as Express does for string bodies. */
function withUtf8(contentType: string): string {
  return /;\s*charset=/i.test(contentType) ? contentType : `${contentType}; charset=utf-8`;
}

/**
 * Sends `text` as the whole body with the given status; `headers` go out before the content headers. Only GET and
 * HEAD answers carry the ETag: nothing caches or revalidates the answer to a POST, so hashing its body is wasted.
 */
export function sendBody(req: IncomingMessage, res: ServerResponse, status: number, contentType: string, text: string, headers: OutgoingHttpHeaders = {}): void {
  for (const name in headers) res.setHeader(name, headers[name]!);
  const body = Buffer.from(text, 'utf8');
  res.statusCode = status;
  const etag = req.method === 'GET' || req.method === 'HEAD' ? weakEtag(body) : null;
  if (etag && ((status >= 200 && status < 300) || status === 304) && isFresh(req, etag)) {
    res.statusCode = 304;
    res.removeHeader('content-type');
    res.setHeader('ETag', etag);
    res.end();
    return;
  }
  res.setHeader('Content-Type', withUtf8(contentType));
  res.setHeader('Content-Length', body.length);
  if (etag) res.setHeader('ETag', etag);
  res.end(body);
}

/** Express's res.status(status).json(value). */
export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown, headers?: OutgoingHttpHeaders): void {
  sendBody(req, res, status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
}
