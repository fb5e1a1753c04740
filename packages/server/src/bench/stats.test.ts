import { describe, expect, it } from 'vitest';
import { summarize } from './stats.js';

describe('summarize', () => {
  it('gives the median, p99, mean and range of the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(samples)).toEqual({ runs: 100, median: 51, p99: 100, mean: 50.5, min: 1, max: 100 });
    expect(summarize([5, 1, 3])).toMatchObject({ median: 3, p99: 5 });
  });
});
