import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withPageSizesWritten } from './limits-page-variables.js';

describe('page sizes given as variables, written in for the cost limit', () => {
  it('writes the request value, or the default, into first and last; leaves everything else', () => {
    const document = parse('query Q($n: Int!, $m: Int = 7, $after: String) { contracts(first: $n, after: $after) { edges { node { id } } } citizens(last: $m) { totalCount } }');
    expect(print(withPageSizesWritten(document, { n: 100, after: 'abc' }))).toContain('contracts(first: 100, after: $after)');
    expect(print(withPageSizesWritten(document, { n: 100 }))).toContain('citizens(last: 7)');
  });

  it('leaves a variable that is missing or not an integer as it is (validation and the resolver refuse it)', () => {
    const document = parse('query Q($n: Int) { contracts(first: $n) { totalCount } }');
    expect(print(withPageSizesWritten(document, {}))).toContain('first: $n');
    expect(print(withPageSizesWritten(document, { n: 'many' }))).toContain('first: $n');
    expect(print(withPageSizesWritten(document, { n: 2.5 }))).toContain('first: $n');
  });
});
