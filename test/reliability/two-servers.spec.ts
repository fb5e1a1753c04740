import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizen, createDraftContract, demoActors, RECORD_MEASUREMENT, SIGN, UPDATE_CONTRACT, type Actors } from '../../packages/server/src/ops/bench/cases.js';
import { createWorkspace, gql, startServer, type ServerProcess, type Workspace } from '../../packages/server/src/ops/bench/server-process.js';

/*
 * The server keeps no state between requests: two processes on different ports over one PostgreSQL database
 * (sharing TREKLANG_DEMO_KEY) serve one case together, as they would behind a load balancer.
 */

const CONTRACT = 'query($id: ID!) { contract(id: $id) { id version status purpose signatures { party } goals { id title measurements { value comment } } citizen { name cpr } } }';
const ADD_GOAL = 'mutation($i: AddGoalInput!) { addGoal(input: $i) { goal { id title } userErrors { field code } } }';

describe('two server processes over one PostgreSQL', () => {
  let workspace: Workspace;
  let a: ServerProcess;
  let b: ServerProcess;
  let actors: Actors;

  beforeAll(async () => {
    workspace = await createWorkspace('postgres');
    // Started together, as a deploy would: migrations and the demo data must be applied exactly once.
    [a, b] = await Promise.all([startServer(workspace), startServer(workspace)]);
    actors = await demoActors(a.url, workspace);
  });
  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await workspace?.remove();
  });

  it('both are ready on their own ports over the one database, with the demo data loaded once', async () => {
    expect(a.port).not.toBe(b.port);
    for (const server of [a, b]) expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const onA = await gql(a.url, actors.caseworker, '{ citizens(first: 1) { totalCount } }');
    const onB = await gql(b.url, actors.caseworker, '{ citizens(first: 1) { totalCount } }');
    expect(onA.data?.citizens.totalCount).toBeGreaterThan(0);
    expect(onB.data).toEqual(onA.data);
    const { data } = await gql<{ organizations: { name: string }[] }>(b.url, actors.caseworker, '{ organizations { name } }');
    const names = data!.organizations.map((o) => o.name);
    expect(names).toContain('Hjørring Kommune');
    expect(new Set(names).size).toBe(names.length);
  });

  it('serves one case across both: citizen, contract and goals, signatures, reads, updates, a conflict', async () => {
    const citizenId = await createCitizen(a.url, actors, 'Delt Borger');
    const citizenOnB = await gql(b.url, actors.caseworker, 'query($id: ID!) { citizen(id: $id) { name cpr } }', { id: citizenId });
    expect(citizenOnB.data?.citizen.name).toBe('Delt Borger');

    const draft = await createDraftContract(b.url, actors, citizenId);
    const goal = await gql(a.url, actors.caseworker, ADD_GOAL, {
      i: { contractId: draft.contractId, lifeThemeKey: 'PRACTICAL_TASKS', goalType: 'MAINTAIN', title: 'Jeg laver selv mad', measurableCriterion: 'Tre gange om ugen', deadline: '2027-03-31' },
    });
    expect(goal.data?.addGoal.userErrors).toEqual([]);

    const read = async (server: ServerProcess) => (await gql(server.url, actors.caseworker, CONTRACT, { id: draft.contractId })).data?.contract;
    const beforeSigning = await read(b);
    const buyer = await gql(a.url, actors.caseworker, SIGN, { i: { id: draft.contractId, expectedVersion: beforeSigning.version, party: 'BUYER' } });
    expect(buyer.data?.signContract.userErrors).toEqual([]);
    const seller = await gql(b.url, actors.staff, SIGN, { i: { id: draft.contractId, expectedVersion: buyer.data?.signContract.contract.version, party: 'SELLER' } });
    expect(seller.data?.signContract.contract.status).toBe('ACTIVE');

    const onA = await read(a);
    expect(onA).toMatchObject({ status: 'ACTIVE', version: seller.data?.signContract.contract.version, signatures: [{ party: 'BUYER' }, { party: 'SELLER' }] });
    expect(onA.goals.map((g: { title: string }) => g.title)).toEqual(['Jeg handler selv ind', 'Jeg laver selv mad']);
    expect(await read(b)).toEqual(onA);

    const updated = await gql(b.url, actors.caseworker, UPDATE_CONTRACT, { i: { id: draft.contractId, expectedVersion: onA.version, purpose: 'Ændret på server B' } });
    expect(updated.data?.updateContract.userErrors).toEqual([]);
    const stale = await gql(a.url, actors.caseworker, UPDATE_CONTRACT, { i: { id: draft.contractId, expectedVersion: onA.version, purpose: 'Forældet fra server A' } });
    expect(stale.data?.updateContract).toEqual({ contract: null, userErrors: [{ field: ['input', 'expectedVersion'], code: 'VERSION_CONFLICT' }] });
    expect((await read(a)).purpose).toBe('Ændret på server B');

    const reading = await gql(b.url, actors.staff, RECORD_MEASUREMENT, {
      i: { goalId: onA.goals[1].id, scale: 'ONE_TO_TEN', value: 6, measuredAt: '2025-03-01', kind: 'BASELINE', comment: 'Målt via B' },
    });
    expect(reading.data?.recordMeasurement.userErrors).toEqual([]);
    expect((await read(a)).goals[1].measurements).toEqual([{ value: 6, comment: 'Målt via B' }]);
  });
});
