import fc from 'fast-check';
import { anyInt, hostileString } from './fuzz-inputs.js';

/*
 * Malformed HTTP requests to /graphql: random JSON bodies, bytes that are not JSON, broken GraphQL, and documents
 * that are too deep, too large or too clever. None of them may run anything.
 */

export interface RawRequest {
  method: string;
  /** Path and query string, under the server's URL. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Queries the API answers; broken GraphQL is made by cutting and splicing them. */
export const VALID_QUERIES = [
  '{ viewer { id name role organization { id name kind } } }',
  'query Citizens($first: Int!, $after: String) { citizens(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name cprMasked } } } }',
  '{ contracts(first: 10) { totalCount edges { node { id status serviceType citizen { id name } goals { id title status lifeTheme { key } } } } } }',
  'query($id: ID!) { node(id: $id) { __typename id ... on Citizen { name } ... on Contract { status } } }',
  '{ lifeThemes { key name nameEn } organizations { id name kind } formTemplates { id key version } }',
  'query C($id: ID!) { citizen(id: $id) { id name contracts { id goals { id measurements { id value } } } consents { id active } } }',
  'fragment G on Goal { id title } query { contracts(first: 2) { edges { node { goals { ...G } } } } }',
];

export function jsonRequest(token: string | null, body: unknown, headers: Record<string, string> = {}): RawRequest {
  return { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body: JSON.stringify(body) };
}

/** Random JSON as the body: any value, or an object with wrongly typed `query`, `variables`, `operationName`, `extensions`. */
export function randomJsonBodies(token: string): fc.Arbitrary<RawRequest> {
  const fields = fc.record(
    {
      query: fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...VALID_QUERIES)),
      variables: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null)),
      operationName: fc.oneof(hostileString, fc.jsonValue({ maxDepth: 1 })),
      extensions: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ persistedQuery: fc.record({ version: fc.oneof(anyInt, hostileString), sha256Hash: hostileString }, { requiredKeys: [] }) })),
    },
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) }, { weight: 3, arbitrary: fields }).map((body) => jsonRequest(token, body));
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/graphql',
  'application/graphql-response+json',
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/octet-stream',
  '',
  ';;;',
];

/** Bytes that are not (valid) JSON, with any content type and encoding header. */
export function rawBodies(token: string): fc.Arbitrary<RawRequest> {
  const validJson = fc.constantFrom(...VALID_QUERIES).map((query) => JSON.stringify({ query, variables: { first: 5, id: 'x' } }));
  const body = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 500 }),
    fc.tuple(validJson, fc.nat()).map(([json, cut]) => json.slice(0, cut % json.length)),
    fc.tuple(validJson, fc.nat(), fc.string({ maxLength: 3 })).map(([json, at, junk]) => json.slice(0, at % json.length) + junk + json.slice(at % json.length)),
    fc.constantFrom('{', '[', '{"query":', '{"query": "{ viewer { id } }",}', 'null', 'true', '1e999999', '"\\uD800"', '{"__proto__": {"query": "{ viewer { id } }"}}', '{"query": "{ viewer { id } }", "query": 1}'),
  );
  return fc
    .record({
      body,
      contentType: fc.constantFrom(...CONTENT_TYPES),
      encoding: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown') }),
      withToken: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    })
    .map(({ body, contentType, encoding, withToken }) => ({
      method: 'POST',
      path: '/graphql',
      headers: { ...(contentType ? { 'content-type': contentType } : {}), ...(encoding ? { 'content-encoding': encoding } : {}), ...(withToken ? { authorization: `Bearer ${token}` } : {}) },
      body,
    }));
}

const GRAPHQL_PIECES = [
  '{', '}', '(', ')', '[', ']', ':', '$', '!', '@', '...', '=', '|', '&', ',',
  'query', 'mutation', 'subscription', 'fragment', 'on', 'schema', 'type', 'input', 'directive',
  'viewer', 'citizens', 'citizen', 'contracts', 'node', 'nodes', 'id', 'name', 'first', 'after', 'edges', 'totalCount', '__typename', '__schema', '__type',
  'createCitizen', 'input', 'saveFormResponse', 'answers',
  '"tekst"', '"""blok"""', '"\\u00e6"', '"\\uZZZZ"', '"uafsluttet', '1', '-1', '0x10', '1.5e9', '2147483648', 'true', 'false', 'null', 'ENUM',
  '#kommentar\n', ' ', '\n', '\t', '\u0000', '\uFEFF', 'ø', '💥',
  '@include(if: true)', '@skip(if: $x)', '@deprecated',
];

/** Token soup and spliced valid queries, sent as `query`. */
export function brokenGraphql(token: string): fc.Arbitrary<RawRequest> {
  const soup = fc.array(fc.constantFrom(...GRAPHQL_PIECES), { maxLength: 80 }).map((pieces) => pieces.join(' '));
  const spliced = fc
    .tuple(fc.constantFrom(...VALID_QUERIES), fc.nat(), fc.nat({ max: 12 }), fc.constantFrom(...GRAPHQL_PIECES, ''))
    .map(([query, at, length, insert]) => query.slice(0, at % query.length) + insert + query.slice((at % query.length) + length));
  const unicode = fc.string({ unit: 'binary', maxLength: 120 });
  return fc
    .tuple(fc.oneof({ weight: 3, arbitrary: soup }, { weight: 4, arbitrary: spliced }, { weight: 1, arbitrary: unicode }), fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })), fc.oneof(fc.constant(undefined), hostileString))
    .map(([query, variables, operationName]) => jsonRequest(token, { query, variables, operationName }));
}

