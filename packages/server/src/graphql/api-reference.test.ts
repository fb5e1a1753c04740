import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { OperationPolicy, RoleScopes } from '../auth/policy-types.js';
import { apiReference } from './api-reference.js';

const nobody: RoleScopes = { CASEWORKER: 'NONE', PROVIDER_STAFF: 'NONE', PROVIDER_MANAGER: 'NONE', MANAGER: 'NONE', ADMIN: 'NONE', INTEGRATOR: 'NONE' };
const schema = buildSchema(`
  type Query { "Reads a | b." a(x: Int, y: Int): Int, "Any token." b: Int, "No policy." c: Int }
  type Mutation { "Changes d." d: Int }
`);
const queries: Record<string, OperationPolicy> = {
  a: { roles: { ...nobody, CASEWORKER: 'OWN_AUTHORITY', MANAGER: 'AGGREGATES_ONLY' }, apiScope: 'read:contracts' },
  b: { roles: { ...nobody, ADMIN: 'OWN_ORGANIZATION' } },
};
const mutations: Record<string, OperationPolicy> = { d: { roles: nobody, apiScope: null } };

describe('apiReference', () => {
  const text = apiReference(schema, { queries, mutations });

  it('gives each operation its arguments, description, roles with their scope and the token scope', () => {
    expect(text).toContain('| `a(x, y)` | Reads a \\| b. | CASEWORKER (own authority), MANAGER (aggregates only) | `read:contracts` |');
    expect(text).toContain('| `b` | Any token. | ADMIN (own organisation) | any API token |');
    expect(text).toContain('| `d` | Changes d. | nobody | no API token |');
  });

  it('shows an operation without a policy as closed', () => {
    expect(text).toContain('| `c` | No policy. | nobody (no policy) | no API token |');
  });
});
