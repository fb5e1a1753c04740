import { describe, expect, it } from 'vitest';
import { engineExampleDefinition as d } from './examples/engine-example.js';
import { effectiveFilledBy, findItem, indexDefinition, isFilledBy, walkItems } from './traverse.js';

describe('traverse', () => {
  it('walks every item with its id path, parents before children', () => {
    const paths: string[] = [];
    walkItems(d, (location) => paths.push(location.idPath.join('.')));
    expect(paths).toContain('goals');
    expect(paths).toContain('goals.subGoals.subGoalTitle');
    expect(paths).toContain('statements.comment');
    expect(paths.indexOf('goals')).toBeLessThan(paths.indexOf('goals.title'));
    expect(paths).toHaveLength(new Set(paths).size);
  });

  it('finds an item by id anywhere, with its section and ancestors', () => {
    const found = findItem(d, 'subGoalDone');
    expect(found?.item.type).toBe('yesNo');
    expect(found?.section.id).toBe('goalsSection');
    expect(found?.ancestors.map((a) => a.id)).toEqual(['goals', 'subGoals']);
    expect(findItem(d, 'nope')).toBeUndefined();
  });

  it('inherits filledBy from the group or table, then the section, then the definition', () => {
    expect(effectiveFilledBy(d, 'purpose')).toEqual(['AUTHORITY']);
    expect(effectiveFilledBy(d, 'wellbeing')).toEqual(['PROVIDER']);
    expect(effectiveFilledBy(d, 'title')).toEqual(['AUTHORITY']);
    expect(effectiveFilledBy(d, 'subGoalTitle')).toEqual(['PROVIDER']);
    expect(isFilledBy(d, 'subGoals', 'PROVIDER')).toBe(true);
    expect(isFilledBy(d, 'goals', 'PROVIDER')).toBe(false);
    expect(effectiveFilledBy(d, 'nope')).toEqual([]);
  });

  it('caches the index per definition object', () => {
    // Compared with === : the index is cyclic (parent links), too big for a readable diff.
    const first = indexDefinition(d);
    const again = indexDefinition(d);
    const ofCopy = indexDefinition(structuredClone(d));
    expect(first === again).toBe(true);
    expect(ofCopy === first).toBe(false);
    expect(indexDefinition(d).nodes.get('goals')?.subtreeRoles).toEqual(new Set(['AUTHORITY', 'PROVIDER']));
  });
});
