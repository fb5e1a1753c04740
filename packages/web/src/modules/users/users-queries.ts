import { graphql } from '../../generated/gql.js';

export const USER_ACCOUNTS = graphql(`
  query UserAccounts($first: Int!, $after: String, $filter: UserAccountFilter) {
    userAccounts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { lockedUntil user { id name email role } } }
    }
  }
`);

export const UNLOCK_USER = graphql(`
  mutation UnlockUser($input: UnlockUserInput!) {
    unlockUser(input: $input) {
      user { id name }
      lockedUntil
      userErrors { code message field }
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user { id name }
      userErrors { code message field }
    }
  }
`);
