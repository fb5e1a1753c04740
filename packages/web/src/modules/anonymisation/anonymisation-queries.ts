import { graphql } from '../../generated/gql.js';

export const PAGE_SIZE = 50;

export const CITIZENS_DUE_FOR_ERASURE = graphql(`
  query CitizensDueForErasure($first: Int!, $after: String) {
    citizensDueForErasure(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { lastActivityOn erasableFrom citizen { id name } } }
    }
  }
`);
