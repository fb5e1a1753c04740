import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { danishToday } from '@treklang/schema';
import { createApp } from '../app.js';
import { signDemoToken } from '../auth/tokens.js';
import { openDatabase } from '../db/data-source.js';
import { createScratchDatabase } from '../db/scratch-database.js';
import { citizensDueForErasure, type DueQuery } from '../modules/audit/gdpr/citizens-due-for-erasure.service.js';
import { FormTemplate } from '../modules/forms/form-template.entity.js';
import { syncBuiltInTemplates } from '../modules/forms/sync-built-in-templates.js';
import { openLoadTarget } from './dataset/target.js';
import { type AuthorityMix, writeErasureDataset } from './erasure-due-dataset.js';
import { type Summary, time } from './stats.js';

/*
 * `pnpm bench:erasure-due`: the anonymisation list (`citizensDueForErasure`) of one authority with thousands of
 * citizens, through the service function and as GraphQL over HTTP: the first page without and with totalCount, and
 * a page deep in the list.
 *
 *   --engine sqlite|postgres (default sqlite)   --runs R (default 7)   --scale S (multiplies the citizens, default 1)
 */
const { values } = parseArgs({ args: process.argv.slice(2), options: { engine: { type: 'string' }, runs: { type: 'string' }, scale: { type: 'string' } } });
const engine = values.engine ?? 'sqlite';
const runs = Number(values.runs ?? 7);
const scale = Number(values.scale ?? 1);
const key = new TextEncoder().encode('treklang-bench-key-not-for-production');
const RETENTION_YEARS = 5;
const PAGE = 50;

const n = (count: number) => Math.round(count * scale);
const MIXES: AuthorityMix[] = [
  { name: 'Stor Kommune', code: '0901', due: n(5_000), rejected: n(2_000), open: n(10_000) },
  { name: 'Anden Kommune', code: '0902', due: n(2_000), rejected: n(500), open: n(4_000) },
];

const QUERY = (withCount: boolean) => `query Due($first: Int!, $after: String) {
  citizensDueForErasure(first: $first, after: $after) {
    ${withCount ? 'totalCount' : ''}
    pageInfo { hasNextPage endCursor }
    edges { node { lastActivityOn erasableFrom citizen { id name } } }
  }
}`;

const scratch = await createScratchDatabase(engine);
try {
  const started = performance.now();
  const migrated = await openDatabase(scratch.url);
  await syncBuiltInTemplates(migrated);
  const template = await migrated.getRepository(FormTemplate).findOneByOrFail({ key: 'change-notice' });
  await migrated.destroy();
  const today = danishToday();
  const target = await openLoadTarget(scratch.url);
  const [big] = await writeErasureDataset(target.sink, { mixes: MIXES, today, templateId: template.rowId });
  await target.analyze();
  await target.close();
  const loadSeconds = (performance.now() - started) / 1000;

  const db = await openDatabase(scratch.url);
  const query: DueQuery = { authorityId: big.id, today, retentionYears: RETENTION_YEARS };

  // Walks the whole list once: the expected count, and a cursor four fifths of the way down.
  const cursors: string[] = [];
  let after: string | null = null;
  do {
    const page = await citizensDueForErasure(db, query, { first: 100, after });
    cursors.push(...page.edges.map((edge) => edge.cursor));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  if (cursors.length !== big.mix.due) throw new Error(`expected ${big.mix.due} due citizens, the list has ${cursors.length}`);
  const deepCursor = cursors[Math.floor(cursors.length * 0.8)];

  const service = {
    first: () => citizensDueForErasure(db, query, { first: PAGE }),
    counted: async () => {
      const page = await citizensDueForErasure(db, query, { first: PAGE });
      if ((await page.totalCount) !== big.mix.due) throw new Error('wrong totalCount');
    },
    deep: () => citizensDueForErasure(db, query, { first: PAGE, after: deepCursor }),
  };

  const { server, apollo } = await createApp({ db, databaseUrl: scratch.url, signingKey: key });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const token = await signDemoToken(big.adminId, key);
  const graphql = (withCount: boolean, variables: Record<string, unknown>) => async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY(withCount), variables }),
    });
    const body = (await response.json()) as { data?: { citizensDueForErasure: { totalCount?: number; edges: unknown[] } } };
    const page = body.data?.citizensDueForErasure;
    if (page?.edges.length !== PAGE || (withCount && page.totalCount !== big.mix.due)) throw new Error(`unexpected response ${JSON.stringify(body).slice(0, 300)}`);
  };

  const results: [string, Summary][] = [];
  const measure = async (name: string, work: () => Promise<unknown>) => results.push([name, await time(work, runs, 1)]);
  await measure('service: first page (50), no totalCount', service.first);
  await measure('service: first page (50) with totalCount', service.counted);
  await measure('service: page after the 80% cursor', service.deep);
  await measure('GraphQL/HTTP: first page, no totalCount', graphql(false, { first: PAGE }));
  await measure('GraphQL/HTTP: first page with totalCount', graphql(true, { first: PAGE }));
  await measure('GraphQL/HTTP: page after the 80% cursor', graphql(false, { first: PAGE, after: deepCursor }));

  const [counts] = await db.query(
    `SELECT (SELECT COUNT(*) FROM citizen) AS citizens, (SELECT COUNT(*) FROM contract) AS contracts, (SELECT COUNT(*) FROM measurement) AS readings,
       (SELECT COUNT(*) FROM form_response) AS forms`,
  );
  const [version] = await db.query(engine === 'postgres' ? 'SELECT version() AS v' : 'SELECT sqlite_version() AS v');
  const mix = (m: AuthorityMix) => `${m.name}: ${m.due} due, ${m.rejected} passing the pre-filter but not due, ${m.open} open or recently closed`;
  console.log(`\nTreklang citizensDueForErasure bench (${engine}): ${Number(counts.citizens)} citizens, ${Number(counts.contracts)} contracts, ${Number(counts.readings)} readings, ${Number(counts.forms)} form responses; loaded in ${loadSeconds.toFixed(1)} s`);
  console.log(`${MIXES.map(mix).join('; ')}. Viewer: the admin of ${big.mix.name}.\n`);
  console.log('| request | runs | median ms | min-max ms |\n|---|---|---|---|');
  for (const [name, s] of results) console.log(`| ${name} | ${s.runs} | ${s.median.toFixed(1)} | ${s.min.toFixed(1)}-${s.max.toFixed(1)} |`);
  console.log(`\nmachine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; Node ${process.version}; ${engine} ${String(version.v).split(' on ')[0]}`);
  server.close();
  await apollo.stop();
  await db.destroy();
} finally {
  await scratch.drop();
}
