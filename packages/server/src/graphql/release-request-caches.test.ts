import { ApolloServer } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { caseAccessOf } from '../auth/case-access.js';
import type { Context } from './context.js';
import { releaseRequestCaches } from './release-request-caches.js';

const rowsOf = (ctx: Context) => (caseAccessOf(ctx) as unknown as { rows: Map<string, unknown> }).rows.size;

describe('releaseRequestCaches', () => {
  it('drops the DataLoader caches and the policy checks\' rows once execution has ended, not before', async () => {
    const seen: string[] = [];
    let executed: Context | null = null;
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          hello: {
            type: GraphQLString,
            resolve: (_source, _args, ctx: Context) => {
              executed = ctx;
              caseAccessOf(ctx).remember('Contract', { rowId: 'c1' });
              seen.push(`cleared during execution: ${clearAll.mock.calls.length}, rows kept: ${rowsOf(ctx)}`);
              return 'hej';
            },
          },
        },
      }),
    });
    const clearAll = vi.fn();
    const server = new ApolloServer<Context>({ schema, plugins: [releaseRequestCaches()] });
    await server.start();
    const contextValue = { loaders: { clearAll }, viewer: { user: { rowId: 'u', role: 'CASEWORKER' }, organization: { rowId: 'o', kind: 'AUTHORITY' } } } as unknown as Context;
    const response = await server.executeOperation({ query: '{ hello }' }, { contextValue });
    expect(response.body).toMatchObject({ kind: 'single', singleResult: { data: { hello: 'hej' } } });
    expect(seen).toEqual(['cleared during execution: 0, rows kept: 1']);
    expect(clearAll).toHaveBeenCalledTimes(1);
    // The rows the checks kept are gone: the remembered contract would now be looked up again.
    expect(executed).not.toBeNull();
    expect(rowsOf(executed!)).toBe(0);
    await server.stop();
  });
});
