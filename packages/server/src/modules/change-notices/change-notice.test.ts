import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../graphql/global-id.js';
import { createActiveContract, createContract, tableCounts } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { ChangeNotice } from './change-notice.entity.js';

const NOTICE_FIELDS = 'id description consequences documentation createdAt acknowledgedAt contract { id }';
const REPORT = `mutation($i: ReportChangeInput!) { reportChange(input: $i) { changeNotice { ${NOTICE_FIELDS} } userErrors { field code message } } }`;
const ACKNOWLEDGE = `mutation($i: AcknowledgeChangeNoticeInput!) { acknowledgeChangeNotice(input: $i) { changeNotice { ${NOTICE_FIELDS} } userErrors { field code message } } }`;

type Result = { changeNotice: Record<string, any> | null; userErrors: { field: string[] | null; code: string; message: string }[] };

describe('change notices over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const change = (contractId: string, overrides: Record<string, unknown> = {}) => ({
    contractId,
    description: 'Borgeren er indlagt på psykiatrisk afdeling',
    consequences: 'Bostøtten er sat på pause under indlæggelsen',
    documentation: 'Udskrivningsbrev vedlagt',
    ...overrides,
  });

  async function report(token: string, input: Record<string, unknown>): Promise<Result> {
    const { data, errors } = await server.gql(token, REPORT, { i: input });
    expect(errors).toBeUndefined();
    return data?.reportChange;
  }

  async function acknowledge(token: string, id: string): Promise<Result> {
    const { data, errors } = await server.gql(token, ACKNOWLEDGE, { i: { id } });
    expect(errors).toBeUndefined();
    return data?.acknowledgeChangeNotice;
  }

  async function reported(tenant: Tenant, contractId: string, overrides: Record<string, unknown> = {}) {
    const result = await report(tenant.tokens.providerStaff, change(contractId, overrides));
    expect(result.userErrors).toEqual([]);
    return result.changeNotice!;
  }

  const row = (globalId: string) => server.db.getRepository(ChangeNotice).findOneByOrFail({ rowId: fromGlobalId(globalId)!.id });

  describe('reportChange', () => {
    it('records the change, its consequences and documentation from provider staff', async () => {
      const tenant = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const result = await report(tenant.tokens.providerStaff, change(contract.id, { description: '  Borgeren er flyttet  ' }));
      expect(result.userErrors).toEqual([]);
      expect(result.changeNotice).toMatchObject({
        description: 'Borgeren er flyttet',
        consequences: 'Bostøtten er sat på pause under indlæggelsen',
        documentation: 'Udskrivningsbrev vedlagt',
        acknowledgedAt: null,
        contract: { id: contract.id },
      });
      expect(Date.now() - Date.parse(result.changeNotice!.createdAt)).toBeLessThan(60_000);
      expect((await row(result.changeNotice!.id)).reportedById).toBe(tenant.users.providerStaff.rowId);
    });

    it('lets the provider manager report too, without documentation', async () => {
      const tenant = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const result = await report(tenant.tokens.providerManager, change(contract.id, { documentation: null }));
      expect(result.userErrors).toEqual([]);
      expect(result.changeNotice).toMatchObject({ documentation: null });
    });

    it.each([
      ['the caseworker', 'caseworker'],
      ['a manager', 'manager'],
    ] as const)('refuses %s with FORBIDDEN and stores nothing', async (_label, role) => {
      const tenant = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const before = await tableCounts(server, ['change_notice']);
      expect(await report(tenant.tokens[role], change(contract.id))).toMatchObject({ changeNotice: null, userErrors: [{ code: 'FORBIDDEN', field: null }] });
      expect(await tableCounts(server, ['change_notice'])).toEqual(before);
    });

    it("answers NOT_FOUND for another provider's contract and stores nothing", async () => {
      const tenant = await buildTenant(server);
      const other = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const before = await tableCounts(server, ['change_notice']);
      expect(await report(other.tokens.providerStaff, change(contract.id))).toMatchObject({
        changeNotice: null,
        userErrors: [{ code: 'NOT_FOUND', field: ['input', 'contractId'] }],
      });
      expect(await tableCounts(server, ['change_notice'])).toEqual(before);
    });

    it('refuses a contract that is not active with CONTRACT_NOT_ACTIVE', async () => {
      const tenant = await buildTenant(server);
      const draft = await createContract(server, tenant);
      const before = await tableCounts(server, ['change_notice']);
      expect(await report(tenant.tokens.providerStaff, change(draft.id))).toMatchObject({
        changeNotice: null,
        userErrors: [{ code: 'CONTRACT_NOT_ACTIVE', field: ['input', 'contractId'] }],
      });
      expect(await tableCounts(server, ['change_notice'])).toEqual(before);
    });

    it('refuses a malformed contract ID with MALFORMED_ID', async () => {
      const tenant = await buildTenant(server);
      const before = await tableCounts(server, ['change_notice']);
      expect(await report(tenant.tokens.providerStaff, change('nope'))).toMatchObject({ userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'contractId'] }] });
      expect(await report(tenant.tokens.providerStaff, change(tenant.provider.id))).toMatchObject({ userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'contractId'] }] });
      expect(await tableCounts(server, ['change_notice'])).toEqual(before);
    });

    it.each([
      ['a blank description', { description: ' ' }, 'REQUIRED', ['input', 'description']],
      ['a blank consequence', { consequences: '' }, 'REQUIRED', ['input', 'consequences']],
      ['a too long description', { description: 'x'.repeat(20_001) }, 'TOO_LONG', ['input', 'description']],
      ['too long documentation', { documentation: 'x'.repeat(20_001) }, 'TOO_LONG', ['input', 'documentation']],
    ])('refuses %s and stores nothing', async (_label, overrides, code, field) => {
      const tenant = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const before = await tableCounts(server, ['change_notice']);
      expect(await report(tenant.tokens.providerStaff, change(contract.id, overrides))).toMatchObject({ changeNotice: null, userErrors: [{ code, field }] });
      expect(await tableCounts(server, ['change_notice'])).toEqual(before);
    });
  });

  describe('acknowledgeChangeNotice', () => {
    it("lets the contract's caseworker acknowledge a notice once", async () => {
      const tenant = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const notice = await reported(tenant, contract.id);
      const result = await acknowledge(tenant.tokens.caseworker, notice.id);
      expect(result.userErrors).toEqual([]);
      expect(Date.now() - Date.parse(result.changeNotice!.acknowledgedAt)).toBeLessThan(60_000);
      const stored = await row(notice.id);
      expect(stored.acknowledgedById).toBe(tenant.users.caseworker.rowId);

      const again = await acknowledge(tenant.tokens.caseworker, notice.id);
      expect(again).toMatchObject({ changeNotice: null, userErrors: [{ code: 'ALREADY_ACKNOWLEDGED', field: ['input', 'id'] }] });
      expect(await row(notice.id)).toEqual(stored);
    });

    it.each([
      ['provider staff', 'providerStaff'],
      ['the provider manager', 'providerManager'],
      ['a manager', 'manager'],
    ] as const)('refuses %s with FORBIDDEN and changes nothing', async (_label, role) => {
      const tenant = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const notice = await reported(tenant, contract.id);
      const before = await row(notice.id);
      expect(await acknowledge(tenant.tokens[role], notice.id)).toMatchObject({ changeNotice: null, userErrors: [{ code: 'FORBIDDEN' }] });
      expect(await row(notice.id)).toEqual(before);
    });

    it("answers NOT_FOUND for another authority's notice and MALFORMED_ID for a malformed ID", async () => {
      const tenant = await buildTenant(server);
      const other = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const notice = await reported(tenant, contract.id);
      const before = await row(notice.id);
      expect(await acknowledge(other.tokens.caseworker, notice.id)).toMatchObject({ changeNotice: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }] });
      expect(await acknowledge(tenant.tokens.caseworker, contract.id)).toMatchObject({ userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'id'] }] });
      expect(await row(notice.id)).toEqual(before);
    });
  });

  describe('Contract.changeNotices', () => {
    it('lists the notices oldest first to both sides of the contract and to no one else', async () => {
      const tenant = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const otherContract = await createActiveContract(server, tenant);
      const first = await reported(tenant, contract.id, { description: 'Første ændring' });
      const second = await reported(tenant, contract.id, { description: 'Anden ændring' });
      await reported(tenant, otherContract.id, { description: 'Anden kontrakt' });
      const read = (token: string) =>
        server.gql(token, 'query($id: ID!) { contract(id: $id) { changeNotices { id description contract { id } } } }', { id: contract.id }).then((r) => r.data?.contract);
      const expected = {
        changeNotices: [
          { id: first.id, description: 'Første ændring', contract: { id: contract.id } },
          { id: second.id, description: 'Anden ændring', contract: { id: contract.id } },
        ],
      };
      expect(await read(tenant.tokens.caseworker)).toEqual(expected);
      expect(await read(tenant.tokens.providerStaff)).toEqual(expected);
      const other = await buildTenant(server);
      expect(await read(other.tokens.caseworker)).toBeNull();
    });

    it('gives a contract without notices an empty list', async () => {
      const tenant = await buildTenant(server);
      const contract = await createActiveContract(server, tenant);
      const { data } = await server.gql(tenant.tokens.caseworker, 'query($id: ID!) { contract(id: $id) { changeNotices { id } } }', { id: contract.id });
      expect(data?.contract.changeNotices).toEqual([]);
    });
  });
});
