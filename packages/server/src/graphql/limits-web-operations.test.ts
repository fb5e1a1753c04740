import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type DefinitionNode, getNamedType, Kind, parse, print, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { treklangSchema } from './build-schema.js';
import { checkDocument, QUERY_LIMITS, type OperationReport } from './limits.js';
import { withPageSizesWritten } from './limits-page-variables.js';

/*
 * Every GraphQL operation the web app sends must pass the server's limits (depth, cost, aliases, directives,
 * tokens, length) and validate against the schema, its page sizes given as variables measured at the largest, 100. The operations are read from the web app's source, the
 * `graphql(`...`)` calls beside its components, so a new or grown operation fails here before it fails in a browser.
 */

const WEB_SRC = join(repoRoot, 'packages/web/src');
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

interface WebOperation {
  name: string;
  file: string;
  /** The operation with every fragment it uses, as the client sends it. */
  source: string;
}

function webOperations(): WebOperation[] {
  const definitions: { definition: DefinitionNode; file: string }[] = [];
  for (const file of sourceFiles(WEB_SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(GRAPHQL_CALL)) {
      for (const definition of parse(match[1]).definitions) definitions.push({ definition, file: relative(repoRoot, file) });
    }
  }
  const fragments = new Map(definitions.flatMap(({ definition }) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));
  const withFragments = (definition: DefinitionNode): DefinitionNode[] => {
    const used = new Set<string>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !used.has(spread.name.value)) {
            used.add(spread.name.value);
            collect(fragment);
          }
        },
      });
    collect(definition);
    return [definition, ...[...used].map((name) => fragments.get(name)!)];
  };
  return definitions.flatMap(({ definition, file }) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [{ name: definition.name?.value ?? '(anonymous)', file, source: withFragments(definition).map((node) => print(node)).join('\n\n') }] : [],
  );
}

/** The operation as the server measures it when every page size given as a variable is 100, the most it allows. */
function atLargestPages(source: string): string {
  const document = parse(source);
  const names = document.definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? (definition.variableDefinitions ?? []).map((v) => v.variable.name.value) : []));
  const written = withPageSizesWritten(document, Object.fromEntries(names.map((name) => [name, 100])));
  // A variable that was only a page size is no longer used: its definition goes, as the client's would.
  const used = new Set<string>();
  visit(written, { Variable: (node) => void used.add(node.name.value), VariableDefinition: () => false });
  return print(visit(written, { VariableDefinition: (node) => (used.has(node.variable.name.value) ? undefined : null) }));
}

/** How many operations the generated client knows (codegen's `...Document` constants). */
function generatedOperationCount(): number {
  const generated = readFileSync(join(WEB_SRC, 'generated/graphql.ts'), 'utf8');
  return new Set([...generated.matchAll(/^export const (\w+)Document = /gm)].map((match) => match[1])).size;
}

describe("the web app's GraphQL operations against the server's limits", () => {
  const operations = webOperations();
  const reports = new Map<string, OperationReport>();

  beforeAll(async () => {
    const schema = await treklangSchema();
    for (const operation of operations) reports.set(operation.name, checkDocument(schema, atLargestPages(operation.source)));
    const rows = [...reports].map(([name, r]) => `${name.padEnd(34)} depth ${String(r.depth).padStart(2)}  cost ${String(r.cost).padStart(7)}  aliases ${r.aliases}  tokens ${String(r.tokens).padStart(4)}`);
    const limits = `limits: depth ${QUERY_LIMITS.depth}, cost ${QUERY_LIMITS.cost}, aliases ${QUERY_LIMITS.aliases}, directives ${QUERY_LIMITS.directives}, tokens ${QUERY_LIMITS.tokens}`;
    console.log(`${operations.length} web operations, ${limits}\n${rows.join('\n')}`);
  });

  it('finds every operation the generated client has, each with a unique name', () => {
    const names = operations.map((operation) => operation.name);
    expect(names.length).toBeGreaterThanOrEqual(generatedOperationCount());
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect(names).not.toContain('(anonymous)');
  });

  it('every operation validates and stays within depth, cost, aliases, directives, tokens and length', () => {
    const failures = operations.flatMap((operation) => (reports.get(operation.name)!.errors.length ? [`${operation.name} (${operation.file}): ${reports.get(operation.name)!.errors.join('; ')}`] : []));
    expect(failures).toEqual([]);
  });

  it('every connection is asked for with `first`, a variable or a number from 1 to 100', async () => {
    const schema = await treklangSchema();
    const problems: string[] = [];
    for (const operation of operations) {
      const typeInfo = new TypeInfo(schema);
      visit(
        parse(operation.source),
        visitWithTypeInfo(typeInfo, {
          Field(field) {
            const type = typeInfo.getType();
            if (!type || !getNamedType(type).name.endsWith('Connection')) return;
            const first = field.arguments?.find((argument) => argument.name.value === 'first')?.value;
            const ok = first?.kind === Kind.VARIABLE || (first?.kind === Kind.INT && Number(first.value) >= 1 && Number(first.value) <= 100);
            if (!ok) problems.push(`${operation.name} (${operation.file}): ${field.name.value}`);
          },
        }),
      );
    }
    expect(problems).toEqual([]);
  });
});

describe('checkDocument (the measuring used above) catches what the server refuses', () => {
  let schema: Awaited<ReturnType<typeof treklangSchema>>;
  beforeAll(async () => {
    schema = await treklangSchema();
  });

  it('an operation one level too deep', () => {
    const deep = '{ contracts(first: 1) { edges { node { citizen { contracts { goals { subGoals { goal { id } } } } } } } } }';
    const report = checkDocument(schema, deep);
    expect(report.depth).toBeGreaterThan(QUERY_LIMITS.depth);
    expect(report.errors.join()).toMatch(/Query depth \d+ exceeds the limit of 8/);
  });

  it('too many aliases, tokens or characters, and a cost over the limit', () => {
    const aliases = `{ ${Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    expect(checkDocument(schema, aliases).errors.join()).toMatch(/Number of aliases 16 exceeds the limit of 15/);
    const tokens = `{ viewer { ${'id '.repeat(QUERY_LIMITS.tokens)} } }`;
    expect(checkDocument(schema, tokens).errors.join()).toMatch(/more tha[nt] 1000 tokens/);
    const long = `{ viewer { id } } # ${'x'.repeat(QUERY_LIMITS.queryLength)}`;
    expect(checkDocument(schema, long).errors.join()).toMatch(/characters long/);
    const costly = '{ contracts(first: 100) { edges { node { id status serviceType startDate endDate purpose goalRationale dischargeCriteria citizen { id name cprMasked birthDate address phone } authority { id name kind } provider { id name kind } versions { number reason createdAt } followUpMeetings { id kind scheduledAt heldAt location statusNote { id submittedAt } } goals { id title status deadline priority goalType lifeTheme { key name code } subGoals { id title approval method status } measurements { id value kind measuredAt scale } } } } } }';
    expect(checkDocument(schema, costly).errors.join()).toMatch(new RegExp(`Query cost [\\d.]+ exceeds the limit of ${QUERY_LIMITS.cost}`));
  });

  it('an operation within every limit has no errors', () => {
    expect(checkDocument(schema, '{ viewer { id name } contracts(first: 20) { totalCount edges { node { id goals { id title } } } } }').errors).toEqual([]);
  });
});
