import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoActors, randomCpr, type Actors } from '../../packages/server/src/ops/bench/cases.js';
import { createWorkspace, gql, startServer, type ServerProcess, type Workspace } from '../../packages/server/src/ops/bench/server-process.js';

/*
 * SIGTERM with a request in flight: the request (a mutation whose body is still arriving) finishes and is stored,
 * new connections are refused at once, the process exits 0 when the request is done, and its JSON logs name the
 * request by id, operation, user and organisation without a trace of the citizen's name or CPR number.
 */

function openRequest(port: number, token: string, body: string): { socket: Socket; sendRest: () => void; reply: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\n` +
      `X-Request-Id: slow-request-1\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, half)}`,
  );
  const chunks: Buffer[] = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  const reply = new Promise<string>((resolve, reject) => {
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
  return { socket, sendRest: () => socket.write(body.slice(half)), reply };
}

describe('graceful shutdown on SIGTERM', () => {
  let workspace: Workspace;
  let server: ServerProcess;
  let restarted: ServerProcess | undefined;
  let actors: Actors;

  beforeAll(async () => {
    workspace = await createWorkspace('sqlite');
    server = await startServer(workspace);
    actors = await demoActors(server.url, workspace);
  });
  afterAll(async () => {
    await server?.kill();
    await restarted?.kill();
    await workspace?.remove();
  });

  it('finishes the request in flight, accepts no new ones, exits 0 and logs no personal data', async () => {
    const cpr = randomCpr();
    const name = 'Langsom Lauritsen';
    const body = JSON.stringify({
      query: 'mutation SlowCreate($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id name } userErrors { code } } }',
      variables: { i: { name, cpr } },
    });
    const slow = openRequest(server.port, actors.caseworker, body);
    await new Promise((r) => setTimeout(r, 300));

    server.child.process.kill('SIGTERM');
    const draining = JSON.parse(await server.child.waitForLine((l) => l.includes('shutting down'))) as { inFlight: number };
    expect(draining.inFlight).toBe(1);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    slow.sendRest();
    const raw = await slow.reply;
    const [head, payload] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200/);
    expect(head.toLowerCase()).toContain('connection: close');
    expect(head.toLowerCase()).toContain('x-request-id: slow-request-1');
    const created = JSON.parse(payload) as { data: { createCitizen: { citizen: { id: string; name: string }; userErrors: unknown[] } } };
    expect(created.data.createCitizen.userErrors).toEqual([]);

    expect(await server.child.exited).toBe(0);
    const logs = server.logs();
    expect(logs.map((l) => l.msg)).toContain('stopped');
    const requestLine = logs.find((l) => l.requestId === 'slow-request-1');
    expect(requestLine).toMatchObject({ msg: 'request', method: 'POST', path: '/graphql', status: 200, operationName: 'SlowCreate' });
    expect(requestLine?.userId).toEqual(expect.any(String));
    expect(requestLine?.organizationId).toEqual(expect.any(String));
    const everything = server.child.lines.join('\n');
    expect(everything).not.toContain(cpr);
    expect(everything).not.toContain(cpr.replace('-', ''));
    expect(everything).not.toContain('Lauritsen');

    restarted = await startServer(workspace);
    const { data } = await gql(restarted.url, actors.caseworker, 'query($id: ID!) { citizen(id: $id) { name cpr } }', { id: created.data.createCitizen.citizen.id });
    expect(data?.citizen).toEqual({ name, cpr });
  });
});
