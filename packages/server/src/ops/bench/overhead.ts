import autocannon from 'autocannon';
import { isDeepStrictEqual } from 'node:util';
import { isMain } from '../../cli/cli-support.js';
import { STOCK, TUNED, type ExecutionTuning } from '../graphql-execution.js';
import { startChild } from './child-process.js';
import { OVERHEAD_QUERY } from './overhead-query.js';

/*
 * `pnpm bench:overhead`: the same read (50 goals with 4 fields) as a GraphQL request and from a bare node:http
 * handler doing the same SQL through the same driver, served by one process, measured with autocannon from
 * another (10 connections, alternating rounds), for each step of the execution tuning.
 * OVERHEAD_ENGINE=postgres, OVERHEAD_SECONDS (per round), OVERHEAD_ROUNDS, OVERHEAD_CONNECTIONS, OVERHEAD_STEPS=all|tuned.
 */

export interface OverheadStep {
  name: string;
  tuning: ExecutionTuning;
}

export const OVERHEAD_STEPS: OverheadStep[] = [
  { name: 'stock: Apollo Server 5 + type-graphql, graphql-js execution', tuning: STOCK },
  { name: '+ Apollo cache-control plugin off (no wrapper around every resolver)', tuning: { ...STOCK, cacheControlOff: true } },
  { name: '+ plain columns resolved by the default resolver (no type-graphql wrapper)', tuning: { ...STOCK, cacheControlOff: true, simpleFields: true } },
  { name: '+ graphql-jit executor, compiled once per query (all steps: the server as shipped)', tuning: TUNED },
];

export interface Side {
  requests: number;
  seconds: number;
  rps: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU time (user + system) per request: unlike req/s, barely moved by other work on the machine. */
  cpuMsPerRequest: number;
  errors: number;
}

export interface OverheadResult {
  step: string;
  engine: string;
  connections: number;
  graphql: Side;
  bare: Side;
  /** The same read through the same ORM calls as the resolvers, without GraphQL, Express or Apollo. */
  orm: Side;
  /** GraphQL time per request over bare time per request (= bare throughput / GraphQL throughput): the ratio. */
  ratio: number;
  /** GraphQL over the ORM handler: the GraphQL layer alone (Express, Apollo, execution, serialisation). */
  graphqlLayerRatio: number;
  /** GraphQL CPU per request over the bare handler's: the same ratio measured in CPU time. */
  cpuRatio: number;
  /** The median of the ratios of each round's pair (bare round, then GraphQL round): steadier when the machine's speed drifts. */
  pairedRatio: number;
}

interface Round {
  requests: number;
  cpuMicros: number;
  seconds: number;
  mean: number;
  p50: number;
  p99: number;
  errors: number;
}

async function serverCpuMicros(cpuUrl: string): Promise<number> {
  return ((await fetch(cpuUrl).then((r) => r.json())) as { micros: number }).micros;
}

