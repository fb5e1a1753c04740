import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createApp } from '../app.js';
import { signDemoToken } from '../auth/tokens.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.js';
import { syncBuiltInTemplates } from '../modules/forms/sync-built-in-templates.js';

export const TEST_KEY = new TextEncoder().encode('treklang-test-signing-key-0123456789');

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  db: DataSource;
  /** POSTs a GraphQL operation with a bearer token for the user. */
  gql<T = Record<string, any>>(token: string | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  tokenFor(userRowId: string): Promise<string>;
  close(): Promise<void>;
}

/** A real HTTP server over a real, freshly migrated database (SQLite file or PostgreSQL). */
export async function startTestServer(): Promise<TestServer> {
  const database: ScratchDatabase = await createScratchDatabase();
  const db = await openDatabase(database.url);
  await syncBuiltInTemplates(db);
  const { server, apollo } = await createApp({ db, databaseUrl: database.url, signingKey: TEST_KEY, demoLogin: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    async gql(token, query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse;
      return { ...body, status: response.status } as never;
    },
    tokenFor: (userRowId) => signDemoToken(userRowId, TEST_KEY),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.destroy();
      await database.drop();
    },
  };
}
