import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../common/enums.js';
import { createContract, createCitizen } from '../test-support/case-fixtures.js';
import { buildTenant, buildUser, type Tenant } from '../test-support/factories.js';
import { startModeServer } from './limits.fixtures.js';

/*
 * Production mode against demo mode: introspection only for ADMIN and INTEGRATOR in production, unexpected errors
 * masked in production (a generic message and an error id that is logged) while expected errors keep their
 * messages, and cross-site request forgery refused in both.
 */

type ModeServer = Awaited<ReturnType<typeof startModeServer>>;

const SCHEMA = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "Citizen") { fields { name } } }';
const IN_FRAGMENT = 'query { ...Peek } fragment Peek on Query { __schema { types { name } } }';
const TYPENAME = '{ __typename viewer { __typename id } }';
/** A query that reads the measurement table, which the masking tests drop to make the database fail. */
const MEASUREMENTS = 'query($id: ID!) { citizen(id: $id) { contracts { goals { measurements { id } } } } }';

async function tokens(server: ModeServer, tenant: Tenant): Promise<Record<Role, string>> {
  const integrator = await buildUser(server.db, tenant.authority, 'INTEGRATOR');
  return {
    CASEWORKER: tenant.tokens.caseworker,
    MANAGER: tenant.tokens.manager,
    ADMIN: tenant.tokens.authorityAdmin,
    INTEGRATOR: await server.tokenFor(integrator.rowId),
    PROVIDER_STAFF: tenant.tokens.providerStaff,
    PROVIDER_MANAGER: tenant.tokens.providerManager,
  };
}

