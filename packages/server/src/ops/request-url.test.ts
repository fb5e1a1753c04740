import { describe, expect, it } from 'vitest';
import { requestTarget } from './request-url.js';

describe('requestTarget', () => {
  it('splits path and query string as Express does', () => {
    expect(requestTarget('/graphql')).toEqual({ path: '/graphql', search: '' });
    expect(requestTarget('/graphql?query=%7B%20a%20%7D&x=1')).toEqual({ path: '/graphql', search: '?query=%7B%20a%20%7D&x=1' });
    expect(requestTarget('/graphql?')).toEqual({ path: '/graphql', search: '?' });
    expect(requestTarget('/a?b?c')).toEqual({ path: '/a', search: '?b?c' });
  });

  it('takes an absolute URL apart and leaves out a fragment', () => {
    expect(requestTarget('http://example.test/graphql?q=1')).toEqual({ path: '/graphql', search: '?q=1' });
    expect(requestTarget('/graphql?q=1#part')).toEqual({ path: '/graphql', search: '?q=1' });
  });
});
