import {
  getNamedType,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../common/enums.js';
import { newId } from '../db/columns.js';
import { treklangSchema } from '../graphql/build-schema.js';
import { toGlobalId } from '../graphql/global-id.js';
import { createActiveContract, createCitizen, tableCounts } from '../test-support/case-fixtures.js';
import { buildTenant, buildUser, type Tenant } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { operationRefusal } from './authorize-root.js';
import { MUTATION_POLICIES, QUERY_POLICIES } from './policy-table.js';
import { API_SCOPE_KEYS, API_SCOPES } from './scopes.js';
import type { Viewer } from './viewer.js';

/*
 * The matrix: every Query and every Mutation of the schema, tried as every role (and as an integrator's API token
 * with every scope and with none of the case scopes) against one case, and compared with what the policy table
 * says. A query the table allows shows the case; one it refuses answers FORBIDDEN or nothing. A mutation the
 * table refuses answers FORBIDDEN and changes nothing; one it allows gets past the policy to the service (which
 * then finds that the generated IDs name nothing).
 */

interface Principal {
  label: string;
  role: Role;
  kind: 'AUTHORITY' | 'PROVIDER';
  scopes?: ReadonlySet<string>;
  token: string;
}

interface Fixture {
  citizenId: string;
  contractId: string;
  orderId: string;
  responseId: string;
  organizationId: string;
}

/** A read per Query field, and how to tell that it showed the case. */
const READS: Record<string, { query: string; seen: (data: any) => boolean }> = {
  viewer: { query: '{ viewer { id } }', seen: (d) => d.viewer !== null },
  node: { query: 'query($org: ID!) { node(id: $org) { id } }', seen: (d) => d.node !== null },
  nodes: { query: 'query($org: ID!) { nodes(ids: [$org]) { id } }', seen: (d) => d.nodes[0] !== null },
  lifeThemes: { query: '{ lifeThemes { key } }', seen: (d) => d.lifeThemes.length > 0 },
  organizations: { query: '{ organizations { id } }', seen: (d) => d.organizations.length > 0 },
  formTemplates: { query: '{ formTemplates { key } }', seen: (d) => d.formTemplates.length > 0 },
  formTemplate: { query: '{ formTemplate(key: "change-notice") { id } }', seen: (d) => d.formTemplate !== null },
  citizens: { query: '{ citizens(first: 10) { totalCount } }', seen: (d) => d.citizens.totalCount > 0 },
  citizen: { query: 'query($citizen: ID!) { citizen(id: $citizen) { id } }', seen: (d) => d.citizen !== null },
  contracts: { query: '{ contracts(first: 10) { totalCount } }', seen: (d) => d.contracts.totalCount > 0 },
  contract: { query: 'query($contract: ID!) { contract(id: $contract) { id } }', seen: (d) => d.contract !== null },
  orders: { query: '{ orders(first: 10) { totalCount } }', seen: (d) => d.orders.totalCount > 0 },
  order: { query: 'query($order: ID!) { order(id: $order) { id } }', seen: (d) => d.order !== null },
  deadlines: { query: '{ deadlines(filter: { withinDays: 365 }) { kind } }', seen: (d) => d.deadlines.length > 0 },
  formResponses: { query: 'query($contract: ID!) { formResponses(subjectId: $contract, first: 10) { totalCount } }', seen: (d) => d.formResponses.totalCount > 0 },
  formResponse: { query: 'query($response: ID!) { formResponse(id: $response) { id } }', seen: (d) => d.formResponse !== null },
  progression: { query: '{ progression(groupBy: []) { total { goals } } }', seen: (d) => d.progression !== null },
  timeliness: { query: '{ timeliness(groupBy: []) { today } }', seen: (d) => d.timeliness !== null },
  auditLog: { query: '{ auditLog(first: 5) { totalCount } }', seen: (d) => d.auditLog !== null },
  citizenAccessLog: { query: 'query($citizen: ID!) { citizenAccessLog(citizenId: $citizen, first: 5) { totalCount } }', seen: (d) => d.citizenAccessLog !== null },
  citizenAccessLogExport: { query: 'query($citizen: ID!) { citizenAccessLogExport(citizenId: $citizen) { __typename } }', seen: (d) => d.citizenAccessLogExport !== null },
  exportCitizenData: { query: 'query($citizen: ID!) { exportCitizenData(citizenId: $citizen) { __typename } }', seen: (d) => d.exportCitizenData !== null },
  citizenErasure: { query: 'query($citizen: ID!) { citizenErasure(citizenId: $citizen) { erasable caseOpen } }', seen: (d) => d.citizenErasure !== null },
  citizensDueForErasure: { query: '{ citizensDueForErasure(first: 5) { totalCount } }', seen: (d) => d.citizensDueForErasure !== null },
  apiTokens: { query: '{ apiTokens(first: 5) { totalCount } }', seen: (d) => d.apiTokens !== null },
  userAccounts: { query: '{ userAccounts(first: 5) { totalCount edges { node { lockedUntil user { id } } } } }', seen: (d) => d.userAccounts !== null },
};

const ID_TYPES: Record<string, string> = {
  citizenId: 'Citizen', contractId: 'Contract', goalId: 'Goal', meetingId: 'FollowUpMeeting', orderId: 'Order', subjectId: 'Contract',
  providerId: 'Organization', organizationId: 'Organization', organizationIds: 'Organization',
};

/** A well-formed input naming objects that do not exist: the policy decides before any service looks them up. */
function sampleInput(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleInput(type.ofType, name);
  if (isListType(type)) return [sampleInput(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type)) value[field.name] = sampleInput(field.type, field.name);
    return value;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return toGlobalId(ID_TYPES[name] ?? 'Citizen', newId());
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2026-01-15';
    case 'DateTime':
      return '2026-01-15T10:00:00.000Z';
    case 'JSON':
      return {};
    default:
      return 'x';
  }
}

