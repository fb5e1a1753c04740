import { graphql } from '../../generated/gql.js';

export const PAGE_SIZE = 50;

export const CITIZENS_DUE_FOR_ERASURE = graphql(`
  query CitizensDueForErasure($first: Int!, $after: String) {
    citizensDueForErasure(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { lastActivityOn erasableFrom citizen { id name } } }
    }
  }
`);

/** The count goes through every candidate (1-2 s for a backlog of thousands): asked for apart, so the list shows at once. */
export const CITIZENS_DUE_FOR_ERASURE_COUNT = graphql(`
  query CitizensDueForErasureCount {
    citizensDueForErasure(first: 1) { totalCount }
  }
`);