const nest = (depth: number, open: (i: number) => string, leaf: string) => {
  let query = leaf;
  for (let i = depth - 1; i >= 0; i -= 1) query = `${open(i)} { ${query} }`;
  return query;
};

/** Documents over the limits, or built to make a parser, validator or executor work hard. */
export function hugeAndDeep(token: string): fc.Arbitrary<RawRequest> {
  const depth = fc.integer({ min: 1, max: 600 });
  const count = fc.integer({ min: 1, max: 3000 });
  const documents = fc.oneof(
    depth.map((n) => `{ ${nest(n, () => 'viewer', 'id')} }`),
    depth.map((n) => `{ ${nest(n, (i) => (i % 2 === 0 ? 'citizen(id: "x")' : 'contracts'), 'id')} }`),
    depth.map((n) => `{ nodes(ids: ${'['.repeat(n)}"x"${']'.repeat(n)}) { id } }`),
    depth.map((n) => `{ viewer { ${'...on User { '.repeat(n)}id${' }'.repeat(n)} } }`),
    count.map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`),
    count.map((n) => `{ viewer { ${'id '.repeat(n)}} }`),
    count.map((n) => `{ viewer { id ${'@include(if: true) '.repeat(n)}} }`),
    count.map((n) => `${Array.from({ length: Math.min(n, 400) }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F${Math.min(n, 400)} on Query { viewer { id } } { ...F0 }`),
    fc.constant('fragment A on Query { ...B } fragment B on Query { ...A } { ...A }'),
    count.map((n) => Array.from({ length: Math.min(n, 300) }, (_, i) => `query Q${i} { viewer { id } }`).join(' ')),
    fc.integer({ min: 10_000, max: 400_000 }).map((n) => `{ citizens(first: 5, search: "${'x'.repeat(n)}") { totalCount } }`),
    fc.integer({ min: 10_000, max: 400_000 }).map((n) => `{ ${'v'.repeat(n)} }`),
    fc.integer({ min: 10_000, max: 400_000 }).map((n) => `# ${'c'.repeat(n)}\n{ viewer { id } }`),
    fc.integer({ min: 2, max: 101 }).map((n) => `{ contracts(first: ${n * 10}) { edges { node { id goals { id subGoals { id } measurements { id } } citizen { id name contracts { id } } } } } }`),
  );
  return documents.map((query) => jsonRequest(token, { query }));
}

/** JSON nested deeper than any parser likes, as the whole body or as a form's answers. */
export function deepBodies(token: string, draftId: string): fc.Arbitrary<RawRequest> {
  return fc.tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('body', 'answers', 'variables')).map(([depth, where]) => {
    const deep = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    const body =
      where === 'body'
        ? deep
        : where === 'answers'
          ? `{"query":"mutation($input: SaveFormResponseInput!) { saveFormResponse(input: $input) { userErrors { code } } }","variables":{"input":{"id":"${draftId}","answers":{"x":${deep}}}}}`
          : `{"query":"query($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${deep}}}`;
    return { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body };
  });
}


/** encodeURIComponent throws on a lone surrogate: such text is sent as U+FFFD. */
const uri = (text: string) => encodeURIComponent(text.toWellFormed());

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Odd or forged credentials, other methods, GET with random parameters, and batches. */
export function authMethodsAndBatches(token: string, victimToken: string): fc.Arbitrary<RawRequest> {
  const authorization = fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('Bearer', 'Bearer ', 'bearer', 'Basic dXNlcjpwYXNz', 'Token abc', `Bearer ${token} ${token}`, `Bearer  ${token}`),
    // Header values are bytes: fetch sends neither characters above U+00FF (sent here as their UTF-8 bytes) nor
    // control characters (Node's HTTP parser would refuse those before the app anyway).
    hostileString.map((junk) => `Bearer ${Buffer.from(junk.toWellFormed(), 'utf8').toString('latin1').replace(/\p{Cc}/gu, '?')}`),
    fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 20 })).map(([header, payload, signature]) => `Bearer ${b64(header)}.${b64(payload)}.${signature}`),
    fc.tuple(fc.uuid(), fc.integer()).map(([sub, exp]) => `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub, exp, iss: 'treklang-demo' })}.`),
    fc.nat({ max: 20 }).map((cut) => `Bearer ${victimToken.slice(0, victimToken.length - 1 - cut)}${'A'.repeat(cut + 1)}`),
    fc.string({ maxLength: 40 }).map((secret) => `Bearer trk_${'0'.repeat(32)}_${secret}`),
  );
  const request = fc.oneof(
    fc.tuple(authorization, fc.constantFrom(...VALID_QUERIES)).map(([auth, query]): RawRequest => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify({ query, variables: { first: 3, id: 'x' } }) })),
    fc.tuple(fc.constantFrom('GET', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'), fc.oneof(hostileString, fc.constantFrom(...VALID_QUERIES), fc.constant('mutation { createCitizen(input: { name: "Get", cpr: "010190-1111" }) { citizen { id } } }')), fc.jsonValue({ maxDepth: 2 })).map(
      ([method, query, variables]): RawRequest => ({ method, path: `/graphql?query=${uri(query)}&variables=${uri(JSON.stringify(variables) ?? '')}`, headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } }),
    ),
    fc.string({ maxLength: 100 }).map((junk): RawRequest => ({ method: 'GET', path: `/graphql?${junk}`, headers: { authorization: `Bearer ${token}` } })),
    fc.array(fc.record({ query: fc.constantFrom(...VALID_QUERIES, 'mutation { createCitizen(input: { name: "Batch", cpr: "010190-1111" }) { citizen { id } } }') }), { maxLength: 20 }).map((batch) => jsonRequest(token, batch)),
  );
  return request;
}