const TABLES = ['organization', 'app_user', 'citizen', 'consent', 'purchase_order', 'contract', 'goal', 'sub_goal', 'measurement', 'follow_up_meeting', 'status_note', 'change_notice', 'form_response', 'form_template'];

describe('the policy matrix: every operation as every role', () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  let tenant: Tenant;
  let fixture: Fixture;
  const principals: Principal[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    schema = await treklangSchema();
    tenant = await buildTenant(server);
    const integrator = await buildUser(server.db, tenant.authority, 'INTEGRATOR');
    const citizenId = await createCitizen(server, tenant, 'Matrix Borger');
    const contract = await createActiveContract(server, tenant, { citizenId });
    const order = await server.gql(tenant.tokens.caseworker, 'mutation($i: SendOrderInput!) { sendOrder(input: $i) { order { id } userErrors { code } } }', {
      i: { citizenId, providerId: tenant.provider.id, assessment: 'Vurdering', services: ['SEL_85'] },
    });
    const meeting = await server.gql(tenant.tokens.caseworker, 'mutation($i: ScheduleFollowUpInput!) { scheduleFollowUp(input: $i) { userErrors { code } } }', {
      i: { contractId: contract.id, kind: 'EXTRA', scheduledAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    });
    expect(meeting.data?.scheduleFollowUp.userErrors).toEqual([]);
    const response = await server.gql(tenant.tokens.caseworker, 'mutation($i: SaveFormResponseInput!) { saveFormResponse(input: $i) { formResponse { id } userErrors { code } } }', {
      i: { templateKey: 'change-notice', subjectId: contract.id, answers: {} },
    });
    expect(response.data?.saveFormResponse.userErrors).toEqual([]);
    fixture = { citizenId, contractId: contract.id, orderId: order.data?.sendOrder.order.id, responseId: response.data?.saveFormResponse.formResponse.id, organizationId: tenant.provider.id };

    const createToken = async (scopes: string[]) => {
      const created = await server.gql(tenant.tokens.authorityAdmin, 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token userErrors { code message } } }', {
        i: { name: `Matrix ${scopes.length}`, scopes, expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
      });
      expect(created.data?.createApiToken.userErrors).toEqual([]);
      return created.data?.createApiToken.token as string;
    };
    const caseScopeKeys = API_SCOPE_KEYS.filter((key) => key !== 'READ_AUDIT');
    principals.push(
      { label: 'CASEWORKER', role: 'CASEWORKER', kind: 'AUTHORITY', token: tenant.tokens.caseworker },
      { label: 'PROVIDER_STAFF', role: 'PROVIDER_STAFF', kind: 'PROVIDER', token: tenant.tokens.providerStaff },
      { label: 'PROVIDER_MANAGER', role: 'PROVIDER_MANAGER', kind: 'PROVIDER', token: tenant.tokens.providerManager },
      { label: 'MANAGER', role: 'MANAGER', kind: 'AUTHORITY', token: tenant.tokens.manager },
      { label: 'ADMIN', role: 'ADMIN', kind: 'AUTHORITY', token: tenant.tokens.authorityAdmin },
      { label: 'INTEGRATOR (login)', role: 'INTEGRATOR', kind: 'AUTHORITY', token: await server.tokenFor(integrator.rowId) },
      { label: 'API token, every scope', role: 'INTEGRATOR', kind: 'AUTHORITY', scopes: new Set(Object.values(API_SCOPES)), token: await createToken([...API_SCOPE_KEYS]) },
      { label: 'API token, no case scope', role: 'INTEGRATOR', kind: 'AUTHORITY', scopes: new Set([API_SCOPES.READ_AUDIT]), token: await createToken(['READ_AUDIT']) },
    );
    expect(caseScopeKeys.length).toBeGreaterThan(5);
  }, 120_000);
  afterAll(() => server.close());

  const allowedByTable = (principal: Principal, policy: (typeof QUERY_POLICIES)[string]): boolean => {
    const viewer = { user: { role: principal.role }, organization: { kind: principal.kind, rowId: 'org' }, scopes: principal.scopes } as unknown as Viewer;
    return operationRefusal({ viewer }, policy) === null;
  };

  it('has a read for every Query field', () => {
    expect(Object.keys(schema.getQueryType()!.getFields()).filter((name) => !(name in READS))).toEqual([]);
  });

  it('answers every query as the table says, for every role and token', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const [name, read] of Object.entries(READS)) {
      for (const principal of principals) {
        cells += 1;
        const expected = allowedByTable(principal, QUERY_POLICIES[name]);
        const response = await server.gql(principal.token, read.query, {
          citizen: fixture.citizenId, contract: fixture.contractId, order: fixture.orderId, response: fixture.responseId, org: fixture.organizationId,
        });
        const forbidden = (response.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN');
        const otherErrors = (response.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN');
        if (otherErrors.length) mismatches.push(`${name} as ${principal.label}: ${otherErrors.map((e) => e.message).join('; ')}`);
        const seen = !forbidden && response.data != null && response.data[name] != null && read.seen(response.data);
        if (seen !== expected) mismatches.push(`${name} as ${principal.label}: table ${expected ? 'allows' : 'refuses'}, API ${seen ? 'showed' : 'refused'} it`);
      }
    }
    console.info(`policy matrix, queries: ${Object.keys(READS).length} x ${principals.length} = ${cells} cells`);
    expect(mismatches).toEqual([]);
  }, 120_000);

  it('refuses every mutation the table refuses with FORBIDDEN and no change, and lets the others through to their service', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    const mutations = Object.values(schema.getMutationType()!.getFields());
    for (const field of mutations) {
      const input = field.args.find((arg) => arg.name === 'input');
      expect(input, `${field.name} takes one input`).toBeDefined();
      const payload = getNamedType(field.type);
      const selection = isObjectType(payload) && 'userErrors' in payload.getFields() ? '{ __typename userErrors { code message } }' : '{ __typename }';
      const operation = `mutation($input: ${input!.type.toString()}) { ${field.name}(input: $input) ${selection} }`;
      for (const principal of principals) {
        cells += 1;
        const expected = allowedByTable(principal, MUTATION_POLICIES[field.name]);
        const before = expected ? null : await tableCounts(server, TABLES);
        const response = await server.gql(principal.token, operation, { input: sampleInput(input!.type, 'input') });
        const codes = [...(response.errors ?? []).map((e) => e.extensions?.code), ...((response.data?.[field.name]?.userErrors ?? []) as { code: string }[]).map((e) => e.code)];
        if (response.status >= 400 && !codes.includes('FORBIDDEN')) mismatches.push(`${field.name} as ${principal.label}: HTTP ${response.status} ${JSON.stringify(response.errors)}`);
        const refused = codes.includes('FORBIDDEN');
        if (refused === expected) mismatches.push(`${field.name} as ${principal.label}: table ${expected ? 'allows' : 'refuses'}, API ${refused ? 'refused' : 'let it through'} (${codes.join(', ')})`);
        if (before) expect(await tableCounts(server, TABLES), `${field.name} as ${principal.label} changed nothing`).toEqual(before);
      }
    }
    console.info(`policy matrix, mutations: ${mutations.length} x ${principals.length} = ${cells} cells`);
    expect(mismatches).toEqual([]);
  }, 300_000);
});
