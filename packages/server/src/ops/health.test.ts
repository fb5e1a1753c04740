import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase } from '../db/scratch-database.js';
import { TEST_KEY } from '../test-support/test-server.js';
import type { Drain } from './shutdown.js';

/* /healthz (the process is up), /readyz (the database answers and is migrated) and draining before shutdown. */

interface Started {
  url: string;
  drain: Drain;
  db: Awaited<ReturnType<typeof openDatabase>>;
  close(): Promise<void>;
}

const started: Started[] = [];

async function start(): Promise<Started> {
  const database = await createScratchDatabase();
  const db = await openDatabase(database.url);
  const { server, apollo, drain } = await createApp({ db, databaseUrl: database.url, signingKey: TEST_KEY });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const handle = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    drain,
    db,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      if (db.isInitialized) await db.destroy();
      await database.drop();
    },
  };
  started.push(handle);
  return handle;
}

afterEach(async () => {
  for (const s of started.splice(0)) await s.close();
});

describe('health checks', () => {
  it('answers /healthz and /readyz with 200 on a migrated database', async () => {
    const { url } = await start();
    const health = await fetch(`${url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('answers /readyz with 503 while a migration is pending', async () => {
    const { url, db } = await start();
    await db.query('DELETE FROM migrations');
    const ready = await fetch(`${url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'migrations pending' }]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('answers /readyz with 503 when the database is unreachable, while /healthz stays 200', async () => {
    const { url, db } = await start();
    await db.destroy();
    const ready = await fetch(`${url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'database unreachable' }]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('refuses new requests with 503 and Connection: close once draining has begun', async () => {
    const { url, drain } = await start();
    drain.begin();
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(503);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ errors: [{ message: 'Serveren lukker ned. Prøv igen om et øjeblik.', extensions: { code: 'SHUTTING_DOWN' } }] });
    const english = await fetch(`${url}/healthz`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(((await english.json()) as { errors: { message: string }[] }).errors[0].message).toBe('The server is shutting down. Try again in a moment.');
    expect(drain.draining).toBe(true);
  });
});
