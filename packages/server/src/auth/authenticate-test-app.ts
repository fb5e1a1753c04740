import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createApp } from '../app.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase } from '../db/scratch-database.js';
import { memoryLogger } from '../ops/logger.js';
import type { OidcVerifier } from './oidc.js';

/*
 * Tests only: the whole HTTP app with the authentication settings under test (OpenID Connect, no demo key, a rate
 * limit), on a fresh database or, for "another process", on an existing one.
 */

export interface AuthAppOptions {
  signingKey?: Uint8Array | null;
  oidc?: OidcVerifier | null;
  rateLimitPerMinute?: number;
  demoLogin?: boolean;
  /** Reverse proxies whose X-Forwarded-For is believed (ops/client-address.ts). */
  trustedProxies?: number;
  /** Open this existing database instead of a fresh one (it is not dropped on close). */
  databaseUrl?: string;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[]; [key: string]: unknown };
}

export interface AuthTestApp {
  url: string;
  db: DataSource;
  databaseUrl: string;
  logLines: string[];
  /** POSTs a GraphQL operation with `Authorization: Bearer <token>` (none when token is null). */
  gql(token: string | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Reply>;
  close(): Promise<void>;
}

export async function startAuthTestApp(options: AuthAppOptions = {}): Promise<AuthTestApp> {
  const scratch = options.databaseUrl ? null : await createScratchDatabase();
  const databaseUrl = options.databaseUrl ?? scratch!.url;
  const db = await openDatabase(databaseUrl);
  const logger = memoryLogger();
  const { server, apollo } = await createApp({
    db,
    databaseUrl,
    signingKey: options.signingKey ?? null,
    oidc: options.oidc ?? null,
    rateLimitPerMinute: options.rateLimitPerMinute,
    demoLogin: options.demoLogin ?? false,
    trustedProxies: options.trustedProxies,
    logger,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    databaseUrl,
    logLines: logger.lines,
    async gql(token, query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as Reply['body'] };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.destroy();
      await scratch?.drop();
    },
  };
}
