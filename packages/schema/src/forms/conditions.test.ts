import { describe, expect, it } from 'vitest';
import { evaluateCondition, isItemEnabled, isSectionEnabled } from './conditions.js';
import { engineExampleAnswers, engineExampleDefinition } from './examples/engine-example.js';
import type { FormDefinition } from './types.js';
import { validateResponse } from './validate.js';

const label = { da: 'x', en: 'x' };

describe('evaluateCondition', () => {
  it('exists and notExists treat blank text and empty lists as no answer', () => {
    for (const value of [undefined, null, '', '  ', []]) {
      expect(evaluateCondition({ item: 'a', operator: 'exists' }, value)).toBe(false);
      expect(evaluateCondition({ item: 'a', operator: 'notExists' }, value)).toBe(true);
    }
    for (const value of ['x', 0, false, ['A'], { name: 'x' }]) {
      expect(evaluateCondition({ item: 'a', operator: 'exists' }, value)).toBe(true);
    }
  });

  it('equals is strict, notEquals its negation', () => {
    expect(evaluateCondition({ item: 'a', operator: 'equals', value: false }, false)).toBe(true);
    expect(evaluateCondition({ item: 'a', operator: 'equals', value: false }, undefined)).toBe(false);
    expect(evaluateCondition({ item: 'a', operator: 'equals', value: 1 }, '1')).toBe(false);
    expect(evaluateCondition({ item: 'a', operator: 'notEquals', value: 'END' }, 'CONTINUE')).toBe(true);
    expect(evaluateCondition({ item: 'a', operator: 'notEquals', value: 'END' }, undefined)).toBe(true);
    expect(evaluateCondition({ item: 'a', operator: 'notEquals', value: 'END' }, 'END')).toBe(false);
  });

  it('includes looks inside lists and compares single answers', () => {
    expect(evaluateCondition({ item: 'a', operator: 'includes', value: 'B' }, ['A', 'B'])).toBe(true);
    expect(evaluateCondition({ item: 'a', operator: 'includes', value: 'C' }, ['A', 'B'])).toBe(false);
    expect(evaluateCondition({ item: 'a', operator: 'includes', value: 'A' }, 'A')).toBe(true);
  });

  it('greaterThan and lessThan compare numbers with numbers and dates with dates', () => {
    expect(evaluateCondition({ item: 'a', operator: 'greaterThan', value: 5 }, 6)).toBe(true);
    expect(evaluateCondition({ item: 'a', operator: 'greaterThan', value: 5 }, 5)).toBe(false);
    expect(evaluateCondition({ item: 'a', operator: 'lessThan', value: 5 }, 4)).toBe(true);
    expect(evaluateCondition({ item: 'a', operator: 'lessThan', value: '2026-01-01' }, '2025-12-31')).toBe(true);
    expect(evaluateCondition({ item: 'a', operator: 'greaterThan', value: 5 }, '6')).toBe(false);
    expect(evaluateCondition({ item: 'a', operator: 'lessThan', value: 5 }, undefined)).toBe(false);
  });

  it('is false for an unknown operator', () => {
    expect(evaluateCondition({ item: 'a', operator: 'matches' as never, value: 'x' }, 'x')).toBe(false);
  });
});

