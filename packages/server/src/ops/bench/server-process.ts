import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createScratchDatabase, type ScratchDatabase } from '../../db/scratch-database.js';
import { startChild, type Child } from './child-process.js';

/*
 * The built server (packages/server/dist/main.js) as a separate process on 127.0.0.1 with a free port (PORT=0),
 * its own data folder and database, and a shared TREKLANG_DEMO_KEY: what the load, crash, shutdown and
 * multi-process tests drive. Every process started here is ended by `stop()` / `kill()` (and at exit).
 */

export const DIST_DIR = resolve(import.meta.dirname, '../..').replace(/\/src$/, '/dist');
export const MAIN_JS = join(DIST_DIR, 'main.js');
export const DEMO_KEY = 'treklang-reliability-demo-key-0123456789abcdef';

export interface Workspace {
  engine: 'sqlite' | 'postgres';
  databaseUrl: string;
  dataDir: string;
  /** Environment for a server or CLI on this workspace. */
  env: NodeJS.ProcessEnv;
  remove(): Promise<void>;
}

/** A fresh database (SQLite file or PostgreSQL database) and data folder. */
export async function createWorkspace(engine: 'sqlite' | 'postgres'): Promise<Workspace> {
  const dataDir = mkdtempSync(join(tmpdir(), 'treklang-rel-'));
  const database: ScratchDatabase | null = engine === 'postgres' ? await createScratchDatabase('postgres') : null;
  const databaseUrl = database?.url ?? `sqlite:${join(dataDir, 'treklang.db')}`;
  return {
    engine,
    databaseUrl,
    dataDir,
    // No rate limit: load tests send far more than one client's share per token (a test wanting one passes TREKLANG_RATE_LIMIT to startServer).
    env: { ...process.env, DATABASE_URL: databaseUrl, TREKLANG_DATA_DIR: dataDir, TREKLANG_DEMO_KEY: DEMO_KEY, TREKLANG_MODE: 'demo', TREKLANG_RATE_LIMIT: '0' },
    remove: async () => {
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  child: Child;
  url: string;
  port: number;
  pid: number;
  /** Parsed JSON log lines so far (stdout). */
  logs(): Record<string, unknown>[];
  stop(): Promise<number | string>;
  kill(): Promise<number | string>;
}

/** Starts dist/main.js on the workspace and waits for its "Treklang is running" log line. */
export async function startServer(workspace: Workspace, extraEnv: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child = startChild(process.execPath, [MAIN_JS], { ...workspace.env, PORT: '0', ...extraEnv });
  try {
    const line = await child.waitForLine((l) => l.includes('"Treklang is running"'), 90_000);
    const port = (JSON.parse(line) as { port: number }).port;
    return {
      child,
      url: `http://127.0.0.1:${port}`,
      port,
      pid: child.pid,
      logs: () =>
        child.lines.filter((l) => l.startsWith('{')).map((l) => {
          try {
            return JSON.parse(l) as Record<string, unknown>;
          } catch {
            return { unparsed: l };
          }
        }),
      stop: () => child.stop('SIGTERM'),
      kill: () => child.stop('SIGKILL'),
    };
  } catch (error) {
    await child.stop('SIGKILL');
    throw error;
  }
}

/** A demo bearer token from `pnpm token` (dist/cli/token.js) on the workspace. */
export async function demoToken(workspace: Workspace, email: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(DIST_DIR, 'cli/token.js'), email], { env: workspace.env });
  return stdout.trim();
}

export interface GraphQLReply<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a GraphQL operation. */
export async function gql<T = Record<string, any>>(url: string, token: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLReply<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLReply<T>;
  return { ...body, status: response.status };
}
