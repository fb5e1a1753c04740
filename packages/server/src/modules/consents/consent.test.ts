import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/columns.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { createActiveContract, createCitizen, tableCounts } from '../../test-support/case-fixtures.js';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { Consent } from './consent.entity.js';

const CONSENT_FIELDS = 'id parties scope excluded givenAt revokedAt active citizen { id }';
const GRANT = `mutation($i: GrantConsentInput!) { grantConsent(input: $i) { consent { ${CONSENT_FIELDS} } userErrors { field code message } } }`;
const REVOKE = `mutation($i: RevokeConsentInput!) { revokeConsent(input: $i) { consent { ${CONSENT_FIELDS} } userErrors { field code message } } }`;

type Result = { consent: Record<string, any> | null; userErrors: { field: string[] | null; code: string; message: string }[] };

describe('consents over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const consentInput = (citizenId: string, overrides: Record<string, unknown> = {}) => ({
    citizenId,
    parties: ['Koordinerende sagsbehandler i Jobcentret', 'Mentor', 'Læge'],
    scope: ['Oplysninger, herunder fortrolige og personlige oplysninger samt helbredsoplysninger'],
    excluded: ['Oplysninger om misbrug'],
    ...overrides,
  });

  async function grant(token: string, input: Record<string, unknown>): Promise<Result> {
    const { data, errors } = await server.gql(token, GRANT, { i: input });
    expect(errors).toBeUndefined();
    return data?.grantConsent;
  }

  async function revoke(token: string, id: string): Promise<Result> {
    const { data, errors } = await server.gql(token, REVOKE, { i: { id } });
    expect(errors).toBeUndefined();
    return data?.revokeConsent;
  }

  async function granted(tenant: Tenant, citizenId?: string) {
    const result = await grant(tenant.tokens.caseworker, consentInput(citizenId ?? (await createCitizen(server, tenant))));
    expect(result.userErrors).toEqual([]);
    return result.consent!;
  }

  const row = (globalId: string) => server.db.getRepository(Consent).findOneByOrFail({ rowId: fromGlobalId(globalId)!.id });

  describe('grantConsent', () => {
    it('records parties, what may and may not be exchanged, given now by default, and active', async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const result = await grant(tenant.tokens.caseworker, consentInput(citizenId, { parties: [' Mentor ', 'Læge', 'Mentor'] }));
      expect(result.userErrors).toEqual([]);
      expect(result.consent).toMatchObject({
        parties: ['Mentor', 'Læge'],
        scope: ['Oplysninger, herunder fortrolige og personlige oplysninger samt helbredsoplysninger'],
        excluded: ['Oplysninger om misbrug'],
        revokedAt: null,
        active: true,
        citizen: { id: citizenId },
      });
      expect(Date.now() - Date.parse(result.consent!.givenAt)).toBeLessThan(60_000);
      expect((await row(result.consent!.id)).recordedById).toBe(tenant.users.caseworker.rowId);
    });

    it('takes the date the citizen signed, normalised to UTC, and no exclusions', async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const result = await grant(tenant.tokens.caseworker, consentInput(citizenId, { givenAt: '2026-01-15T10:30:00+01:00', excluded: null }));
      expect(result.userErrors).toEqual([]);
      expect(result.consent).toMatchObject({ givenAt: '2026-01-15T09:30:00.000Z', excluded: [] });
    });

    it('accepts exactly 15 parties (the list on the consent form)', async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const parties = Array.from({ length: 15 }, (_, i) => `Part ${i + 1}`);
      const result = await grant(tenant.tokens.caseworker, consentInput(citizenId, { parties }));
      expect(result.userErrors).toEqual([]);
      expect(result.consent!.parties).toHaveLength(15);
    });

    it.each([
      ['provider staff', 'providerStaff'],
      ['the provider manager', 'providerManager'],
      ['a manager', 'manager'],
    ] as const)('refuses %s with FORBIDDEN and stores nothing', async (_label, role) => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const before = await tableCounts(server, ['consent']);
      expect(await grant(tenant.tokens[role], consentInput(citizenId))).toMatchObject({ consent: null, userErrors: [{ code: 'FORBIDDEN', field: null }] });
      expect(await tableCounts(server, ['consent'])).toEqual(before);
    });

    it("answers NOT_FOUND for another authority's citizen and MALFORMED_ID for a malformed ID", async () => {
      const tenant = await buildTenant(server);
      const other = await buildTenant(server);
      const foreign = await createCitizen(server, other);
      const before = await tableCounts(server, ['consent']);
      expect(await grant(tenant.tokens.caseworker, consentInput(foreign))).toMatchObject({ consent: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'citizenId'] }] });
      expect(await grant(tenant.tokens.caseworker, consentInput('xyz'))).toMatchObject({ consent: null, userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'citizenId'] }] });
      expect(await tableCounts(server, ['consent'])).toEqual(before);
    });

    it.each([
      ['no parties', { parties: [] }, 'REQUIRED', ['input', 'parties']],
      ['16 parties', { parties: Array.from({ length: 16 }, (_, i) => `Part ${i + 1}`) }, 'INVALID', ['input', 'parties']],
      ['a blank party', { parties: ['Mentor', ' '] }, 'REQUIRED', ['input', 'parties', '1']],
      ['a too long party', { parties: ['x'.repeat(201)] }, 'TOO_LONG', ['input', 'parties', '0']],
      ['an empty scope', { scope: [] }, 'REQUIRED', ['input', 'scope']],
      ['a too long scope item', { scope: ['x'.repeat(501)] }, 'TOO_LONG', ['input', 'scope', '0']],
      ['an item both allowed and excluded', { scope: ['Helbredsoplysninger'], excluded: ['Økonomi', 'helbredsoplysninger'] }, 'INVALID', ['input', 'excluded', '1']],
      ['a consent given in the future', { givenAt: new Date(Date.now() + 86_400_000).toISOString() }, 'INVALID', ['input', 'givenAt']],
    ])('refuses %s and stores nothing', async (_label, overrides, code, field) => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const before = await tableCounts(server, ['consent']);
      expect(await grant(tenant.tokens.caseworker, consentInput(citizenId, overrides))).toMatchObject({ consent: null, userErrors: [{ code, field }] });
      expect(await tableCounts(server, ['consent'])).toEqual(before);
    });

    it('refuses a givenAt that is not an instant as a malformed request', async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const before = await tableCounts(server, ['consent']);
      const response = await server.gql(tenant.tokens.caseworker, GRANT, { i: consentInput(citizenId, { givenAt: '2026-02-30T10:00:00Z' }) });
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await tableCounts(server, ['consent'])).toEqual(before);
    });
  });

  describe('revokeConsent', () => {
    it('revokes a consent now, once', async () => {
      const tenant = await buildTenant(server);
      const consent = await granted(tenant);
      const result = await revoke(tenant.tokens.caseworker, consent.id);
      expect(result.userErrors).toEqual([]);
      expect(result.consent).toMatchObject({ id: consent.id, active: false });
      expect(Date.now() - Date.parse(result.consent!.revokedAt)).toBeLessThan(60_000);
      const stored = await row(consent.id);

      expect(await revoke(tenant.tokens.caseworker, consent.id)).toMatchObject({ consent: null, userErrors: [{ code: 'ALREADY_REVOKED', field: ['input', 'id'] }] });
      expect(await row(consent.id)).toEqual(stored);
    });

    it.each([
      ['provider staff', 'providerStaff'],
      ['a manager', 'manager'],
    ] as const)('refuses %s with FORBIDDEN and changes nothing', async (_label, role) => {
      const tenant = await buildTenant(server);
      const consent = await granted(tenant);
      const before = await row(consent.id);
      expect(await revoke(tenant.tokens[role], consent.id)).toMatchObject({ consent: null, userErrors: [{ code: 'FORBIDDEN' }] });
      expect(await row(consent.id)).toEqual(before);
    });

    it("answers NOT_FOUND for another authority's consent and MALFORMED_ID for a malformed ID", async () => {
      const tenant = await buildTenant(server);
      const other = await buildTenant(server);
      const consent = await granted(tenant);
      const before = await row(consent.id);
      expect(await revoke(other.tokens.caseworker, consent.id)).toMatchObject({ consent: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }] });
      expect(await revoke(tenant.tokens.caseworker, consent.citizen.id)).toMatchObject({ userErrors: [{ code: 'MALFORMED_ID', field: ['input', 'id'] }] });
      expect(await row(consent.id)).toEqual(before);
    });
  });

  describe('reading consents', () => {
    it("shows the citizen's consents with their state and citizen to the authority and to the provider of an active contract", async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const first = await granted(tenant, citizenId);
      const second = (await grant(tenant.tokens.caseworker, consentInput(citizenId, { organizationIds: [tenant.provider.id] }))).consent!;
      await revoke(tenant.tokens.caseworker, first.id);
      const read = (token: string) =>
        server.gql(token, 'query($id: ID!) { citizen(id: $id) { consents { id active citizen { id } } } }', { id: citizenId }).then((r) => r.data?.citizen);
      const expected = {
        consents: [
          { id: first.id, active: false, citizen: { id: citizenId } },
          { id: second.id, active: true, citizen: { id: citizenId } },
        ],
      };
      expect(await read(tenant.tokens.caseworker)).toEqual(expected);
      // An order is not enough: the provider sees the citizen only through an active contract.
      const sent = await server.gql(tenant.tokens.caseworker, 'mutation($i: SendOrderInput!) { sendOrder(input: $i) { userErrors { code } } }', {
        i: { citizenId, providerId: tenant.provider.id, assessment: 'Vurdering', services: ['SEL_85'] },
      });
      expect(sent.data?.sendOrder.userErrors).toEqual([]);
      expect(await read(tenant.tokens.providerStaff)).toBeNull();
      await createActiveContract(server, tenant, { citizenId, consent: false });
      expect(await read(tenant.tokens.providerStaff)).toEqual(expected);
    });

    it('records the organisations and kinds a consent shares, all kinds by default, and refuses unknown organisations and the own authority', async () => {
      const tenant = await buildTenant(server);
      const citizenId = await createCitizen(server, tenant);
      const fields = 'consent { organizations { id } categories } userErrors { field code }';
      const grantWith = async (extra: Record<string, unknown>) =>
        (await server.gql(tenant.tokens.caseworker, `mutation($i: GrantConsentInput!) { grantConsent(input: $i) { ${fields} } }`, { i: consentInput(citizenId, extra) })).data?.grantConsent;
      expect(await grantWith({ organizationIds: [tenant.provider.id] })).toEqual({
        consent: { organizations: [{ id: tenant.provider.id }], categories: ['IDENTITY', 'GOALS', 'PROGRESS', 'FORMS'] },
        userErrors: [],
      });
      expect(await grantWith({ organizationIds: [tenant.provider.id], categories: ['PROGRESS', 'GOALS'] })).toMatchObject({ consent: { categories: ['GOALS', 'PROGRESS'] } });
      const before = await tableCounts(server, ['consent', 'consent_share']);
      expect(await grantWith({ organizationIds: [tenant.authority.id] })).toEqual({ consent: null, userErrors: [{ field: ['input', 'organizationIds', '0'], code: 'INVALID' }] });
      expect(await grantWith({ organizationIds: [toGlobalId('Organization', newId())] })).toEqual({ consent: null, userErrors: [{ field: ['input', 'organizationIds', '0'], code: 'NOT_FOUND' }] });
      expect(await grantWith({ organizationIds: [tenant.provider.id], categories: [] })).toEqual({ consent: null, userErrors: [{ field: ['input', 'categories'], code: 'REQUIRED' }] });
      expect(await tableCounts(server, ['consent', 'consent_share'])).toEqual(before);
    });

    it("keeps a consent from anyone who may not see its citizen, including after the citizen moves to another authority", async () => {
      const tenant = await buildTenant(server);
      const consent = await granted(tenant);
      const other = await buildTenant(server);
      // Query.node does its own scoping; reaching the consent as an outsider yields nothing at all.
      const { data } = await server.gql(other.tokens.caseworker, 'query($id: ID!) { node(id: $id) { id ... on Consent { citizen { id } } } }', { id: consent.id });
      expect(data?.node).toBeNull();
      // The citizen moves to another authority: the old authority keeps the consent record but no longer sees the citizen.
      await server.db.query(`UPDATE citizen SET authority_id = '${other.authority.rowId}' WHERE id = '${fromGlobalId(consent.citizen.id)!.id}'`);
      expect((await revoke(tenant.tokens.caseworker, consent.id)).userErrors[0].code).toBe('NOT_FOUND');
    });
  });
});
