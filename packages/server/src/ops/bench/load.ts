import autocannon from 'autocannon';
import { randomInt } from 'node:crypto';
import { isMain } from '../../cli/cli-support.js';
import { createActiveCase, demoActors, RECORD_MEASUREMENT, SAVE_FORM, startChangeNoticeDraft, type Actors, type Case } from './cases.js';
import { createWorkspace, gql, startServer } from './server-process.js';

/*
 * `pnpm bench:load` (and test/reliability/load.spec.ts with a shorter run): the built server on 127.0.0.1 with
 * the demo data, `connections` concurrent clients (autocannon, one request in flight each) for `seconds`,
 * cycling through a mix of reads and writes:
 *   1. list contracts (the caseworker's first page of 20 with status, citizen name and goals),
 *   2. read a citizen (name, CPR, contracts),
 *   3. save a form draft (saveFormResponse on a change-notice draft, optimistic concurrency by expectedVersion),
 *   4. record a measurement (a FOLLOW_UP reading on a goal).
 * Each client writes to a case no other client holds at the same time, so no VERSION_CONFLICT is expected; any
 * non-2xx answer, GraphQL error or userError counts as an error. Afterwards every acknowledged write is looked up.
 * LOAD_ENGINE=sqlite|postgres|both, LOAD_CONNECTIONS (100), LOAD_SECONDS (60).
 */

const LIST = '{ contracts(first: 20) { totalCount edges { node { id status version citizen { name } goals { id title } } } } }';
const READ_CITIZEN = 'query($id: ID!) { citizen(id: $id) { id name cpr contracts { id status } } }';
const DRAFT_STATE = 'query($id: ID!) { formResponse(id: $id) { version answers } }';
const GOAL_READINGS = 'query($id: ID!) { node(id: $id) { ... on Goal { measurements { id comment } } } }';

export interface LoadOptions {
  engine: 'sqlite' | 'postgres';
  connections: number;
  seconds: number;
  log?: (line: string) => void;
}

export interface WriteCount {
  acknowledged: number;
  /** Writes of this kind found in the database afterwards (at least the acknowledged ones; more if some were in flight at the cut-off). */
  found: number;
  /** Acknowledged writes not found: must be 0. */
  missing: number;
}

export interface LoadResult {
  engine: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  latency: { mean: number; p50: number; p90: number; p99: number; max: number };
  byKind: Record<'list' | 'citizen' | 'formDraft' | 'measurement', number>;
  errors: { total: number; non2xx: number; socket: number; timeouts: number; graphql: number; userErrors: number; versionConflicts: number; examples: string[] };
  writes: { formDrafts: WriteCount; measurements: WriteCount };
  serverExit: number | string;
}

interface Fixture extends Case {
  draftId: string;
  draftVersion: number;
  acknowledgedSaves: number;
  lastAcknowledged: string | null;
}

async function buildFixtures(url: string, actors: Actors, count: number): Promise<Fixture[]> {
  const fixtures: Fixture[] = [];
  while (fixtures.length < count) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, count - fixtures.length) }, async () => {
        const c = await createActiveCase(url, actors);
        const draft = await startChangeNoticeDraft(url, actors, c.contractId);
        return { ...c, draftId: draft.id, draftVersion: draft.version, acknowledgedSaves: 0, lastAcknowledged: null };
      }),
    );
    fixtures.push(...batch);
  }
  return fixtures;
}