describe.each(['demo', 'production'] as const)('%s mode', (mode) => {
  let server: ModeServer;
  let as: Record<Role, string>;
  let citizenId: string;

  beforeAll(async () => {
    server = await startModeServer(mode);
    const tenant = await buildTenant(server);
    as = await tokens(server, tenant);
    citizenId = await createCitizen(server, tenant, 'Maske Borger');
    await createContract(server, tenant, { citizenId });
  });
  afterAll(() => server.close());

  describe('introspection', () => {
    const mayIntrospect = (role: Role) => mode === 'demo' || role === 'ADMIN' || role === 'INTEGRATOR';

    it(mode === 'demo' ? 'is open to every viewer (the explorer relies on it)' : 'is refused with 403 INTROSPECTION_FORBIDDEN except for ADMIN and INTEGRATOR', async () => {
      for (const role of Object.keys(as) as Role[]) {
        for (const query of [SCHEMA, TYPE, IN_FRAGMENT]) {
          const response = await server.gql(as[role], query);
          if (mayIntrospect(role)) {
            expect(response.status, `${role} ${query}`).toBe(200);
            expect(response.errors, `${role} ${query}`).toBeUndefined();
          } else {
            expect(response.status, `${role} ${query}`).toBe(403);
            expect(response.data).toBeUndefined();
            expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'INTROSPECTION_FORBIDDEN' } });
            expect(response.errors?.[0].message).toMatch(/ADMIN and INTEGRATOR/);
          }
        }
      }
    });

    it('always allows __typename', async () => {
      for (const role of Object.keys(as) as Role[]) {
        const response = await server.gql(as[role], TYPENAME);
        expect(response.errors, role).toBeUndefined();
        expect(response.data?.__typename).toBe('Query');
      }
    });

    it('decides per request, not per cached query text', async () => {
      expect((await server.gql(as.ADMIN, SCHEMA)).status).toBe(200);
      expect((await server.gql(as.CASEWORKER, SCHEMA)).status).toBe(mode === 'demo' ? 200 : 403);
      expect((await server.gql(as.ADMIN, SCHEMA)).status).toBe(200);
    });
  });

  describe('expected errors keep their messages', () => {
    it('validation, authentication, bad input and userErrors', async () => {
      const validation = await server.gql(as.CASEWORKER, '{ viewer { nosuchfield } }');
      expect(validation.errors?.[0]).toMatchObject({ message: 'Cannot query field "nosuchfield" on type "User".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      const unauthenticated = await server.gql('not-a-token', '{ viewer { id } }');
      expect(unauthenticated.status).toBe(401);
      expect(unauthenticated.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(unauthenticated.errors?.[0].message).toMatch(/bearer token/i);
      const badPage = await server.gql(as.CASEWORKER, '{ citizens(first: 0) { totalCount } }');
      expect(badPage.errors?.[0]).toMatchObject({ message: '`first` must be between 1 and 100, not 0', extensions: { code: 'BAD_USER_INPUT' } });
      const userError = await server.gql(as.CASEWORKER, 'mutation($i: CreateCitizenInput!) { createCitizen(input: $i) { citizen { id } userErrors { code message } } }', { i: { name: 'Forkert Cpr', cpr: '999999-9999' } });
      expect(userError.data?.createCitizen.userErrors[0].code).toBe('INVALID_CPR');
      expect(userError.data?.createCitizen.userErrors[0].message).toMatch(/CPR/);
    });

    it(mode === 'production' ? 'without "Did you mean" hints that spell out the schema' : 'with "Did you mean" hints', async () => {
      const response = await server.gql(as.CASEWORKER, '{ viewr { id } }');
      expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      if (mode === 'production') expect(response.errors?.[0].message).toBe('Cannot query field "viewr" on type "Query".');
      else expect(response.errors?.[0].message).toMatch(/Did you mean "viewer"\?/);
    });
  });

  describe('cross-site request forgery', () => {
    it('refuses a simple POST (text/plain, form or multipart, no preflight-triggering header) and runs nothing', async () => {
      const body = JSON.stringify({ query: 'mutation { createCitizen(input: { name: "Forfalsket", cpr: "010190-1111" }) { citizen { id } } }' });
      const count = async () => Number((await server.db.query('SELECT COUNT(*) AS n FROM citizen'))[0].n);
      const before = await count();
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const response = await server.post(body, { 'content-type': contentType });
        expect(response.status, contentType).toBeGreaterThanOrEqual(400);
        expect(response.status, contentType).toBeLessThan(500);
        expect(response.text).not.toContain('"data"');
      }
      const simpleGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
      expect(simpleGet.status).toBe(401);
      expect(await count()).toBe(before);
    });

    it('lets a GET through only with the bearer header (which a browser sends cross-site only after a preflight), and never a mutation', async () => {
      const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`, { headers: { authorization: `Bearer ${as.CASEWORKER}` } });
      expect(response.status).toBe(200);
      const mutationByGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { createCitizen(input: { name: "X", cpr: "010190-1111" }) { citizen { id } } }')}`, { headers: { authorization: `Bearer ${as.CASEWORKER}` } });
      expect(mutationByGet.status).toBe(405);
    });
  });

  describe('unexpected errors', () => {
    it(mode === 'production' ? 'are masked: a generic message and an error id that is logged, no SQL, no stack' : 'keep their message and get an error id that is logged, never a stack trace', async () => {
      expect((await server.gql(as.CASEWORKER, MEASUREMENTS, { id: citizenId })).errors).toBeUndefined();
      await server.db.query('DROP TABLE measurement');
      const failing = await server.gql(as.CASEWORKER, MEASUREMENTS, { id: citizenId });
      expect(failing.status).toBe(200);
      const error = failing.errors?.find((candidate) => candidate.extensions?.code === 'INTERNAL_SERVER_ERROR');
      expect(error, JSON.stringify(failing)).toBeDefined();
      const errorId = error!.extensions!.errorId as string;
      expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
      const text = JSON.stringify(failing);
      expect(text).not.toMatch(/stacktrace|at [\w.]+ \(|\.ts:\d+/);
      if (mode === 'production') {
        expect(error!.message).toBe(`Der opstod en intern fejl; oplys fejl-id ${errorId} til support. / An internal error occurred; quote error id ${errorId} to support.`);
        // The path names the GraphQL field (`measurements`); nothing else may name the table or the statement.
        const withoutPaths = JSON.stringify(failing.errors!.map(({ path: _path, ...rest }: Record<string, unknown>) => rest));
        expect(withoutPaths).not.toMatch(/measurement|SELECT|SQLITE|relation|no such table|does not exist|QueryFailed/i);
        expect(Object.keys(error!.extensions!).sort()).toEqual(['code', 'errorId']);
      } else {
        expect(error!.message).toMatch(/measurement/);
      }
      const logged = server.logLines.filter((line) => line.includes(errorId));
      expect(logged).toHaveLength(1);
      expect(JSON.parse(logged[0])).toMatchObject({ level: 'error', msg: 'internal error', errorId, error: 'QueryFailedError' });
    });
  });
});
