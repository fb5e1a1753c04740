import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { type ArgumentNode, type DocumentNode, GraphQLError, type GraphQLSchema, Kind, validate, visit } from 'graphql';
import { costRule, QUERY_LIMITS, type QueryLimits } from './limits.js';

/*
 * graphql-armor's cost rule multiplies a field's cost by its `first` or `last` only when that is a literal, and
 * validation runs once per query text, before variables are known. So `contracts(first: $n)` would cost as one item
 * whatever $n is. When an operation takes a page size from a variable, its cost is measured again with the
 * request's values written in, and refused like any other query over the limit.
 */

const PAGE_ARGUMENTS = new Set(['first', 'last']);

const takesPageSizeFromVariable = new WeakMap<DocumentNode, boolean>();

function pageSizeVariables(document: DocumentNode): boolean {
  let found = takesPageSizeFromVariable.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Argument(node) {
        if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) found = true;
      },
    });
    takesPageSizeFromVariable.set(document, found);
  }
  return found;
}

/** The variables' integer values by name, with the operation's defaults where the request gives none. */
function pageSizes(document: DocumentNode, variables: Record<string, unknown>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      const given = variables[name] ?? (variable.defaultValue?.kind === Kind.INT ? Number(variable.defaultValue.value) : undefined);
      if (Number.isInteger(given)) sizes.set(name, given as number);
    }
  }
  return sizes;
}

/** The document with every `first`/`last` taken from a variable written as that variable's integer value. */
export function withPageSizesWritten(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const sizes = pageSizes(document, variables);
  return visit(document, {
    Argument(node): ArgumentNode | undefined {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const size = sizes.get(node.value.name.value);
      return size === undefined ? undefined : { ...node, value: { kind: Kind.INT, value: String(size) } };
    },
  });
}

/** The cost-limit errors of the operation with the request's page sizes; empty when it is within the limit. */
export function pageCostErrors(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, limits: QueryLimits = QUERY_LIMITS): readonly GraphQLError[] {
  if (!pageSizeVariables(document)) return [];
  return validate(schema, withPageSizesWritten(document, variables), [costRule(limits)]);
}

/** Refuses, as validation does (400, GRAPHQL_VALIDATION_FAILED), an operation whose variable page sizes cost too much. */
export function pageCostLimit<C extends BaseContext>(limits: QueryLimits = QUERY_LIMITS): ApolloServerPlugin<C> {
  // One set of hooks for every request (they keep no state): nothing allocated per request on the read path.
  const hooks: GraphQLRequestListener<C> = {
    async didResolveOperation({ document, request, schema }) {
      const [error] = pageCostErrors(schema, document, request.variables ?? {}, limits);
      if (error) throw new GraphQLError(error.message, { extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
    },
  };
  return { requestDidStart: async () => hooks };
}