async function measure(url: string, token: string, graphql: boolean, seconds: number, connections: number, cpuUrl: string): Promise<Round> {
  const cpuBefore = await serverCpuMicros(cpuUrl);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: graphql ? 'POST' : 'GET',
    headers: graphql ? { authorization: `Bearer ${token}`, 'content-type': 'application/json' } : { authorization: `Bearer ${token}` },
    body: graphql ? JSON.stringify({ query: OVERHEAD_QUERY }) : undefined,
  });
  const cpuMicros = (await serverCpuMicros(cpuUrl)) - cpuBefore;
  return {
    requests: result.requests.total,
    cpuMicros,
    seconds: result.duration,
    mean: result.latency.mean,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function side(rounds: Round[]): Side {
  const requests = rounds.reduce((sum, r) => sum + r.requests, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  return {
    requests,
    seconds,
    rps: requests / seconds,
    meanMs: rounds.reduce((sum, r) => sum + r.mean * r.requests, 0) / requests,
    p50Ms: median(rounds.map((r) => r.p50)),
    p99Ms: median(rounds.map((r) => r.p99)),
    cpuMsPerRequest: rounds.reduce((sum, r) => sum + r.cpuMicros, 0) / 1000 / requests,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

export interface OverheadOptions {
  engine: string;
  seconds: number;
  rounds: number;
  connections: number;
  /** Compiled server code folder (packages/server/dist). */
  distDir: string;
  /** Also time the ORM handler (default true). */
  withOrm?: boolean;
}

/** Runs one step: starts the two-port server, checks both answer the same JSON, then alternates timed rounds. */
export async function runOverheadStep(step: OverheadStep, options: OverheadOptions): Promise<OverheadResult> {
  const child = startChild(process.execPath, [`${options.distDir}/ops/bench/overhead-server.js`], {
    ...process.env,
    OVERHEAD_ENGINE: options.engine,
    OVERHEAD_TUNING: JSON.stringify(step.tuning),
  });
  try {
    const ready = JSON.parse(await child.waitForLine((line) => line.startsWith('{"graphqlUrl"'))) as { graphqlUrl: string; bareUrl: string; ormUrl: string; token: string };
    const viaGraphql = await fetch(ready.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${ready.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: OVERHEAD_QUERY }),
    }).then((r) => r.json() as Promise<{ data: { contracts: { edges: { node: { goals: unknown[] } }[] } } }>);
    const cpuUrl = ready.bareUrl.replace(/\/goals$/, '/cpu');
    const viaBare = await fetch(ready.bareUrl, { headers: { authorization: `Bearer ${ready.token}` } }).then((r) => r.json());
    const viaOrm = await fetch(ready.ormUrl, { headers: { authorization: `Bearer ${ready.token}` } }).then((r) => r.json());
    const goals = viaGraphql.data?.contracts.edges.reduce((n, e) => n + e.node.goals.length, 0);
    if (goals !== 50) throw new Error(`expected 50 goals from GraphQL, got ${goals}: ${JSON.stringify(viaGraphql).slice(0, 300)}`);
    if (!isDeepStrictEqual(viaGraphql, viaBare)) throw new Error('the bare handler and GraphQL answer differently');
    if (!isDeepStrictEqual(viaGraphql, viaOrm)) throw new Error('the ORM handler and GraphQL answer differently');
    await measure(ready.bareUrl, ready.token, false, 2, options.connections, cpuUrl);
    await measure(ready.ormUrl, ready.token, false, 2, options.connections, cpuUrl);
    await measure(ready.graphqlUrl, ready.token, true, 2, options.connections, cpuUrl);
    const bare: Round[] = [];
    const orm: Round[] = [];
    const graphql: Round[] = [];
    for (let round = 0; round < options.rounds; round++) {
      bare.push(await measure(ready.bareUrl, ready.token, false, options.seconds, options.connections, cpuUrl));
      if (options.withOrm !== false) orm.push(await measure(ready.ormUrl, ready.token, false, options.seconds, options.connections, cpuUrl));
      graphql.push(await measure(ready.graphqlUrl, ready.token, true, options.seconds, options.connections, cpuUrl));
    }
    const g = side(graphql);
    const b = side(bare);
    const o = orm.length ? side(orm) : b;
    const pairs = graphql.map((round, i) => bare[i].requests / bare[i].seconds / (round.requests / round.seconds));
    return {
      step: step.name,
      engine: options.engine,
      connections: options.connections,
      graphql: g,
      bare: b,
      orm: o,
      ratio: b.rps / g.rps,
      graphqlLayerRatio: o.rps / g.rps,
      cpuRatio: g.cpuMsPerRequest / b.cpuMsPerRequest,
      pairedRatio: median(pairs),
    };
  } finally {
    await child.stop('SIGTERM');
  }
}

export function overheadTable(results: OverheadResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.step} | ${r.graphql.rps.toFixed(0)} | ${r.graphql.p50Ms.toFixed(0)} / ${r.graphql.p99Ms.toFixed(0)} | ${r.bare.rps.toFixed(0)} | ${r.bare.p50Ms.toFixed(0)} / ${r.bare.p99Ms.toFixed(0)} | **${r.ratio.toFixed(2)}x** | ${r.orm.rps.toFixed(0)} | ${r.graphqlLayerRatio.toFixed(2)}x | ${r.graphql.cpuMsPerRequest.toFixed(2)} / ${r.bare.cpuMsPerRequest.toFixed(2)} / ${r.orm.cpuMsPerRequest.toFixed(2)} | **${r.cpuRatio.toFixed(2)}x** | ${r.pairedRatio.toFixed(2)}x | ${r.graphql.errors + r.bare.errors + r.orm.errors} |`,
  );
  return [
    '| step | GraphQL req/s | GraphQL p50 / p99 ms | bare SQL req/s | bare p50 / p99 ms | ratio GraphQL / bare SQL | ORM handler req/s | ratio GraphQL / ORM handler | server CPU ms per request: GraphQL / bare / ORM | CPU ratio GraphQL / bare | median of the ratios per round | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (isMain(import.meta.url)) {
  const options: OverheadOptions = {
    engine: process.env.OVERHEAD_ENGINE ?? 'sqlite',
    seconds: Number(process.env.OVERHEAD_SECONDS ?? 5),
    rounds: Number(process.env.OVERHEAD_ROUNDS ?? 3),
    connections: Number(process.env.OVERHEAD_CONNECTIONS ?? 10),
    distDir: new URL('../..', import.meta.url).pathname.replace(/\/$/, ''),
  };
  const steps = process.env.OVERHEAD_STEPS === 'tuned' ? OVERHEAD_STEPS.slice(-1) : OVERHEAD_STEPS;
  const results: OverheadResult[] = [];
  for (const step of steps) {
    const result = await runOverheadStep(step, options);
    results.push(result);
    process.stderr.write(`${step.name}: ratio ${result.ratio.toFixed(2)}x (rounds' median ${result.pairedRatio.toFixed(2)}x), CPU ratio ${result.cpuRatio.toFixed(2)}x (GraphQL ${result.graphql.rps.toFixed(0)} req/s, bare ${result.bare.rps.toFixed(0)} req/s, ORM handler ${result.orm.rps.toFixed(0)} req/s)\n`);
  }
  console.log(`\nGraphQL overhead (${options.engine}, ${options.connections} connections, ${options.rounds} alternating rounds of ${options.seconds} s per side, Node ${process.version})\n`);
  console.log(overheadTable(results));
}
