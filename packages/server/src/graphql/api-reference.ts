import { type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { OperationPolicy, OrgScope } from '../auth/policy-types.js';
import { ROLES } from '../auth/policy-types.js';

/*
 * docs/api-reference.md: every Query and Mutation field with its description, who may call it (each role with its
 * organisation scope, from the policy table) and the scope an integrator's API token needs. Generated with the SDL
 * by `pnpm schema:emit`, so it cannot drift from what the server enforces (schema-sdl.test.ts compares).
 */

const SCOPE_WORDS: Record<Exclude<OrgScope, 'NONE'>, string> = {
  ANY: 'any',
  OWN_ORGANIZATION: 'own organisation',
  OWN_AUTHORITY: 'own authority',
  OWN_PROVIDER: 'own provider',
  OWN_PROVIDER_WITH_ACTIVE_CONTRACT: 'active contract + consent',
  OWN_CASES: 'own cases',
  AGGREGATES_ONLY: 'aggregates only',
};

const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function signature(field: GraphQLField<unknown, unknown>): string {
  return field.args.length ? `${field.name}(${field.args.map((arg) => arg.name).join(', ')})` : field.name;
}

function whoMay(policy: OperationPolicy | undefined): string {
  if (!policy) return 'nobody (no policy)';
  const allowed = ROLES.filter((role) => policy.roles[role] !== 'NONE').map((role) => `${role} (${SCOPE_WORDS[policy.roles[role] as Exclude<OrgScope, 'NONE'>]})`);
  return allowed.length ? allowed.join(', ') : 'nobody';
}

function tokenScope(policy: OperationPolicy | undefined): string {
  if (!policy || policy.apiScope === null) return 'no API token';
  return policy.apiScope === undefined ? 'any API token' : `\`${policy.apiScope}\``;
}

function table(type: GraphQLObjectType | null | undefined, policies: Readonly<Record<string, OperationPolicy>>): string[] {
  if (!type) return [];
  const fields = Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name));
  return [
    '| field | what it does | who may call it (organisation scope) | API token needs |',
    '|---|---|---|---|',
    ...fields.map((field) => `| \`${signature(field)}\` | ${cell(field.description ?? '')} | ${whoMay(policies[field.name])} | ${tokenScope(policies[field.name])} |`),
  ];
}

export function apiReference(schema: GraphQLSchema, policies: { queries: Readonly<Record<string, OperationPolicy>>; mutations: Readonly<Record<string, OperationPolicy>> }): string {
  return [
    '<!-- Generated from the server by `pnpm schema:emit`. Do not edit: a test fails when this file differs. -->',
    '',
    '# Treklang GraphQL API: operations and who may call them',
    '',
    'Every Query and Mutation field of the schema ([packages/schema/schema.graphql](../packages/schema/schema.graphql), where every',
    'type and argument is described), with the roles that may call it and the API-token scope it needs, from the one',
    'policy table the server enforces (`packages/server/src/auth/policy-table.ts`). Organisation scopes: *own authority*',
    "= the cases of the caller's municipality; *own provider* = contracts and orders placed with the caller's provider",
    '(no personal data); *active contract + consent* = personal data only while the provider has an active contract and',
    "a consent in force covers it; *own cases* = own authority at a municipality, as provider staff at a provider;",
    "*own organisation* = the caller's own users, tokens and log; *aggregates only* = numbers, never a person.",
    'A refused query answers empty or FORBIDDEN (see the field); a refused mutation changes nothing.',
    '',
    '## Queries',
    '',
    ...table(schema.getQueryType(), policies.queries),
    '',
    '## Mutations',
    '',
    ...table(schema.getMutationType(), policies.mutations),
    '',
  ].join('\n');
}