describe('isItemEnabled', () => {
  const d = engineExampleDefinition;

  it('follows a top-level condition', () => {
    expect(isItemEnabled(d, 'notReviewedReason', { reviewedWithCitizen: true })).toBe(false);
    expect(isItemEnabled(d, ['notReviewedReason'], { reviewedWithCitizen: false })).toBe(true);
    expect(isItemEnabled(d, 'notReviewedReason', {})).toBe(false);
    expect(isItemEnabled(d, 'purpose', null)).toBe(true);
  });

  it('reads a sibling in the same group entry', () => {
    const answers = { goals: [{ goalType: 'DEVELOP' }, { goalType: 'LIMIT_LOSS' }] };
    expect(isItemEnabled(d, ['goals', 0, 'limitLossNote'], answers)).toBe(false);
    expect(isItemEnabled(d, ['goals', 1, 'limitLossNote'], answers)).toBe(true);
    expect(isItemEnabled(d, ['goals', 2, 'limitLossNote'], answers)).toBe(false);
    expect(isItemEnabled(d, ['goals', 0, 'title'], answers)).toBe(true);
  });

  it('reads a sibling cell in the same table row', () => {
    const answers = { statements: { s1: { applies: true }, s2: { applies: false } } };
    expect(isItemEnabled(d, ['statements', 's1', 'comment'], answers)).toBe(true);
    expect(isItemEnabled(d, ['statements', 's2', 'comment'], answers)).toBe(false);
  });

  it("follows a section's conditions", () => {
    expect(isSectionEnabled(d, 'signing', {})).toBe(false);
    expect(isSectionEnabled(d, 'signing', { reviewedWithCitizen: false })).toBe(true);
    expect(isItemEnabled(d, 'buyerSignature', {})).toBe(false);
    expect(isItemEnabled(d, 'buyerSignature', { reviewedWithCitizen: true })).toBe(true);
    expect(isSectionEnabled(d, 'nope', {})).toBe(false);
  });

  it('is false for paths that name no item', () => {
    for (const path of [[], ['nope'], ['goals', 'x', 'title'], ['goals', 0, 'nope'], ['statements', 's7', 'comment'], ['purpose', 0, 'x'], ['deadline']]) {
      expect(isItemEnabled(d, path, engineExampleAnswers)).toBe(false);
    }
  });

  it('hides an item whose condition reads a hidden item, and falls back to the top level from a group', () => {
    const def: FormDefinition = {
      key: 'chain',
      version: 1,
      title: label,
      source: 'test',
      subject: 'CITIZEN',
      filledBy: ['AUTHORITY'],
      sections: [
        {
          id: 's',
          title: label,
          items: [
            { id: 'a', type: 'yesNo', label },
            { id: 'b', type: 'text', label, enableWhen: [{ item: 'a', operator: 'equals', value: true }] },
            { id: 'c', type: 'text', label, enableWhen: [{ item: 'b', operator: 'exists' }] },
            {
              id: 'g',
              type: 'group',
              label,
              minCount: 0,
              maxCount: 2,
              items: [{ id: 'gc', type: 'text', label, enableWhen: [{ item: 'a', operator: 'equals', value: true }] }],
            },
            {
              id: 'either',
              type: 'text',
              label,
              enableBehavior: 'any',
              enableWhen: [
                { item: 'a', operator: 'equals', value: true },
                { item: 'c', operator: 'exists' },
              ],
            },
          ],
        },
      ],
    };
    // b has an answer but is hidden (a is false), so c is hidden too.
    expect(isItemEnabled(def, 'c', { a: false, b: 'stale' })).toBe(false);
    expect(isItemEnabled(def, 'c', { a: true, b: 'x' })).toBe(true);
    expect(isItemEnabled(def, ['g', 0, 'gc'], { a: true, g: [{}] })).toBe(true);
    expect(isItemEnabled(def, ['g', 0, 'gc'], { a: false, g: [{}] })).toBe(false);
    expect(isItemEnabled(def, 'either', { a: false })).toBe(false);
    expect(isItemEnabled(def, 'either', { a: true })).toBe(true);
    const issues = validateResponse(def, { a: false, b: 'stale', c: 'stale' }, { mode: 'draft', today: '2026-01-01' });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['b'], 'HIDDEN_ANSWERED'],
      [['c'], 'HIDDEN_ANSWERED'],
    ]);
  });

  it('treats a cycle of conditions as hidden instead of looping', () => {
    const def = {
      key: 'cycle',
      version: 1,
      title: label,
      source: 'test',
      subject: 'CITIZEN',
      filledBy: ['AUTHORITY'],
      sections: [
        {
          id: 's',
          title: label,
          items: [
            { id: 'a', type: 'text', label, enableWhen: [{ item: 'b', operator: 'notExists' }] },
            { id: 'b', type: 'text', label, enableWhen: [{ item: 'a', operator: 'notExists' }] },
          ],
        },
      ],
    } as FormDefinition;
    expect(() => isItemEnabled(def, 'a', { a: 'x', b: 'y' })).not.toThrow();
    expect(() => validateResponse(def, { a: 'x', b: 'y' }, { mode: 'submit', today: '2026-01-01' })).not.toThrow();
  });
});
