import { complexityChecklist, contractChecklist, type Answers } from '@treklang/schema';
import { describe, expect, it } from 'vitest';
import { mergeAnswers, resolveConflicts } from './merge-answers.js';

describe('merging answers after a version conflict', () => {
  const base: Answers = { referredBy: 'Jobcenter', decisionReason: 'Første udkast', healthComplexity: 'LOW' };

  it('takes a change made on one side only, from either side, without conflicts', () => {
    const mine = { ...base, referredBy: 'Jobcenter, Anne' };
    const theirs = { ...base, healthComplexity: 'HIGH' };
    const result = mergeAnswers(complexityChecklist, base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toEqual({ referredBy: 'Jobcenter, Anne', decisionReason: 'Første udkast', healthComplexity: 'HIGH' });
  });

  it('reports an item both sides changed differently, keeps mine until decided, and applies each choice', () => {
    const mine = { ...base, decisionReason: 'Min begrundelse', referredBy: 'Jobcenter, Anne' };
    const theirs = { ...base, decisionReason: 'Deres begrundelse', environmentComplexity: 'HIGH' };
    const result = mergeAnswers(complexityChecklist, base, mine, theirs);
    expect(result.conflicts.map((c) => [c.key, c.mine, c.theirs])).toEqual([['decisionReason', 'Min begrundelse', 'Deres begrundelse']]);
    expect(result.merged).toMatchObject({ decisionReason: 'Min begrundelse', referredBy: 'Jobcenter, Anne', environmentComplexity: 'HIGH' });
    expect(resolveConflicts(result, new Map([['decisionReason', 'theirs']]))).toMatchObject({ decisionReason: 'Deres begrundelse', referredBy: 'Jobcenter, Anne', environmentComplexity: 'HIGH' });
    expect(resolveConflicts(result, new Map()).decisionReason).toBe('Min begrundelse');
  });

  it('treats the same change on both sides, and a removal against no change, as no conflict', () => {
    const mine = { ...base, decisionReason: 'Samme' };
    const theirs = { ...base, decisionReason: 'Samme', referredBy: undefined };
    const result = mergeAnswers(complexityChecklist, base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toEqual({ decisionReason: 'Samme', healthComplexity: 'LOW' });
  });

  it('merges table rows and group entries one answer at a time', () => {
    const tableBase: Answers = { statements: { s1: { applies: true }, s2: { applies: false } } };
    const mine: Answers = { statements: { s1: { applies: true, comment: 'Mit' }, s2: { applies: false } } };
    const theirs: Answers = { statements: { s1: { applies: true }, s2: { applies: true } } };
    const table = mergeAnswers(complexityChecklist, tableBase, mine, theirs);
    expect(table.conflicts).toEqual([]);
    expect(table.merged).toEqual({ statements: { s1: { applies: true, comment: 'Mit' }, s2: { applies: true } } });

    const goals = (titles: string[], deadline?: string) => ({ goals: titles.map((title, i) => ({ title, ...(i === 1 && deadline ? { deadline } : {}) })) });
    const groupResult = mergeAnswers(contractChecklist, goals(['A', 'B']), goals(['A2', 'B']), goals(['A', 'B'], '2027-01-01'));
    expect(groupResult.conflicts).toEqual([]);
    expect(groupResult.merged.goals).toEqual([{ title: 'A2' }, { title: 'B', deadline: '2027-01-01' }]);

    const clash = mergeAnswers(contractChecklist, goals(['A', 'B']), goals(['Mit mål', 'B']), goals(['Deres mål', 'B']));
    expect(clash.conflicts.map((c) => c.key)).toEqual(['goals.0.title']);
    expect(clash.conflicts[0]!.path).toEqual(['goals', 0, 'title']);
  });

  it('makes a whole group one conflict when both sides changed its number of entries', () => {
    const base2: Answers = { goals: [{ title: 'A' }] };
    const mine: Answers = { goals: [{ title: 'A' }, { title: 'Mit nye' }] };
    const theirs: Answers = { goals: [] };
    const result = mergeAnswers(contractChecklist, base2, mine, theirs);
    expect(result.conflicts.map((c) => c.key)).toEqual(['goals']);
    expect(resolveConflicts(result, new Map([['goals', 'theirs']])).goals).toEqual([]);
  });

  it('drops answers to ids the definition does not know', () => {
    const result = mergeAnswers(complexityChecklist, {}, { referredBy: 'x', nonsense: 'y' }, {});
    expect(result.merged).toEqual({ referredBy: 'x' });
  });
});
