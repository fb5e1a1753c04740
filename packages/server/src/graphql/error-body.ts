/** The body of a request refused before GraphQL runs, shaped like a GraphQL response so clients read it the same way. */
export interface GraphQLErrorBody {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

export function graphQLErrorBody(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLErrorBody {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
