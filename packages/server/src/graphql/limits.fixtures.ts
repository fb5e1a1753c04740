import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import type { Mode } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase } from '../db/scratch-database.js';
import { syncBuiltInTemplates } from '../modules/forms/sync-built-in-templates.js';
import { memoryLogger } from '../ops/logger.js';
import { signDemoToken } from '../auth/tokens.js';
import { TEST_KEY, type GraphQLResponse, type TestServer } from '../test-support/test-server.js';

/**
 * Like startTestServer, in a chosen mode and with the log kept in memory. Production mode keeps the test signing
 * key here so that tests can sign in as any role (the real production server refuses it at startup, config.ts).
 */
export async function startModeServer(mode: Mode): Promise<TestServer & { logLines: string[]; post(body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> }> {
  const database = await createScratchDatabase();
  const db = await openDatabase(database.url);
  await syncBuiltInTemplates(db);
  const logger = memoryLogger();
  const { server, apollo } = await createApp({ db, databaseUrl: database.url, signingKey: TEST_KEY, demoLogin: mode === 'demo', mode, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    logLines: logger.lines,
    async gql<T>(token: string | null, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await response.json()) as GraphQLResponse<T>), status: response.status };
    },
    async post(body, headers) {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
      return { status: response.status, text: await response.text() };
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