type Context = Record<string, unknown>;

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const log = options.log ?? (() => undefined);
  const workspace = await createWorkspace(options.engine);
  const server = await startServer(workspace);
  try {
    const actors = await demoActors(server.url, workspace);
    const fixtures = await buildFixtures(server.url, actors, options.connections);
    log(`${options.engine}: ${fixtures.length} cases ready, ${options.connections} clients for ${options.seconds} s`);

    const free = fixtures.map((_, i) => i);
    const measurementsAcknowledged: string[] = [];
    const byKind = { list: 0, citizen: 0, formDraft: 0, measurement: 0 };
    const errors = { graphql: 0, userErrors: 0, versionConflicts: 0, examples: [] as string[] };
    let sequence = 0;
    const caseworkerHeaders = { 'content-type': 'application/json', authorization: `Bearer ${actors.caseworker}` };
    const staffHeaders = { 'content-type': 'application/json', authorization: `Bearer ${actors.staff}` };
    const request = (headers: Record<string, string>, query: string, variables?: Record<string, unknown>) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const problem = (kind: string, status: number, body: string) => {
      if (errors.examples.length < 5) errors.examples.push(`${kind} ${status}: ${body.slice(0, 300)}`);
    };
    /** Parses a 200 answer; counts GraphQL errors and userErrors; returns the payload or null. */
    const payloadOf = (kind: string, status: number, body: string, field: string): Record<string, any> | null => {
      if (status !== 200) {
        problem(kind, status, body);
        return null;
      }
      const parsed = JSON.parse(body) as { data?: Record<string, any>; errors?: unknown[] };
      if (parsed.errors?.length || !parsed.data?.[field]) {
        errors.graphql += 1;
        problem(kind, status, body);
        return null;
      }
      const userErrors = (parsed.data[field].userErrors ?? []) as { code: string }[];
      if (userErrors.length) {
        if (userErrors[0].code === 'VERSION_CONFLICT') errors.versionConflicts += 1;
        else errors.userErrors += 1;
        problem(kind, status, body);
        return null;
      }
      return parsed.data[field];
    };

    const result = await autocannon({
      url: `${server.url}/graphql`,
      connections: options.connections,
      duration: options.seconds,
      timeout: 30,
      requests: [
        {
          ...request(caseworkerHeaders, LIST),
          onResponse: (status: number, body: string) => {
            if (payloadOf('list', status, body, 'contracts')) byKind.list += 1;
          },
        },
        {
          setupRequest: (req: object) => ({ ...req, ...request(caseworkerHeaders, READ_CITIZEN, { id: fixtures[randomInt(fixtures.length)].citizenId }) }),
          onResponse: (status: number, body: string) => {
            if (payloadOf('citizen', status, body, 'citizen')) byKind.citizen += 1;
          },
        },
        {
          setupRequest: (req: object, context: Context) => {
            const index = free.pop();
            // Only if an answer was lost (a timeout, already counted as an error): skip this write.
            if (index === undefined) return null;
            const fixture = fixtures[index];
            const marker = `load-${index}-${++sequence}`;
            context.fixture = index;
            context.marker = marker;
            return { ...req, ...request(staffHeaders, SAVE_FORM, { i: { id: fixture.draftId, expectedVersion: fixture.draftVersion, answers: { description: marker } } }) };
          },
          onResponse: (status: number, body: string, context: Context) => {
            const index = context.fixture as number;
            const payload = payloadOf('formDraft', status, body, 'saveFormResponse');
            if (payload) {
              const fixture = fixtures[index];
              fixture.draftVersion = payload.formResponse.version as number;
              fixture.acknowledgedSaves += 1;
              fixture.lastAcknowledged = context.marker as string;
              byKind.formDraft += 1;
            }
            free.push(index);
          },
        },
        {
          setupRequest: (req: object) => {
            const fixture = fixtures[randomInt(fixtures.length)];
            const comment = `load-m-${++sequence}`;
            return { ...req, ...request(staffHeaders, RECORD_MEASUREMENT, { i: { goalId: fixture.goalId, scale: 'ONE_TO_TEN', value: randomInt(1, 11), measuredAt: '2025-06-01', kind: 'FOLLOW_UP', comment } }) };
          },
          onResponse: (status: number, body: string) => {
            const payload = payloadOf('measurement', status, body, 'recordMeasurement');
            if (payload) {
              measurementsAcknowledged.push(payload.measurement.id as string);
              byKind.measurement += 1;
            }
          },
        },
      ],
    } as autocannon.Options);

    // Every acknowledged write, looked up afterwards.
    let draftsFound = 0;
    let draftsMissing = 0;
    for (const fixture of fixtures) {
      const { data } = await gql(server.url, actors.staff, DRAFT_STATE, { id: fixture.draftId });
      const applied = (data?.formResponse.version as number) - 1;
      draftsFound += applied;
      if (applied < fixture.acknowledgedSaves) draftsMissing += fixture.acknowledgedSaves - applied;
      else if (applied === fixture.acknowledgedSaves && fixture.lastAcknowledged && data?.formResponse.answers.description !== fixture.lastAcknowledged) draftsMissing += 1;
    }
    const readings = new Set<string>();
    for (const fixture of fixtures) {
      const { data } = await gql(server.url, actors.staff, GOAL_READINGS, { id: fixture.goalId });
      for (const m of (data?.node?.measurements ?? []) as { id: string; comment: string | null }[]) if (m.comment?.startsWith('load-m-')) readings.add(m.id);
    }
    const measurementsMissing = measurementsAcknowledged.filter((id) => !readings.has(id)).length;

    const serverExit = await server.stop();
    const socket = result.errors;
    const total = result.non2xx + socket + result.timeouts + errors.graphql + errors.userErrors + errors.versionConflicts;
    return {
      engine: options.engine,
      connections: options.connections,
      seconds: result.duration,
      requests: result.requests.total,
      rps: result.requests.total / result.duration,
      latency: { mean: result.latency.mean, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      byKind,
      errors: { total, non2xx: result.non2xx, socket, timeouts: result.timeouts, ...errors },
      writes: {
        formDrafts: { acknowledged: fixtures.reduce((n, f) => n + f.acknowledgedSaves, 0), found: draftsFound, missing: draftsMissing },
        measurements: { acknowledged: measurementsAcknowledged.length, found: readings.size, missing: measurementsMissing },
      },
      serverExit,
    };
  } finally {
    await server.kill();
    await workspace.remove();
  }
}

export function loadTable(results: LoadResult[]): string {
  const rows = results.map((r) => {
    const w = r.writes;
    return `| ${r.engine} | ${r.connections} | ${r.seconds} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors.total} | ${w.formDrafts.acknowledged} / ${w.formDrafts.found} | ${w.measurements.acknowledged} / ${w.measurements.found} | ${w.formDrafts.missing + w.measurements.missing} |`;
  });
  return [
    '| engine | clients | s | requests | req/s | p50 ms | p99 ms | errors | form drafts acked / found | measurements acked / found | acked but missing |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (isMain(import.meta.url)) {
  const engines = (process.env.LOAD_ENGINE ?? 'both') === 'both' ? (['sqlite', 'postgres'] as const) : [process.env.LOAD_ENGINE as 'sqlite' | 'postgres'];
  const results: LoadResult[] = [];
  for (const engine of engines) {
    const result = await runLoad({
      engine,
      connections: Number(process.env.LOAD_CONNECTIONS ?? 100),
      seconds: Number(process.env.LOAD_SECONDS ?? 60),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    results.push(result);
    process.stderr.write(`${JSON.stringify(result)}\n`);
  }
  console.log(`\nLoad (mixed reads and writes, Node ${process.version})\n`);
  console.log(loadTable(results));
  process.exitCode = results.some((r) => r.errors.total > 0 || r.writes.formDrafts.missing + r.writes.measurements.missing > 0) ? 1 : 0;
}
