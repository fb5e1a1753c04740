import { danishToday } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../modules/users/user.entity.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { generateDemoData, type DemoData } from './demo-data.js';
import { seedDemoData, seedDemoDataIfEmpty } from './demo-seed.js';

const CITIZENS = '{ citizens(first: 100) { totalCount edges { node { name } } } }';
const CONTRACTS = `{ contracts(first: 100) { totalCount edges { node { id status authority { name } provider { name } citizen { name } } } } }`;

interface ContractNode { id: string; status: string; authority: { name: string }; provider: { name: string }; citizen: { name: string } | null }
const nodes = <T>(connection: { edges: { node: T }[] }): T[] => connection.edges.map((edge) => edge.node);

describe('demo data over HTTP', () => {
  let server: TestServer;
  let expected: DemoData;
  const today = danishToday();
  const tokens: Record<string, string> = {};
  const orgName = (rowId: string) => expected.organizations.find((o) => o.rowId === rowId)!.name;

  beforeAll(async () => {
    server = await startTestServer();
    const outcome = await seedDemoData(server.db, { today });
    expect(outcome.seeded).toBe(true);
    expected = generateDemoData(today);
    for (const user of await server.db.getRepository(User).find()) tokens[user.email] = await server.tokenFor(user.rowId);
  });
  afterAll(() => server.close());

  it('shows the Hjørring caseworker exactly the Hjørring citizens and contracts', async () => {
    const hjoerring = expected.organizations.find((o) => o.name === 'Hjørring Kommune')!;
    const citizens = await server.gql(tokens['caseworker@hjoerring.demo'], CITIZENS);
    const ownCitizens = expected.citizens.filter((c) => c.authorityId === hjoerring.rowId).map((c) => c.name);
    expect(citizens.data?.citizens.totalCount).toBe(ownCitizens.length);
    expect(nodes<{ name: string }>(citizens.data?.citizens).map((c) => c.name).sort()).toEqual(ownCitizens.sort());

    const contracts = await server.gql(tokens['caseworker@hjoerring.demo'], CONTRACTS);
    const list = nodes<ContractNode>(contracts.data?.contracts);
    expect(list.length).toBe(expected.contracts.filter((c) => c.authorityId === hjoerring.rowId).length);
    expect(new Set(list.map((c) => c.authority.name))).toEqual(new Set(['Hjørring Kommune']));
    expect(new Set(list.map((c) => c.status))).toEqual(new Set(['DRAFT', 'ACTIVE', 'TERMINATED', 'ENDED']));
    expect(list.every((c) => c.citizen !== null && ownCitizens.includes(c.citizen.name))).toBe(true);
  });

  it("does not show one authority's caseworker another authority's citizens or contracts", async () => {
    const soroeCitizens = await server.gql(tokens['caseworker@soroe.demo'], CITIZENS);
    const hjoerringCitizens = await server.gql(tokens['caseworker@hjoerring.demo'], CITIZENS);
    const soroe = new Set(nodes<{ name: string }>(soroeCitizens.data?.citizens).map((c) => c.name));
    expect(soroe.size).toBeGreaterThan(0);
    expect(nodes<{ name: string }>(hjoerringCitizens.data?.citizens).filter((c) => soroe.has(c.name))).toEqual([]);

    const soroeContract = nodes<ContractNode>((await server.gql(tokens['caseworker@soroe.demo'], CONTRACTS)).data?.contracts)[0];
    const { data } = await server.gql(tokens['caseworker@hjoerring.demo'], 'query($id: ID!) { contract(id: $id) { id } }', { id: soroeContract.id });
    expect(data?.contract).toBeNull();
  });

  it("shows provider staff the contracts at their provider, from several authorities, and managers no citizens", async () => {
    const contracts = nodes<ContractNode>((await server.gql(tokens['staff@lindely.demo'], CONTRACTS)).data?.contracts);
    const atLindely = expected.contracts.filter((c) => orgName(c.providerId) === 'Bostedet Lindely');
    expect(contracts.length).toBe(atLindely.length);
    expect(new Set(contracts.map((c) => c.provider.name))).toEqual(new Set(['Bostedet Lindely']));
    expect(new Set(contracts.map((c) => c.authority.name)).size).toBeGreaterThan(1);
    const manager = await server.gql(tokens['leder@hjoerring.demo'], CITIZENS);
    expect(manager.data?.citizens.totalCount).toBe(0);
  });

  it('gives contracts their versions, goals their baseline, latest reading and change, and the caseworker real deadlines', async () => {
    const { data, errors } = await server.gql(
      tokens['caseworker@hjoerring.demo'],
      `{ contracts(first: 100, filter: { status: [ACTIVE] }) { edges { node { documentVersion versions { number }
          goals { goalType change baseline { kind value } latest { kind } subGoals { approval } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const active = nodes<{ documentVersion: number; versions: { number: number }[]; goals: { change: number | null; baseline: { kind: string } | null }[] }>(data?.contracts);
    expect(active.length).toBeGreaterThan(0);
    for (const contract of active) expect(contract.versions.map((v) => v.number)).toEqual(Array.from({ length: contract.documentVersion }, (_, i) => i + 1));
    const goals = active.flatMap((c) => c.goals);
    expect(goals.every((g) => g.baseline?.kind === 'BASELINE')).toBe(true);
    expect(goals.some((g) => g.change !== null && g.change !== 0)).toBe(true);

    const deadlines = await server.gql(tokens['caseworker@hjoerring.demo'], '{ deadlines { kind overdue } }');
    const list: { kind: string; overdue: boolean }[] = deadlines.data?.deadlines ?? [];
    expect(list.some((d) => d.overdue)).toBe(true);
    expect(list.some((d) => !d.overdue)).toBe(true);
  });

  it('refuses to load the demo data twice and changes nothing', async () => {
    const before = await server.db.query('SELECT COUNT(*) AS n FROM measurement');
    expect(await seedDemoData(server.db, { today })).toEqual({ seeded: false, reason: 'ALREADY_SEEDED' });
    expect(await seedDemoDataIfEmpty(server.db)).toBe(false);
    expect(await server.db.query('SELECT COUNT(*) AS n FROM measurement')).toEqual(before);
  });
});
