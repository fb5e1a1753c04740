import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

// Production mode's answer comes from the built server: oidc-production.test.ts.
describe('GET /auth/config in demo mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('tells the web app to show the demo-user picker, without a token', async () => {
    const response = await fetch(`${server.url}/auth/config`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ mode: 'demo' });
  });
});
