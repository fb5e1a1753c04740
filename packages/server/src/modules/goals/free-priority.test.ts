import { describe, expect, it } from 'vitest';
import { freePriority } from './goal.service.js';

describe('the priority of an added goal', () => {
  it('is the first place no goal in force holds', () => {
    expect(freePriority([])).toBe(1);
    expect(freePriority([{ priority: 1 }, { priority: 2 }])).toBe(3);
    expect(freePriority([{ priority: 1 }, { priority: 3 }])).toBe(2);
    expect(freePriority([{ priority: 2 }, { priority: 3 }])).toBe(1);
  });
});
