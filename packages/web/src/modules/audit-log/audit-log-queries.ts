import { graphql } from '../../generated/gql.js';
import type { AuditLogPageQuery } from '../../generated/graphql.js';

/** One page of the audit log, newest first (ADMIN only; reading it is itself logged). */
export const AUDIT_LOG = graphql(`
  query AuditLogPage($first: Int!, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          sequence
          occurredAt
          kind
          outcome
          userId
          userName
          userRole
          organizationName
          operationType
          operationName
          rootFields
          purpose
          ip
          userAgent
          requestId
          read { type id }
          written { type id }
          refused { operation reason }
          searches
          errorCodes
          note
          citizenIds
        }
      }
    }
  }
`);

export type AuditLogConnection = AuditLogPageQuery['auditLog'];
export type AuditEntry = AuditLogConnection['edges'][number]['node'];
