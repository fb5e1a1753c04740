import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createWorkspace, demoToken, gql, startServer, type GraphQLReply, type ServerProcess, type Workspace } from '../../../packages/server/src/ops/bench/server-process.js';

/*
 * The web app end to end: the built server (dist/main.js, what `pnpm start` runs) on a fresh database of the run's
 * engine (TREKLANG_TEST_DB) with the demo data, and Debian's Chromium driven by playwright-core.
 * Chromium runs as a Danish user's browser does: in Danish (LANGUAGE=da, with Debian's chromium-l10n), so a native
 * date field reads dd.mm.åååå and a time field 14.05 instead of mm/dd/yyyy and 02:05 PM.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_INDEX = resolve(import.meta.dirname, '../../..', process.env.TREKLANG_WEB_DIST ?? 'packages/web/dist', 'index.html');

export const CHROMIUM_FLAGS = ['--lang=da-DK', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** On Linux Chromium takes its language, and with it the date and time formats of its fields, from LANGUAGE. */
export const CHROMIUM_ENV = { ...process.env, LANGUAGE: 'da', LANG: 'da_DK.UTF-8' };

export interface E2eApp {
  url: string;
  server: ServerProcess;
  workspace: Workspace;
  browser: Browser;
  /** A new browser context (own storage) with a page logged in as the demo user. */
  loginAs(email: string, options?: { viewport?: { width: number; height: number }; timezoneId?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /** A GraphQL request as a demo user, for arranging or checking data beside the browser. */
  api<T = Record<string, any>>(email: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLReply<T>>;
  close(): Promise<void>;
}

/** `app.api` for arranging data: fails the test on any GraphQL error and returns the data. */
export function strictApi(app: () => E2eApp) {
  return async <T = Record<string, any>>(email: string, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const reply = await app().api<T>(email, query, variables);
    expect(reply.errors ?? []).toEqual([]);
    return reply.data as T;
  };
}

export async function startE2eApp(): Promise<E2eApp> {
  if (!existsSync(WEB_INDEX)) throw new Error('packages/web/dist is missing: run `pnpm build` first (pnpm test does).');
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium chromium-l10n (.ci/run does).`);
  const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
  const workspace = await createWorkspace(engine);
  const server = await startServer(workspace);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true, env: CHROMIUM_ENV });
  const tokens = new Map<string, string>();
  const tokenOf = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, await demoToken(workspace, email));
    return tokens.get(email)!;
  };

  return {
    url: server.url,
    server,
    workspace,
    browser,
    async loginAs(email, options = {}) {
      const context = await browser.newContext({ baseURL: server.url, locale: 'da-DK', viewport: options.viewport ?? { width: 1280, height: 900 }, ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}) });
      const page = await context.newPage();
      await page.goto('/login');
      await page.locator(`button[data-email="${email}"]`).click();
      await page.waitForURL((url) => url.pathname !== '/login', { waitUntil: 'commit' });
      await page.locator('.app-viewer').waitFor();
      return { context, page };
    },
    api: async (email, query, variables) => gql(server.url, await tokenOf(email), query, variables),
    async close() {
      await browser.close().catch(() => undefined);
      await server.stop().catch(() => undefined);
      await workspace.remove();
    },
  };
}
