import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { isForbidden } from './forbidden.js';

describe('a query refused for the role', () => {
  it('tells a refusal for the role (FORBIDDEN) from other errors', () => {
    const refusal = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Kun administratorer', extensions: { code: 'FORBIDDEN' } }] });
    const other = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(isForbidden(refusal)).toBe(true);
    expect(isForbidden(other)).toBe(false);
    expect(isForbidden(new Error('network'))).toBe(false);
    expect(isForbidden(undefined)).toBe(false);
  });
});
