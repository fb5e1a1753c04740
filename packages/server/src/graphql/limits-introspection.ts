import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Role } from '../common/enums.js';
import type { Context } from './context.js';

/*
 * Introspection (`__schema`, `__type`) is open in demo mode, where the explorer relies on it, and in production only
 * to ADMIN and INTEGRATOR viewers, who build against the API. It is checked per request once the viewer is known:
 * a validation rule would not do, because Apollo Server validates a query text once and caches the result.
 * `__typename` is not introspection and is always allowed.
 */

export const INTROSPECTION_ROLES: ReadonlySet<Role> = new Set<Role>(['ADMIN', 'INTEGRATOR']);

const introspecting = new WeakMap<DocumentNode, boolean>();

/** Whether the document asks for `__schema` or `__type`; remembered per document, which Apollo Server caches per query text. */
export function usesIntrospection(document: DocumentNode): boolean {
  let known = introspecting.get(document);
  if (known === undefined) {
    known = findsIntrospection(document);
    introspecting.set(document, known);
  }
  return known;
}

function findsIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(field) {
      if (field.name.value === '__schema' || field.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function introspectionForbidden(): GraphQLError {
  return new GraphQLError('Introspection is available in demo mode and, in production, to ADMIN and INTEGRATOR users only.', {
    extensions: { code: 'INTROSPECTION_FORBIDDEN', http: { status: 403 } },
  });
}

/** Apollo plugin: refuses `__schema`/`__type` unless `open` (demo mode) or the viewer's role may introspect. */
export function introspectionGate(open: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (open) return;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!usesIntrospection(document)) return;
          if (INTROSPECTION_ROLES.has(contextValue.viewer.user.role)) return;
          throw introspectionForbidden();
        },
      };
    },
  };
}
