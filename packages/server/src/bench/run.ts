import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { signDemoToken } from '../auth/tokens.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase } from '../db/scratch-database.js';
import { buildBenchDataset } from './bench-dataset.js';
import { time, type Summary } from './stats.js';

/*
 * `pnpm bench`: listing 50 contracts with goals, sub-goals and readings, as a GraphQL request over HTTP
 * and as the same reads in hand-written SQL through the driver, in one run on the same data.
 * ENGINE=postgres runs it on the local PostgreSQL; CONTRACTS and RUNS size it.
 */
const engine = process.env.ENGINE ?? 'sqlite';
const contracts = Number(process.env.CONTRACTS ?? 500);
const runs = Number(process.env.RUNS ?? 200);
const key = new TextEncoder().encode('treklang-bench-key-not-for-production');

const QUERY = `{ contracts(first: 50) { edges { node { id status startDate citizen { name } goals { title goalType change subGoals { title approval } measurements { value kind measuredAt } } } } } }`;

const database = await createScratchDatabase(engine);
const db = await openDatabase(database.url);
try {
  const { caseworker } = await buildBenchDataset(db, contracts);
  const { server, apollo } = await createApp({ db, databaseUrl: database.url, signingKey: key });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const token = await signDemoToken(caseworker.rowId, key);

  const graphql = await time(async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY }) });
    const body = (await response.json()) as { data?: { contracts: { edges: unknown[] } } };
    if (body.data?.contracts.edges.length !== 50) throw new Error(`unexpected response ${JSON.stringify(body).slice(0, 300)}`);
  }, runs);

  const p = (n: number) => (engine === 'postgres' ? `$${n}` : '?');
  const inList = (count: number) => Array.from({ length: count }, (_, i) => p(i + 1)).join(', ');
  const rawSql = await time(async () => {
    const rows: { id: string; status: string; start_date: string; name: string }[] = await db.query(
      `SELECT c.id, c.status, c.start_date, z.name FROM contract c JOIN citizen z ON z.id = c.citizen_id
       WHERE c.authority_id = ${p(1)} ORDER BY c.created_at, c.id LIMIT 51`, [caseworker.organizationId]);
    const page = rows.slice(0, 50);
    const goals: { id: string; contract_id: string; title: string; goal_type: string }[] = await db.query(
      `SELECT id, contract_id, title, goal_type FROM goal WHERE contract_id IN (${inList(page.length)}) ORDER BY priority`, page.map((r) => r.id));
    const goalIds = goals.map((g) => g.id);
    const subGoals: { goal_id: string; title: string; approval: string }[] = await db.query(
      `SELECT goal_id, title, approval FROM sub_goal WHERE goal_id IN (${inList(goalIds.length)}) ORDER BY created_at`, goalIds);
    const readings: { goal_id: string; value: number; kind: string; measured_at: string }[] = await db.query(
      `SELECT goal_id, value, kind, measured_at FROM measurement WHERE goal_id IN (${inList(goalIds.length)}) ORDER BY measured_at`, goalIds);
    const body = JSON.stringify(page.map((c) => ({
      id: c.id, status: c.status, startDate: c.start_date, citizen: { name: c.name },
      goals: goals.filter((g) => g.contract_id === c.id).map((g) => ({
        title: g.title, goalType: g.goal_type,
        subGoals: subGoals.filter((s) => s.goal_id === g.id),
        measurements: readings.filter((m) => m.goal_id === g.id),
      })),
    })));
    if (body.length < 100) throw new Error('raw SQL returned too little');
  }, runs);

  const row = (name: string, s: Summary) => `| ${name} | ${s.runs} | ${s.median.toFixed(2)} | ${s.p99.toFixed(2)} |`;
  console.log(`\nTreklang bench: list 50 contracts with 3 goals, 2 sub-goals and 4 readings each (${engine}, ${contracts} contracts in the database)\n`);
  console.log('| read | runs | median ms | p99 ms |\n|---|---|---|---|');
  console.log(row('GraphQL over HTTP', graphql));
  console.log(row('hand-written SQL through the driver, in process', rawSql));
  console.log(`\nratio of medians (GraphQL / raw SQL): ${(graphql.median / rawSql.median).toFixed(2)}x`);
  server.close();
  await apollo.stop();
} finally {
  await db.destroy();
  await database.drop();
}
