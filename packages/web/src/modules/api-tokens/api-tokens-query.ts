import { graphql } from '../../generated/gql.js';
import type { ApiTokenRowFragment } from '../../generated/graphql.js';

/** Tokens per page of the list; the API allows up to 100. */
export const PAGE_SIZE = 50;

/** What a row of the list shows; create and revoke answer with the same fields, so the cache updates the row. */
export const API_TOKEN_ROW = graphql(`
  fragment ApiTokenRow on ApiToken {
    id
    name
    scopes
    createdAt
    createdBy { id name }
    expiresAt
    lastUsedAt
    active
    revokedAt
    revokedBy { id name }
  }
`);

export const API_TOKENS = graphql(`
  query ApiTokens($first: Int!, $after: String) {
    apiTokens(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ApiTokenRow } }
    }
  }
`);

export type ApiTokenRow = ApiTokenRowFragment;
