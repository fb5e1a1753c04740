import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/data-source.js';
import { startChild } from '../ops/bench/child-process.js';
import { createWorkspace, MAIN_JS, startServer, type ServerProcess, type Workspace } from '../ops/bench/server-process.js';
import { buildOrganization, buildUser } from '../test-support/factories.js';
import { startTestIssuer, type TestIssuer } from './oidc-test-issuer.js';

/*
 * The built server (dist/main.js; `pnpm --filter @treklang/server build` first) in production mode: it refuses to
 * start with the demo key or without OpenID Connect settings, and with them it signs people in through the provider
 * only (no demo login, no demo data).
 */

const engine = process.env.TREKLANG_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

describe(`production mode (dist/main.js, ${engine})`, () => {
  let workspace: Workspace;
  let issuer: TestIssuer;
  let production: NodeJS.ProcessEnv;

  beforeAll(async () => {
    workspace = await createWorkspace(engine);
    issuer = await startTestIssuer();
    const { TREKLANG_DEMO_KEY: _demoKey, ...withoutDemoKey } = workspace.env;
    production = { ...withoutDemoKey, TREKLANG_MODE: 'production', PORT: '0' };
  });
  afterAll(async () => {
    await issuer.close();
    await workspace.remove();
  });

  /** Runs main.js to its exit; returns the exit code and what it printed. */
  const refusal = async (env: NodeJS.ProcessEnv) => {
    const child = startChild(process.execPath, [MAIN_JS], env);
    const code = await Promise.race([child.exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 20_000))]);
    if (code === 'still running') await child.stop('SIGKILL');
    return { code, output: child.lines.join('\n') };
  };

  it('refuses to start without OpenID Connect settings, naming what is missing', async () => {
    const { code, output } = await refusal(production);
    expect(code).toBe(1);
    expect(output).toContain('refuses to start in production mode');
    expect(output).toContain('TREKLANG_OIDC_ISSUER is missing');
    expect(output).toContain('TREKLANG_OIDC_AUDIENCE is missing');
  });

  it('refuses to start with the demo key, even with OpenID Connect settings', async () => {
    const { code, output } = await refusal({ ...production, TREKLANG_OIDC_ISSUER: issuer.issuer, TREKLANG_OIDC_AUDIENCE: issuer.audience, TREKLANG_DEMO_KEY: 'x'.repeat(40) });
    expect(code).toBe(1);
    expect(output).toContain('TREKLANG_DEMO_KEY is set');
  });

  it('refuses an issuer over plain http on another machine, and a bad rate limit', async () => {
    const http = await refusal({ ...production, TREKLANG_OIDC_ISSUER: 'http://login.kommune.example', TREKLANG_OIDC_AUDIENCE: 'treklang' });
    expect(http.code).toBe(1);
    expect(http.output).toContain('TREKLANG_OIDC_ISSUER must use https');
    const rate = await refusal({ ...production, TREKLANG_OIDC_ISSUER: issuer.issuer, TREKLANG_OIDC_AUDIENCE: issuer.audience, TREKLANG_RATE_LIMIT: 'many' });
    expect(rate.code).toBe(1);
    expect(rate.output).toContain('TREKLANG_RATE_LIMIT must be a whole number');
  });

  describe('with OpenID Connect settings', () => {
    let server: ServerProcess;
    let email: string;

    beforeAll(async () => {
      const db = await openDatabase(workspace.databaseUrl);
      try {
        email = (await buildUser(db, await buildOrganization(db, 'AUTHORITY', 'Testrup Kommune'), 'CASEWORKER')).email;
      } finally {
        await db.destroy();
      }
      // No JWKS URL: found through the provider's discovery document.
      server = await startServer({ ...workspace, env: production }, { TREKLANG_OIDC_ISSUER: issuer.issuer, TREKLANG_OIDC_AUDIENCE: issuer.audience, TREKLANG_OIDC_SCOPE: 'openid email' });
    }, 120_000);
    afterAll(async () => {
      expect(await server?.stop()).toBe(0);
    });

    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });

    it('signs in a user through the provider, and refuses a forged token', async () => {
      const good = await post('/graphql', { query: '{ viewer { email role organization { name } } }' }, await issuer.sign({ email }));
      expect(good.status).toBe(200);
      expect(((await good.json()) as { data: unknown }).data).toEqual({ viewer: { email, role: 'CASEWORKER', organization: { name: 'Testrup Kommune' } } });
      expect((await post('/graphql', { query: '{ viewer { email } }' }, await issuer.sign({ email }, { forged: true }))).status).toBe(401);
      expect(server.logs().find((l) => l.msg === 'Treklang is running')).toMatchObject({ mode: 'production', demoDataLoaded: false, oidcIssuer: issuer.issuer });
    });

    it("tells the web app, without a token, to log in at the provider with the audience as client ID", async () => {
      const response = await fetch(`${server.url}/auth/config`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ mode: 'oidc', issuer: issuer.issuer, clientId: issuer.audience, scope: 'openid email', redirectPath: '/login/callback' });
    });

    it('has no demo login and no demo data', async () => {
      expect((await post('/auth/demo-login', { email: 'caseworker@hjoerring.demo' })).status).toBe(404);
      const demoUser = await post('/graphql', { query: '{ viewer { email } }' }, await issuer.sign({ email: 'caseworker@hjoerring.demo' }));
      expect(demoUser.status).toBe(401);
    });
  });
});
