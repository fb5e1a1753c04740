import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { loadDemoKey } from '../auth/demo-key.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase } from '../db/scratch-database.js';
import { describeDatabase, type CliOutput } from './cli-support.js';
import { migrateCommand } from './migrate.js';
import { seedCommand } from './seed.js';
import { tokenCommand } from './token.js';

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

interface Workspace {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  url: string;
  remove(): Promise<void>;
}

/** An empty database and data folder of its own, as on a fresh machine. */
async function workspace(): Promise<Workspace> {
  const database = await createScratchDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'treklang-cli-'));
  return {
    env: { DATABASE_URL: database.url, TREKLANG_DATA_DIR: dataDir },
    dataDir,
    url: database.url,
    remove: async () => {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('the command-line tools (pnpm token, db:migrate, db:seed)', () => {
  // Loaded once and only read by the tests below.
  let seeded: Workspace;
  let env: NodeJS.ProcessEnv;
  const scratch: Workspace[] = [];
  const fresh = async () => {
    const created = await workspace();
    scratch.push(created);
    return created;
  };

  beforeAll(async () => {
    seeded = await fresh();
    env = seeded.env;
    expect(await seedCommand(env, capture())).toBe(0);
  });
  afterAll(async () => {
    for (const created of scratch) await created.remove();
  });

  it('migrates a new database and names the migrations applied', async () => {
    const io = capture();
    expect(await migrateCommand((await fresh()).env, io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('CoreCaseModel1764000000000');
  });

  it('says there are no users yet before the demo data is loaded', async () => {
    const io = capture();
    expect(await tokenCommand(['caseworker@hjoerring.demo'], (await fresh()).env, io)).toBe(1);
    expect(io.stdout).toEqual([]);
    expect(io.stderr.join('\n')).toContain('pnpm db:seed');
  });

  it('loads the demo data once, and the second time says so and changes nothing', async () => {
    const { env: own, url } = await fresh();
    const first = capture();
    expect(await seedCommand(own, first)).toBe(0);
    expect(first.stdout[0]).toMatch(/^Loaded the demo data .*: 9 organizations, 18 users, 40 citizens/);
    const db = await openDatabase(url);
    const count = () => db.query('SELECT COUNT(*) AS n FROM measurement');
    const before = await count();
    const second = capture();
    expect(await seedCommand(own, second)).toBe(0);
    expect(second.stdout[0]).toContain('already');
    expect(await count()).toEqual(before);
    await db.destroy();
  });

  it('prints only a token, which the server accepts: the caseworker sees their own contracts', async () => {
    const io = capture();
    expect(await tokenCommand(['Caseworker@Hjoerring.demo'], env, io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    expect(io.stderr.join('\n')).toContain('Mette Søndergaard (CASEWORKER, Hjørring Kommune)');

    const db = await openDatabase(seeded.url);
    const { server, apollo } = await createApp({ db, databaseUrl: seeded.url, signingKey: loadDemoKey(seeded.dataDir, {}) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${io.stdout[0]}` },
        body: JSON.stringify({ query: '{ viewer { email } contracts(first: 100) { totalCount edges { node { authority { name } } } } }' }),
      });
      const body = (await response.json()) as { data: { viewer: { email: string }; contracts: { totalCount: number; edges: { node: { authority: { name: string } } }[] } } };
      expect(body.data.viewer.email).toBe('caseworker@hjoerring.demo');
      expect(body.data.contracts.totalCount).toBeGreaterThan(5);
      expect(new Set(body.data.contracts.edges.map((e) => e.node.authority.name))).toEqual(new Set(['Hjørring Kommune']));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await db.destroy();
    }
  });

  it('refuses an unknown e-mail with the list of users, and a missing one with the usage', async () => {
    const unknown = capture();
    expect(await tokenCommand(['nobody@example.org'], env, unknown)).toBe(1);
    expect(unknown.stdout).toEqual([]);
    expect(unknown.stderr.join('\n')).toMatch(/No user with the e-mail "nobody@example.org"[\s\S]*caseworker@hjoerring\.demo/);
    const missing = capture();
    expect(await tokenCommand([], env, missing)).toBe(1);
    expect(missing.stderr[0]).toMatch(/^Usage: pnpm -s token <email>/);
  });

  it('refuses to sign tokens or load invented citizens in production mode', async () => {
    const production = { ...env, TREKLANG_MODE: 'production' };
    const token = capture();
    expect(await tokenCommand(['caseworker@hjoerring.demo'], production, token)).toBe(1);
    expect(token.stdout).toEqual([]);
    expect(token.stderr[0]).toContain('demo mode only');
    const seed = capture();
    expect(await seedCommand(production, seed)).toBe(1);
    expect(seed.stderr[0]).toContain('demo mode only');
  });

  it('hides the password of a PostgreSQL URL in messages', () => {
    expect(describeDatabase('postgres://treklang:s3cret@db:5432/treklang')).toBe('postgres://treklang:***@db:5432/treklang');
    expect(describeDatabase('sqlite:/tmp/x.db')).toBe('sqlite:/tmp/x.db');
  });
});
