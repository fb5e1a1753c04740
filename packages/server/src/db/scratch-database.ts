import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const TEST_POSTGRES_URL = process.env.TREKLANG_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface ScratchOptions {
  /**
   * PostgreSQL only: the database's text collation as an ICU locale, e.g. 'da-DK' as a Danish municipality's server
   * may be set up (where 'aa' sorts as 'å', after 'z'); the server's default otherwise. SQLite compares bytes.
   */
  icuLocale?: string;
}

/** A fresh, empty database for one test file or benchmark run: a SQLite file in a temp folder, or a new PostgreSQL database. */
export async function createScratchDatabase(engine = process.env.TREKLANG_TEST_DB ?? 'sqlite', options: ScratchOptions = {}): Promise<ScratchDatabase> {
  if (engine === 'postgres') {
    const name = `treklang_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    const locale = options.icuLocale;
    if (locale !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) throw new Error(`not an ICU locale: ${locale}`);
    await admin.query(locale ? `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '${locale}' LOCALE 'C.UTF-8'` : `CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'treklang-test-'));
  return { url: `sqlite:${join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
