import type { ApolloServerPlugin } from '@apollo/server';
import { caseAccessOf } from '../auth/case-access.js';
import type { Context } from './context.js';

/*
 * When a request's execution ends, the rows it read are let go: its DataLoader caches and what the policy checks
 * kept. The response still waits for the audit entry (written with the other requests of the same turn of the event
 * loop), and holding every row until then kept each in-flight request's rows alive through garbage collections,
 * which copied and then promoted them. What the audit entry needs is in the AccessTrail, which stays.
 */
export function releaseRequestCaches(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async executionDidStart() {
          return {
            async executionDidEnd() {
              contextValue.loaders?.clearAll();
              if (contextValue.viewer) caseAccessOf(contextValue).reset();
            },
          };
        },
      };
    },
  };
}
