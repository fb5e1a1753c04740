// The server first: it loads reflect-metadata, which the schema's decorators need.
import { startTestServer, type TestServer } from '../../packages/server/src/test-support/test-server.js';
import { treklangSchema } from '../../packages/server/src/graphql/build-schema.js';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedTables, checksum, domainTables, type Checksum } from './db-checksum.js';
import { anyInt, hostileString, jsonish, rootFieldOperations, type FieldOperation } from './fuzz-inputs.js';
import { authMethodsAndBatches, brokenGraphql, deepBodies, hugeAndDeep, randomJsonBodies, rawBodies, type RawRequest } from './fuzz-requests.js';
import { buildWorld, startDraft, type FuzzWorld } from './fuzz-world.js';

/*
 * Fuzzing the API over HTTP against a real server and database (SQLite or PostgreSQL, TREKLANG_TEST_DB): more than
 * 10,000 random and malformed requests, random inputs to every mutation and random answers to the forms. Checks:
 * no 5xx, no internal error, no stack trace in any answer, the server still answers at the end, and the domain
 * tables are unchanged by every rejected request (a checksum of every row, after each mutation and around each
 * chunk of the other requests). FUZZ_SEED reproduces a run, FUZZ_SCALE scales the counts.
 */

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const n = (count: number) => Math.max(1, Math.round(count * SCALE));
const CONCURRENCY = 8;
const CHUNK = 250;
const STACK_TRACE = /\bat [\w$.<>]+ \(|\bat (?:file:\/\/|\/)[^\s]+:\d+:\d+|node_modules\//;

interface Outcome {
  status: number;
  json?: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | unknown[];
}

class Tally {
  requests = 0;
  readonly byStatus: Record<string, number> = {};
  readonly byKind: Record<string, number> = {};
  readonly problems: string[] = [];
  /** Problems of the same kind and message counted once, with how often they happened. */
  readonly problemCounts = new Map<string, number>();
  /** Requests in chunks whose checksum was unchanged afterwards, by kind. */
  readonly unchangedChunks: Record<string, number> = {};
  rejectedMutationsVerified = 0;
  acceptedMutations = 0;
  readonly acceptedByField: Record<string, number> = {};

  problem(kind: string, request: RawRequest | string, what: string): void {
    const signature = `${kind}: ${what.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>').slice(0, 120)}`;
    this.problemCounts.set(signature, (this.problemCounts.get(signature) ?? 0) + 1);
    if (this.problemCounts.get(signature) === 1 && this.problems.length < 25) {
      const described = typeof request === 'string' ? request : `${request.method} ${request.path.slice(0, 200)} ${typeof request.body === 'string' ? request.body.slice(0, 300) : `[${request.body?.length ?? 0} bytes]`}`;
      this.problems.push(`${kind}: ${what} <- ${described}`);
    }
  }
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number, offset: number): T[] => fc.sample(arbitrary, { numRuns: count, seed: SEED + offset });

describe(`fuzzing the API (${process.env.TREKLANG_TEST_DB ?? 'sqlite'}, seed ${SEED})`, () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  let world: FuzzWorld;
  let tables: string[];
  const tally = new Tally();

  beforeAll(async () => {
    server = await startTestServer();
    schema = await treklangSchema();
    world = await buildWorld(server);
    tables = await domainTables(server.db);
    expect(tables).toEqual(expect.arrayContaining(['citizen', 'contract', 'goal', 'form_response', 'consent', 'organization', 'app_user']));
  }, 120_000);
  afterAll(() => server?.close());

  async function send(kind: string, request: RawRequest): Promise<Outcome> {
    tally.requests += 1;
    tally.byKind[kind] = (tally.byKind[kind] ?? 0) + 1;
    let response: Response;
    const attempt = () => fetch(`${server.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined, signal: AbortSignal.timeout(20_000) });
    try {
      try {
        response = await attempt();
      } catch (error) {
        // A pooled keep-alive socket the server closed at the same moment (ECONNRESET / socket closed) is the
        // client's race, not the server's answer: the request is sent once more on a new socket before it counts.
        const code = String((error as { cause?: { code?: string } }).cause?.code ?? '');
        if (!/ECONNRESET|UND_ERR_SOCKET|EPIPE/.test(code)) throw error;
        tally.byStatus.retriedAfterSocketReset = (tally.byStatus.retriedAfterSocketReset ?? 0) + 1;
        response = await attempt();
      }
    } catch (error) {
      tally.byStatus.failed = (tally.byStatus.failed ?? 0) + 1;
      tally.problem(kind, { ...request, path: `${request.path} [authorization: ${JSON.stringify(request.headers.authorization ?? null)}]` }, `no answer: ${(error as Error).message} (${String((error as { cause?: unknown }).cause ?? '')})`);
      return { status: 0 };
    }
    tally.byStatus[response.status] = (tally.byStatus[response.status] ?? 0) + 1;
    const text = await response.text();
    if (response.status >= 500) tally.problem(kind, request, `status ${response.status}: ${text.slice(0, 300)}`);
    if (STACK_TRACE.test(text)) tally.problem(kind, request, `stack trace in the answer: ${text.slice(0, 300)}`);
    if (request.method === 'HEAD' || !(response.headers.get('content-type') ?? '').includes('json')) return { status: response.status };
    let json: Outcome['json'];
    try {
      json = JSON.parse(text);
    } catch {
      tally.problem(kind, request, `JSON content type but not JSON: ${text.slice(0, 200)}`);
      return { status: response.status };
    }
    const errors = Array.isArray(json) ? [] : (json?.errors ?? []);
    const internal = errors.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR' || error.extensions?.code === undefined);
    if (internal) tally.problem(kind, request, `internal error: ${internal.message.slice(0, 300)}`);
    return { status: response.status, json };
  }

  /** Sends the requests in chunks, several at a time, and checks the domain tables after each chunk. */
  async function sendChecked(kind: string, requests: RawRequest[]): Promise<void> {
    for (let start = 0; start < requests.length; start += CHUNK) {
      const chunk = requests.slice(start, start + CHUNK);
      const before = await checksum(server.db, tables);
      await pool(chunk, CONCURRENCY, async (request) => void (await send(kind, request)));
      const changed = changedTables(before, await checksum(server.db, tables));
      if (changed.length) tally.problem(kind, `chunk ${start / CHUNK}`, `tables changed: ${changed.join(', ')}`);
      else tally.unchangedChunks[kind] = (tally.unchangedChunks[kind] ?? 0) + chunk.length;
    }
  }

  const token = () => world.tenant.tokens.caseworker;

  it('random JSON bodies', async () => {
    await sendChecked('json-bodies', sample(randomJsonBodies(token()), n(2000), 1));
  }, 120_000);

  it('bytes that are not JSON, odd content types and encodings, bodies too large or too deep', async () => {
    const requests = [
      ...sample(rawBodies(token()), n(1000), 2),
      ...sample(deepBodies(token(), world.drafts[0].id), n(30), 3),
      ...Array.from({ length: n(5) }, (): RawRequest => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` }, body: JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(1_100_000)}` }) })),
    ];
    await sendChecked('raw-bodies', requests);
  }, 120_000);

  it('broken GraphQL', async () => {
    await sendChecked('broken-graphql', sample(brokenGraphql(token()), n(2500), 4));
  }, 120_000);

  it('documents too deep, too large, too many aliases, fragments or operations', async () => {
    await sendChecked('huge-deep', sample(hugeAndDeep(token()), n(500), 5));
  }, 120_000);

  it('every query with random arguments: wrong types, unknown and foreign IDs, odd page sizes and cursors', async () => {
    const operations = rootFieldOperations(schema, 'query', world.pool);
    const tokens = [token(), token(), token(), world.tenant.tokens.providerStaff, world.tenant.tokens.manager, world.tenant.tokens.authorityAdmin, world.other.tokens.caseworker];
    const cursor = fc.oneof(fc.constant(world.cursor), hostileString, fc.jsonValue({ maxDepth: 1 }).map((value) => Buffer.from(JSON.stringify(value) ?? '').toString('base64url')));
    const paging = fc.record({ first: anyInt, after: cursor }, { requiredKeys: [] });
    const requests = sample(
      fc.tuple(fc.constantFrom(...operations), fc.constantFrom(...tokens), paging, fc.boolean()).chain(([operation, who, page, repage]) =>
        operation.variables.map((variables): RawRequest => ({
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${who}` },
          body: JSON.stringify({ query: operation.query, variables: 'first' in variables && repage ? { ...variables, ...page } : variables }),
        })),
      ),
      n(2000),
      6,
    );
    await sendChecked('queries', requests);
  }, 120_000);

  /** Sends one mutation and checks the tables: unchanged when rejected; when accepted, the new state is the baseline. */
  async function mutate(kind: string, field: string, request: RawRequest, baseline: { value: Checksum }): Promise<Record<string, any> | null> {
    const outcome = await send(kind, request);
    const body = Array.isArray(outcome.json) ? undefined : outcome.json;
    const payload = body?.data?.[field] ?? null;
    const rejected = outcome.status !== 200 || Boolean(body?.errors?.length) || payload === null || Boolean(payload.userErrors?.length);
    const after = await checksum(server.db, tables);
    if (rejected) {
      const changed = changedTables(baseline.value, after);
      if (changed.length) tally.problem(kind, request, `rejected (${outcome.status} ${JSON.stringify(body?.errors?.[0]?.extensions?.code ?? payload?.userErrors?.[0]?.code)}) but changed ${changed.join(', ')}`);
      else tally.rejectedMutationsVerified += 1;
      baseline.value = after;
      return null;
    }
    tally.acceptedMutations += 1;
    tally.acceptedByField[field] = (tally.acceptedByField[field] ?? 0) + 1;
    baseline.value = after;
    return payload;
  }

  it('every mutation with random input, as every kind of viewer', async () => {
    const operations: FieldOperation[] = rootFieldOperations(schema, 'mutation', world.pool);
    expect(operations.length).toBeGreaterThan(25);
    const tokens = [token(), token(), token(), token(), world.tenant.tokens.providerStaff, world.tenant.tokens.providerManager, world.tenant.tokens.manager, world.tenant.tokens.authorityAdmin, world.other.tokens.caseworker];
    const requests = sample(
      fc.tuple(fc.constantFrom(...operations), fc.constantFrom(...tokens)).chain(([operation, who]) =>
        operation.variables.map((variables) => ({ field: operation.field, request: { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${who}` }, body: JSON.stringify({ query: operation.query, variables }) } as RawRequest })),
      ),
      n(1300),
      7,
    );
    const baseline = { value: await checksum(server.db, tables) };
    for (const { field, request } of requests) await mutate('mutations', field, request, baseline);
  }, 180_000);

  it('random answers to every built-in form: saved, submitted and started', async () => {
    const FORM = 'formResponse { id version status } userErrors { code field }';
    const SAVE = `mutation($input: SaveFormResponseInput!) { saveFormResponse(input: $input) { ${FORM} } }`;
    const SUBMIT = `mutation($input: SubmitFormResponseInput!) { submitFormResponse(input: $input) { ${FORM} } }`;
    const answerValue = fc.oneof(hostileString, anyInt, fc.boolean(), fc.constant(null), fc.constantFrom('2026-06-30', 'JA', 'NEJ', 'DELVIST', 'PRACTICAL_TASKS'), jsonish);
    const action = fc.record({
      draft: fc.nat(),
      kind: fc.constantFrom('save', 'save', 'save', 'save', 'submit', 'start'),
      keys: fc.array(fc.oneof({ weight: 5, arbitrary: fc.nat() }, { weight: 1, arbitrary: hostileString }), { maxLength: 8 }),
      values: fc.array(fc.oneof({ weight: 3, arbitrary: answerValue }, { weight: 1, arbitrary: fc.array(fc.dictionary(fc.string({ maxLength: 12 }), answerValue, { maxKeys: 4 }), { maxLength: 3 }) }), { minLength: 8, maxLength: 8 }),
      version: fc.oneof({ weight: 8, arbitrary: fc.constant('current' as const) }, { weight: 1, arbitrary: anyInt }, { weight: 1, arbitrary: fc.constant(undefined) }),
      otherViewer: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      subject: fc.constantFrom(...world.pool.own, ...world.pool.foreign),
      templateKey: fc.oneof(fc.constantFrom(...world.drafts.map((draft) => draft.templateKey)), hostileString),
      providerId: fc.oneof(fc.constant(undefined), fc.constantFrom(...world.pool.own, ...world.pool.foreign)),
    });
    const baseline = { value: await checksum(server.db, tables) };
    for (const step of sample(action, n(700), 8)) {
      const draft = world.drafts[step.draft % world.drafts.length];
      const answers = Object.fromEntries(step.keys.map((key, i) => [typeof key === 'number' ? (draft.itemIds[key % draft.itemIds.length] ?? 'x') : key, step.values[i]]));
      const who = step.otherViewer ? world.other.tokens.caseworker : draft.token;
      const expectedVersion = step.version === 'current' ? draft.version : step.version;
      const [field, query, input] =
        step.kind === 'save'
          ? ['saveFormResponse', SAVE, { id: draft.id, expectedVersion, answers }]
          : step.kind === 'submit'
            ? ['submitFormResponse', SUBMIT, { id: draft.id, expectedVersion, providerId: step.providerId }]
            : ['saveFormResponse', SAVE, { templateKey: step.templateKey, subjectId: step.subject, answers }];
      const request: RawRequest = { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${who}` }, body: JSON.stringify({ query, variables: { input } }) };
      const payload = await mutate('form-answers', field, request, baseline);
      const saved = payload?.formResponse as { id: string; version: number; status: string } | undefined;
      if (saved?.id === draft.id) draft.version = saved.version;
      if (saved?.id === draft.id && saved.status !== 'DRAFT') {
        const fresh = await startDraft(server, world, draft.templateKey);
        world.drafts.splice(world.drafts.indexOf(draft), 1, ...(fresh ? [fresh] : []));
        baseline.value = await checksum(server.db, tables);
      }
    }
  }, 180_000);

  it('forged and odd credentials, other methods, GET with random parameters, batches', async () => {
    await sendChecked('auth-methods-batches', sample(authMethodsAndBatches(token(), world.victimToken), n(800), 9));
  }, 120_000);

  it('leaves the server answering, and found no 5xx, internal error, stack trace or change from a rejected request', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const viewer = await server.gql(token(), '{ viewer { id } citizens(first: 5) { totalCount } }');
    expect(viewer.errors).toBeUndefined();
    const verified = Object.values(tally.unchangedChunks).reduce((sum, count) => sum + count, 0);
    console.log(
      [
        `fuzz (${process.env.TREKLANG_TEST_DB ?? 'sqlite'}, seed ${SEED}): ${tally.requests} requests`,
        `  by status: ${JSON.stringify(tally.byStatus)}`,
        `  by kind: ${JSON.stringify(tally.byKind)}`,
        `  requests in chunks verified to leave the domain tables unchanged: ${verified} ${JSON.stringify(tally.unchangedChunks)}`,
        `  mutations: ${tally.rejectedMutationsVerified} rejected, each verified to change nothing; ${tally.acceptedMutations} accepted ${JSON.stringify(tally.acceptedByField)}`,
        `  problems: ${[...tally.problemCounts.values()].reduce((sum, count) => sum + count, 0)}`,
        ...[...tally.problemCounts].map(([signature, count]) => `    ${count} x ${signature}`),
      ].join('\n'),
    );
    expect(tally.problems).toEqual([]);
    expect(tally.requests).toBeGreaterThanOrEqual(n(10_000));
    expect(tally.byStatus['500'] ?? 0).toBe(0);
  });
});
