import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizen, createDraftContract, demoActors, UPDATE_CONTRACT, type Actors } from '../../packages/server/src/ops/bench/cases.js';
import { createWorkspace, gql, startServer, type ServerProcess, type Workspace } from '../../packages/server/src/ops/bench/server-process.js';

/*
 * Many clients update the same contract with the same expectedVersion, from separate server processes where
 * the engine allows it (two over PostgreSQL; SQLite is one process per file): exactly one wins, every other one
 * gets VERSION_CONFLICT, and the contract holds all of the winner's fields and none of anyone else's.
 */

const CLIENTS = 24;
const ROUNDS = 3;
const READ = 'query($id: ID!) { contract(id: $id) { version purpose goalRationale dischargeCriteria } }';

describe.each([
  ['sqlite', 1],
  ['postgres', 2],
] as const)('concurrent updates with the same expectedVersion (%s, %i server processes)', (engine, processes) => {
  let workspace: Workspace;
  let servers: ServerProcess[] = [];
  let actors: Actors;

  beforeAll(async () => {
    workspace = await createWorkspace(engine);
    servers = await Promise.all(Array.from({ length: processes }, () => startServer(workspace)));
    actors = await demoActors(servers[0].url, workspace);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await workspace?.remove();
  });

  it(`lets exactly one of ${CLIENTS} writers win each round; the rest get VERSION_CONFLICT and nothing is half-written`, async () => {
    const contract = await createDraftContract(servers[0].url, actors, await createCitizen(servers[0].url, actors));
    let version = contract.contractVersion;
    for (let round = 0; round < ROUNDS; round++) {
      const attempts = await Promise.all(
        Array.from({ length: CLIENTS }, (_, n) => {
          const tag = `runde ${round} skribent ${n}`;
          const input = { id: contract.contractId, expectedVersion: version, purpose: `Formål ${tag}`, goalRationale: `Begrundelse ${tag}`, dischargeCriteria: `Kriterier ${tag}` };
          return gql(servers[n % servers.length].url, actors.caseworker, UPDATE_CONTRACT, { i: input }).then((reply) => ({ tag, reply }));
        }),
      );
      for (const { reply } of attempts) {
        expect(reply.status).toBe(200);
        expect(reply.errors).toBeUndefined();
      }
      const winners = attempts.filter((a) => a.reply.data?.updateContract.userErrors.length === 0);
      const conflicts = attempts.filter((a) => a.reply.data?.updateContract.userErrors[0]?.code === 'VERSION_CONFLICT');
      expect(winners).toHaveLength(1);
      expect(conflicts).toHaveLength(CLIENTS - 1);
      const tag = winners[0].tag;
      for (const server of servers) {
        const { data } = await gql(server.url, actors.caseworker, READ, { id: contract.contractId });
        expect(data?.contract).toEqual({ version: version + 1, purpose: `Formål ${tag}`, goalRationale: `Begrundelse ${tag}`, dischargeCriteria: `Kriterier ${tag}` });
      }
      version += 1;
    }
  });
});
