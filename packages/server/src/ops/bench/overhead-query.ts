/** The read the GraphQL-overhead benchmark times: 25 contracts x 2 goals = 50 goals with 4 fields. */
export const PAGE_SIZE = 25;
export const OVERHEAD_QUERY = `{ contracts(first: ${PAGE_SIZE}) { edges { node { goals { id title goalType deadline } } } } }`;
