import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../app.js';
import { signDemoToken } from '../../auth/tokens.js';
import { engineOf, openDatabase } from '../../db/data-source.js';
import { createScratchDatabase } from '../../db/scratch-database.js';
import { TUNED, type ExecutionTuning } from '../graphql-execution.js';
import { createBareServer, createOrmServer } from './bare-handler.js';
import { buildOverheadDataset } from './overhead-dataset.js';
import { PAGE_SIZE } from './overhead-query.js';

/*
 * Child process of `pnpm bench:overhead`: one process, one DataSource, two ports on 127.0.0.1 — the GraphQL app
 * (with OVERHEAD_TUNING) and the bare handler. Prints one JSON line with both URLs and a token, then serves
 * until SIGTERM, when it drops its scratch database.
 */

const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

const engine = process.env.OVERHEAD_ENGINE ?? 'sqlite';
const tuning: ExecutionTuning = process.env.OVERHEAD_TUNING ? (JSON.parse(process.env.OVERHEAD_TUNING) as ExecutionTuning) : TUNED;
const key = new TextEncoder().encode('treklang-overhead-bench-key-not-for-production');

const database = await createScratchDatabase(engine);
const db = await openDatabase(database.url);
const { caseworker } = await buildOverheadDataset(db, PAGE_SIZE, 2);
const { server: graphqlServer, apollo } = await createApp({ db, databaseUrl: database.url, signingKey: key, execution: tuning });
await new Promise<void>((resolve) => graphqlServer.listen(0, '127.0.0.1', resolve));
const bareServer = createBareServer({ db, engine: engineOf(database.url), signingKey: key, pageSize: PAGE_SIZE });
const bareUrl = await listen(bareServer);
const ormServer = createOrmServer({ db, engine: engineOf(database.url), signingKey: key, pageSize: PAGE_SIZE });
const ormUrl = await listen(ormServer);
const graphqlUrl = `http://127.0.0.1:${(graphqlServer.address() as AddressInfo).port}`;
const token = await signDemoToken(caseworker.rowId, key, 24 * 3600);
process.stdout.write(`${JSON.stringify({ graphqlUrl: `${graphqlUrl}/graphql`, bareUrl: `${bareUrl}/goals`, ormUrl: `${ormUrl}/goals`, token })}\n`);

process.once('SIGTERM', () => {
  graphqlServer.close();
  bareServer.close();
  ormServer.close();
  graphqlServer.closeAllConnections();
  bareServer.closeAllConnections();
  ormServer.closeAllConnections();
  void apollo
    .stop()
    .then(() => db.destroy())
    .then(() => database.drop())
    .finally(() => process.exit(0));
});
