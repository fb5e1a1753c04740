import type { Locale } from '@treklang/schema';
import { createHash } from 'node:crypto';
import { localeOf } from '../common/request-locale.js';
import { graphQLErrorBody } from '../graphql/error-body.js';
import { clientAddressOf } from '../ops/client-address.js';
import { sendJson } from '../ops/http-send.js';
import type { RequestGate } from '../ops/request-gate.js';

/*
 * Per-token rate limiting: a token bucket per bearer token (per client address for requests without one) that holds
 * a minute's allowance and refills continuously. TREKLANG_RATE_LIMIT sets requests per minute; 0 turns it off.
 * Buckets live in this process (bounded; the least recently used go first, which only ever lets a client start
 * again with a full bucket): with N processes behind a load balancer a client may get up to N times the limit.
 */

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;
const MAX_BUCKETS = 10_000;

interface Bucket {
  tokens: number;
  atMs: number;
}

export type TakeResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    readonly perMinute: number,
    private readonly maxBuckets = MAX_BUCKETS,
  ) {
    this.perMs = perMinute / 60_000;
  }

  take(key: string, now = Date.now()): TakeResult {
    const previous = this.buckets.get(key);
    const bucket = previous ? { tokens: Math.min(this.perMinute, previous.tokens + (now - previous.atMs) * this.perMs), atMs: now } : { tokens: this.perMinute, atMs: now };
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxBuckets) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, remaining: Math.floor(bucket.tokens) };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  get size(): number {
    return this.buckets.size;
  }
}

const TEXT: Record<Locale, (seconds: number) => string> = {
  da: (seconds) => `For mange forespørgsler. Prøv igen om ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}.`,
  en: (seconds) => `Too many requests. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
};

/** The bucket a request draws from: its bearer token (hashed; never kept in clear), else its client address. */
function clientKey(authorization: string | undefined, ip: string | null): string {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  return token ? `t:${createHash('sha256').update(token).digest('base64url')}` : `ip:${ip ?? 'unknown'}`;
}

/**
 * 429 with Retry-After and a GraphQL-shaped body when the client's bucket is empty; lets everything on when
 * `perMinute` is 0. The client address is ops/client-address.ts's (behind TREKLANG_TRUSTED_PROXIES proxies).
 */
export function rateLimit(perMinute: number): RequestGate {
  if (!(perMinute > 0)) return () => true;
  const buckets = new TokenBuckets(perMinute);
  return (req, res) => {
    const result = buckets.take(clientKey(req.headers.authorization, clientAddressOf(req)));
    if (result.allowed) return true;
    const locale = localeOf(req.headers['accept-language']);
    sendJson(
      req,
      res,
      429,
      graphQLErrorBody(TEXT[locale](result.retryAfterSeconds), 'RATE_LIMITED', { retryAfterSeconds: result.retryAfterSeconds }),
      { 'retry-after': String(result.retryAfterSeconds) },
    );
    return false;
  };
}

/** TREKLANG_RATE_LIMIT: requests per minute per token, 0 to turn off; the default when unset. */
export function parseRateLimit(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_RATE_LIMIT_PER_MINUTE;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`TREKLANG_RATE_LIMIT must be a whole number of requests per minute (0 turns it off), not "${value}"`);
  return parsed;
}
