import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { signDemoToken } from '../auth/tokens.js';
import { describeDatabase } from '../cli/cli-support.js';
import { engineOf, openDatabase, type Engine } from '../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database.js';
import { todayInDenmark } from '../modules/follow-ups/follow-up.service.js';
import { loadDataset } from './dataset/load.js';
import { summarize, time, type Summary } from './stats.js';

/*
 * `pnpm bench:progression`: on one generated dataset, times the GraphQL `progression` request over HTTP grouped
 * by PROVIDER x LIFE_THEME for the manager of the largest authority, and the same aggregate as one hand-written
 * SQL statement through the driver; reports medians and their ratio. Also times the statement over every
 * authority at once (no GraphQL viewer may ask for that; it shows how the statement scales).
 *
 *   --engine sqlite|postgres   (default sqlite)     --citizens N   (default 100000)   --runs R (default 30)
 *   --database URL   use this database: generate into it when it holds no citizens, else reuse its data
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { engine: { type: 'string' }, citizens: { type: 'string' }, runs: { type: 'string' }, database: { type: 'string' }, seed: { type: 'string' } },
});
const citizens = Number(values.citizens ?? 100_000);
const runs = Number(values.runs ?? 30);
const key = new TextEncoder().encode('treklang-bench-key-not-for-production');

const QUERY = `{ progression(groupBy: [PROVIDER, LIFE_THEME]) {
  groups { provider { id name } lifeTheme { key name } suppressed citizens goals goalsAchieved goalsMeasured meanBaseline meanLatest meanChange improved unchanged declined }
  total { citizens goals goalsAchieved goalsMeasured meanBaseline meanLatest meanChange improved unchanged declined }
} }`;

/**
 * The same aggregate, written by hand: per provider and life theme over one authority's signed contracts (or all,
 * without $1), and the total, as the GraphQL request asks for both.
 */
function handWrittenSql(engine: Engine, scoped: boolean): string {
  const p = (n: number) => (engine === 'postgres' ? `$${n}` : '?');
  const aggregates = `COUNT(DISTINCT citizen_id) AS citizens, COUNT(*) AS goals, SUM(achieved) AS goals_achieved,
    SUM(CASE WHEN baseline IS NOT NULL AND latest IS NOT NULL THEN 1 ELSE 0 END) AS goals_measured,
    AVG(CASE WHEN latest IS NOT NULL THEN baseline END) AS mean_baseline,
    AVG(CASE WHEN baseline IS NOT NULL THEN latest END) AS mean_latest,
    SUM(CASE WHEN latest > baseline THEN 1 ELSE 0 END) AS improved,
    SUM(CASE WHEN latest = baseline THEN 1 ELSE 0 END) AS unchanged,
    SUM(CASE WHEN latest < baseline THEN 1 ELSE 0 END) AS declined`;
  return `
WITH goal_rows AS MATERIALIZED (
  SELECT c.citizen_id, c.provider_id, g.life_theme_key,
    CASE WHEN g.status = 'ACHIEVED' THEN 1 ELSE 0 END AS achieved,
    b.value AS baseline,
    (SELECT f.value FROM measurement f WHERE f.goal_id = g.id AND f.scale = 'ONE_TO_TEN' AND f.kind = 'FOLLOW_UP'
      ORDER BY f.measured_at DESC, f.created_at DESC, f.id DESC LIMIT 1) AS latest
  FROM contract c
  JOIN goal g ON g.contract_id = c.id
  LEFT JOIN measurement b ON b.goal_id = g.id AND b.scale = 'ONE_TO_TEN' AND b.kind = 'BASELINE'
  WHERE c.status <> 'DRAFT'${scoped ? ` AND c.authority_id = ${p(1)}` : ''}
)
SELECT provider_id, life_theme_key, ${aggregates} FROM goal_rows GROUP BY provider_id, life_theme_key
UNION ALL
SELECT NULL, NULL, ${aggregates} FROM goal_rows`;
}

/** Runs each piece of work `runs` times, taking turns (after a warm-up of each), and summarises each one's timings. */
async function interleaved(works: (() => Promise<unknown>)[], runs: number, warmup = 3): Promise<Summary[]> {
  for (let i = 0; i < warmup; i++) for (const work of works) await work();
  const samples: number[][] = works.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [w, work] of works.entries()) {
      const start = process.hrtime.bigint();
      await work();
      samples[w].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples.map(summarize);
}

interface GraphQLGroup {
  provider: { id: string };
  lifeTheme: { key: string };
  suppressed: boolean;
  citizens: number | null;
  goals: number | null;
  improved: number | null;
}

