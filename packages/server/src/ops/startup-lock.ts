import pg from 'pg';
import { engineOf } from '../db/data-source.js';

/*
 * Several servers started at once over one PostgreSQL database (a deploy behind a load balancer) must not race
 * to apply migrations or load the demo data: the start-up work runs under a PostgreSQL session advisory lock,
 * one server after the other. The lock belongs to a connection, so a server killed while holding it releases it
 * with its connection: there is no stale lock to clear. SQLite runs one server per file and needs none.
 */

/** Arbitrary, fixed: "treklang" in ASCII, fitting a signed 64-bit key. */
const STARTUP_LOCK_KEY = '7598826364116053607';

export async function withStartupLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  if (engineOf(databaseUrl) !== 'postgres') return work();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1::bigint)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
