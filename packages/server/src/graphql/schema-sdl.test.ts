import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_REFERENCE_FILE, printApiReference, printSdl, SCHEMA_FILE } from '../cli/emit-schema.js';
import { treklangSchema } from './build-schema.js';
import { buildTenant, type Tenant } from '../test-support/factories.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

/** The schema as an integrator sees it: fetched by introspection over HTTP. */
async function servedSchema(server: TestServer, token: string): Promise<GraphQLSchema> {
  const response = await server.gql<IntrospectionQuery>(
    token,
    getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }),
  );
  expect(response.errors).toBeUndefined();
  return buildClientSchema(response.data as IntrospectionQuery);
}

/**
 * Every named thing an integrator reads in the SDL that has no description. An enum value may go without
 * its own description only when its enum's description names it (e.g. "DRAFT while written; ACTIVE once
 * signed"), because then the SDL explains every value right above it.
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || text.trim().length === 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`input field ${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        const namedInEnum = new RegExp(`\\b${value.name}\\b`).test(type.description ?? '');
        if (blank(value.description) && !namedInEnum) missing.push(`enum value ${type.name}.${value.name}`);
      }
    }
  }
  return missing.sort();
}

describe('the published SDL', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  it('packages/schema/schema.graphql equals the schema the server serves', async () => {
    const served = printSdl(await servedSchema(server, tenant.tokens.caseworker));
    const published = readFileSync(SCHEMA_FILE, 'utf8');
    expect(published, 'packages/schema/schema.graphql is out of date: run `pnpm --filter @treklang/server build && pnpm schema:emit`').toBe(served);
  });

  it('docs/api-reference.md lists every operation with who may call it, as the server enforces it', async () => {
    const published = readFileSync(API_REFERENCE_FILE, 'utf8');
    expect(published, 'docs/api-reference.md is out of date: run `pnpm --filter @treklang/server build && pnpm schema:emit`').toBe(printApiReference(await treklangSchema()));
    expect(published).toContain('| `userAccounts(filter, first, after)` |');
    expect(published).toMatch(/\| `userAccounts\(filter, first, after\)` \| [^|]+ \| ADMIN \(own organisation\) \| no API token \|/);
    expect(published).toMatch(/\| `contracts\([^)]*\)` \| [^|]+ \| CASEWORKER \(own authority\), PROVIDER_STAFF \(own provider\), PROVIDER_MANAGER \(own provider\), ADMIN \(own cases\), INTEGRATOR \(own cases\) \| `read:contracts` \|/);
  });

  it('describes every type, field, argument, input field and enum value', async () => {
    const missing = undescribed(await servedSchema(server, tenant.tokens.caseworker));
    expect(missing, `Add a description to each of these in the server code:\n  ${missing.join('\n  ')}\n`).toEqual([]);
  });

  it('finds a missing description (the check itself works)', async () => {
    const { buildSchema } = await import('graphql');
    const sample = buildSchema(`
      "Described." type Query { "Described." a(x: Int): Int, b: Kind }
      "Kinds: ONE only." enum Kind { ONE TWO }
      input Loose { "Described." x: Int, y: Int }
    `);
    expect(undescribed(sample)).toEqual(['argument Query.a(x)', 'enum value Kind.TWO', 'field Query.b', 'input field Loose.y', 'type Loose']);
  });

  it('serves the API contract names: Node, node, Relay connections, payload userErrors and the scalars', async () => {
    const schema = await servedSchema(server, tenant.tokens.caseworker);
    const query = schema.getQueryType()!.getFields();
    expect(Object.keys(query)).toEqual(expect.arrayContaining(['viewer', 'node', 'citizens', 'citizen', 'lifeThemes']));
    expect(String(query.node.type)).toBe('Node');
    expect(String(query.node.args[0].type)).toBe('ID!');
    expect(isInterfaceType(schema.getType('Node'))).toBe(true);
    for (const name of ['Date', 'DateTime', 'JSON']) expect(schema.getType(name), name).toBeDefined();
    const userError = schema.getType('UserError');
    expect(isObjectType(userError) && Object.fromEntries(Object.values(userError.getFields()).map((f) => [f.name, String(f.type)]))).toEqual({
      field: '[String!]',
      message: 'String!',
      code: 'String!',
    });
    // Every connection has edges { cursor node }, pageInfo { hasNextPage endCursor } and totalCount.
    const connections = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && type.name.endsWith('Connection'));
    expect(connections.length).toBeGreaterThan(0);
    for (const connection of connections) {
      if (!isObjectType(connection)) continue;
      const fields = connection.getFields();
      expect(String(fields.totalCount?.type), `${connection.name}.totalCount`).toBe('Int!');
      expect(String(fields.pageInfo?.type), `${connection.name}.pageInfo`).toBe('PageInfo!');
      expect(fields.edges, `${connection.name}.edges`).toBeDefined();
    }
    // Every mutation takes one `input` and returns a payload with userErrors.
    for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      expect(mutation.args.map((arg) => arg.name), `${mutation.name} arguments`).toEqual(['input']);
      const payload = mutation.type;
      const payloadType = 'ofType' in payload ? payload.ofType : payload;
      expect(isObjectType(payloadType) && String(payloadType.getFields().userErrors?.type), `${mutation.name} payload userErrors`).toBe('[UserError!]!');
    }
  });
});