const scratch: ScratchDatabase | null = values.database ? null : await createScratchDatabase(values.engine ?? 'sqlite');
const databaseUrl = values.database ?? scratch!.url;
const engine = engineOf(databaseUrl);
try {
  const db = await openDatabase(databaseUrl);
  const [{ n: existing }] = await db.query('SELECT COUNT(*) AS n FROM citizen');
  let generation = '';
  if (Number(existing) === 0) {
    await db.destroy();
    process.stderr.write(`Generating ${citizens} citizens into ${describeDatabase(databaseUrl)}...\n`);
    const loaded = await loadDataset(databaseUrl, { citizens, seed: Number(values.seed ?? 4), today: todayInDenmark(), providers: 500, force: false }, (l) => process.stderr.write(`${l}\n`));
    generation = `generated in ${loaded.seconds.toFixed(1)} s: ${Object.entries(loaded.counts).map(([t, n]) => `${n} ${t}`).join(', ')}`;
  } else {
    await db.destroy();
    generation = `reusing ${existing} citizens already in the database`;
  }
  const database = await openDatabase(databaseUrl);
  const [largest] = await database.query(
    `SELECT a.id AS authority_id, a.name, u.id AS manager_id, COUNT(*) AS citizens FROM citizen z JOIN organization a ON a.id = z.authority_id
     JOIN app_user u ON u.organization_id = a.id AND u.role = 'MANAGER' GROUP BY a.id, a.name, u.id ORDER BY COUNT(*) DESC LIMIT 1`,
  );
  const counts = await database.query(`SELECT (SELECT COUNT(*) FROM citizen) AS citizens, (SELECT COUNT(*) FROM goal) AS goals, (SELECT COUNT(*) FROM measurement) AS measurements`);
  const { server, apollo } = await createApp({ db: database, databaseUrl, signingKey: key });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const token = await signDemoToken(largest.manager_id, key);

  let lastGroups: GraphQLGroup[] = [];
  const viaGraphQL = async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY }) });
    const body = (await response.json()) as { data?: { progression: { groups: GraphQLGroup[] } }; errors?: unknown };
    if (!body.data) throw new Error(`unexpected response ${JSON.stringify(body).slice(0, 300)}`);
    lastGroups = body.data.progression.groups;
  };
  type RawRow = { provider_id: string; life_theme_key: string; citizens: string | number; goals: string | number; improved: string | number };
  let rawRows: RawRow[] = [];
  const viaSql = async () => {
    rawRows = await database.query(handWrittenSql(engine, true), [largest.authority_id]);
  };
  // Alternating the two, so that both see the same load on the machine.
  const [graphql, rawSql] = await interleaved([viaGraphQL, viaSql], runs);
  const national = await time(() => database.query(handWrittenSql(engine, false)), Math.max(3, Math.ceil(runs / 5)), 1);

  // The same numbers both ways, for every group GraphQL shows.
  const byKey = new Map(rawRows.map((r) => [`${r.provider_id}|${r.life_theme_key}`, r]));
  rawRows = rawRows.filter((r) => r.provider_id !== null);
  const shown = lastGroups.filter((g) => !g.suppressed);
  for (const group of shown) {
    const raw = byKey.get(`${Buffer.from(group.provider.id, 'base64url').toString().split(':')[1]}|${group.lifeTheme.key}`);
    if (!raw || Number(raw.citizens) !== group.citizens || Number(raw.goals) !== group.goals || Number(raw.improved) !== group.improved) {
      throw new Error(`GraphQL and the hand-written SQL disagree on ${JSON.stringify(group)}: ${JSON.stringify(raw)}`);
    }
  }
  if (lastGroups.length !== rawRows.length) throw new Error(`${lastGroups.length} GraphQL groups but ${rawRows.length} SQL rows`);

  const [version] = await database.query(engine === 'postgres' ? 'SELECT version() AS v' : 'SELECT sqlite_version() AS v');
  const row = (name: string, s: Summary) => `| ${name} | ${s.runs} | ${s.median.toFixed(1)} | ${s.p99.toFixed(1)} |`;
  const [c] = counts;
  console.log(`\nTreklang progression bench (${engine}): ${Number(c.citizens)} citizens, ${Number(c.goals)} goals, ${Number(c.measurements)} readings; ${generation}`);
  console.log(`Viewer: the manager of ${largest.name} (${Number(largest.citizens)} citizens); PROVIDER x LIFE_THEME gives ${lastGroups.length} groups, ${shown.length} shown, ${lastGroups.length - shown.length} suppressed.\n`);
  console.log('| request | runs | median ms | p99 ms |\n|---|---|---|---|');
  console.log(row('GraphQL `progression` over HTTP (largest authority)', graphql));
  console.log(row('the same aggregate, one hand-written SQL statement through the driver', rawSql));
  console.log(row('the hand-written statement over all 98 authorities (no viewer may ask this)', national));
  console.log(`\nratio of medians (GraphQL / raw SQL): ${(graphql.median / rawSql.median).toFixed(2)}x`);
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; Node ${process.version}; ${engine} ${String(version.v).split(' on ')[0]}`);
  server.close();
  await apollo.stop();
  await database.destroy();
} finally {
  await scratch?.drop();
}
