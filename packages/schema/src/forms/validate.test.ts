import { describe, expect, it } from 'vitest';
import {
  applyExampleChange,
  engineExampleAnswers,
  engineExampleContext,
  engineExampleDefinition,
  engineExampleInvalidCases,
} from './examples/engine-example.js';
import { ISSUE_MESSAGES } from './messages.js';
import type { FormDefinition, IssueCode, ValidationIssue } from './types.js';
import { validateResponse } from './validate.js';

const definition = engineExampleDefinition;
const context = engineExampleContext;

function summary(issues: ValidationIssue[]) {
  return issues.map(({ path, code }) => ({ path, code }));
}

describe('validateResponse on the engine example', () => {
  it('accepts the complete answers in submit mode', () => {
    expect(validateResponse(definition, engineExampleAnswers, context)).toEqual([]);
  });

  it('accepts the complete answers as a draft, and after a JSON round trip', () => {
    expect(validateResponse(definition, engineExampleAnswers, { ...context, mode: 'draft' })).toEqual([]);
    const copy = JSON.parse(JSON.stringify({ definition, answers: engineExampleAnswers }));
    expect(validateResponse(copy.definition, copy.answers, context)).toEqual([]);
  });

  for (const testCase of engineExampleInvalidCases) {
    it(`reports ${testCase.name}`, () => {
      const issues = validateResponse(definition, applyExampleChange(testCase.change), { ...context, ...testCase.context });
      expect(summary(issues)).toEqual(expect.arrayContaining(testCase.expected));
      expect(issues).toHaveLength(testCase.expected.length);
    });
  }

  it('gives every issue a Danish and an English message', () => {
    for (const testCase of engineExampleInvalidCases) {
      for (const issue of validateResponse(definition, applyExampleChange(testCase.change), { ...context, ...testCase.context })) {
        expect(issue.message.da.length).toBeGreaterThan(5);
        expect(issue.message.en.length).toBeGreaterThan(5);
        expect(issue.message.da).not.toEqual(issue.message.en);
      }
    }
  });

  it('has a plain Danish and English message for every code', () => {
    const codes: IssueCode[] = [
      'REQUIRED', 'UNKNOWN_ITEM', 'WRONG_TYPE', 'TOO_SHORT', 'TOO_LONG', 'OUT_OF_RANGE', 'NOT_AN_OPTION',
      'INVALID_DATE', 'TOO_FEW', 'TOO_MANY', 'HIDDEN_ANSWERED', 'NOT_YOURS',
    ];
    expect(Object.keys(ISSUE_MESSAGES).sort()).toEqual([...codes].sort());
    expect(ISSUE_MESSAGES.REQUIRED).toEqual({ da: 'Feltet skal udfyldes.', en: 'This field is required.' });
  });
});

describe('validateResponse on odd input', () => {
  it('treats null answers as no answers', () => {
    expect(validateResponse(definition, null, { ...context, mode: 'draft' })).toEqual([]);
    const codes = validateResponse(definition, null, context).map((issue) => issue.code);
    expect(new Set(codes)).toEqual(new Set(['REQUIRED']));
  });

  it('refuses answers that are not an object, with one issue at the root', () => {
    for (const answers of [[], 'text', 42, true]) {
      expect(summary(validateResponse(definition, answers, context))).toEqual([{ path: [], code: 'WRONG_TYPE' }]);
    }
  });

  it('does not read inherited properties as answers', () => {
    const answers = Object.create({ purpose: 'Arvet formål er ikke et svar' });
    const issues = validateResponse(definition, answers, { ...context, mode: 'draft' });
    expect(issues).toEqual([]);
    const polluted = JSON.parse('{"__proto__": {"x": 1}, "constructor": 1}');
    expect(summary(validateResponse(definition, polluted, { ...context, mode: 'draft' }))).toEqual([
      { path: ['__proto__'], code: 'UNKNOWN_ITEM' },
      { path: ['constructor'], code: 'UNKNOWN_ITEM' },
    ]);
  });

  it('refuses a huge string quickly', () => {
    const started = performance.now();
    const issues = validateResponse(definition, { ...engineExampleAnswers, summary: 'x'.repeat(5_000_000) }, context);
    expect(summary(issues)).toEqual([{ path: ['summary'], code: 'TOO_LONG' }]);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a huge group without checking every entry', () => {
    const goals = Array.from({ length: 100_000 }, () => ({ nonsense: true }));
    const issues = validateResponse(definition, { ...engineExampleAnswers, goals }, context);
    expect(issues.filter((issue) => issue.path.length === 1)).toEqual([expect.objectContaining({ path: ['goals'], code: 'TOO_MANY' })]);
    expect(issues.length).toBeLessThan(20);
  });

  it('survives a malformed definition and context', () => {
    const broken = { key: 'x', sections: [null, { id: 's', items: [null, 7, { id: 'a' }, { id: 'g', type: 'group', items: 'no' }] }] };
    expect(() => validateResponse(broken as unknown as FormDefinition, { a: 1, g: [{}] }, context)).not.toThrow();
    expect(() => validateResponse(null as unknown as FormDefinition, { a: 1 }, null as never)).not.toThrow();
    expect(summary(validateResponse({} as FormDefinition, { a: 1 }, context))).toEqual([{ path: ['a'], code: 'UNKNOWN_ITEM' }]);
  });

  it("ignores an invalid 'today' rather than failing", () => {
    expect(validateResponse(definition, engineExampleAnswers, { ...context, today: 'igår' })).toEqual([]);
  });
});

describe('isCalendarDate', () => {
  it('agrees with isIsoDate on real and impossible dates', async () => {
    const { isIsoDate } = await import('../domain/dates.js');
    const { isCalendarDate } = await import('./validate.js');
    const samples = ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2026-04-31', '2026-12-31', '2026-00-10', '2026-13-01',
      '2026-01-00', '0000-01-01', '9999-12-31', '2026-1-01', '2026/01/01', '2026-01-01 ', ' 2026-01-01', '2026-0a-01', '', '20260101xx'];
    for (const sample of samples) expect(isCalendarDate(sample)).toBe(isIsoDate(sample));
    for (let d = new Date(Date.UTC(1999, 0, 1)); d.getUTCFullYear() < 2002; d = new Date(d.getTime() + 86_400_000 / 2)) {
      const iso = d.toISOString().slice(0, 10);
      expect(isCalendarDate(iso)).toBe(true);
    }
  });
});
