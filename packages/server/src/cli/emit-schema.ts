import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../config.js';
// The server registers every entity through the data source; import them here too so the
// object types that implement Node are the same as in the served schema.
import '../db/entities.js';
import { MUTATION_POLICIES, QUERY_POLICIES } from '../auth/policy-table.js';
import { apiReference } from '../graphql/api-reference.js';
import { treklangSchema } from '../graphql/build-schema.js';

export const SCHEMA_FILE = resolve(repoRoot, 'packages/schema/schema.graphql');
export const API_REFERENCE_FILE = resolve(repoRoot, 'docs/api-reference.md');

export const SCHEMA_HEADER = '# Generated from the server by `pnpm schema:emit`. Do not edit: a test fails when this file differs from the served schema.\n\n';

/** The published SDL: the schema sorted by name and printed, with the header above. */
export function printSdl(schema: GraphQLSchema): string {
  return `${SCHEMA_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** docs/api-reference.md: the operations with who may call them (graphql/api-reference.ts). */
export function printApiReference(schema: GraphQLSchema): string {
  return apiReference(schema, { queries: QUERY_POLICIES, mutations: MUTATION_POLICIES });
}

/** Writes packages/schema/schema.graphql and docs/api-reference.md from the server's schema. */
export async function emitSchema(file = SCHEMA_FILE, referenceFile = API_REFERENCE_FILE): Promise<string[]> {
  const schema = await treklangSchema();
  writeFileSync(file, printSdl(schema), 'utf8');
  writeFileSync(referenceFile, printApiReference(schema), 'utf8');
  return [file, referenceFile];
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const file of await emitSchema()) console.log(`Wrote ${file}`);
}
