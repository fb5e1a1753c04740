import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../forms/check-definition.js';
import { computeDerived } from '../forms/derived/index.js';
import { findItem } from '../forms/traverse.js';
import type { Answers, SingleChoiceItem, TableItem, ValidationContext } from '../forms/types.js';
import { validateResponse } from '../forms/validate.js';
import { complexityChecklist } from './complexity-checklist.js';
import { completeAnswers } from './examples/complexity-checklist.example.js';
import { missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { templateByKey } from './index.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-11-23' };
const codes = (answers: Answers, context = submit) =>
  validateResponse(complexityChecklist, answers, context).map((i) => [i.path, i.code]);
const ROWS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'];

/** A complete, valid screening where exactly the given statements apply. */
function screening(applying: string[], health?: 'LOW' | 'HIGH', environment?: 'LOW' | 'HIGH'): Answers {
  const statements = Object.fromEntries(ROWS.map((row) => [row, { applies: applying.includes(row) }]));
  const answers: Answers = { statements, offerCollaborationMeetings: applying.length >= 2 };
  if (health) answers.healthComplexity = health;
  if (environment) answers.environmentComplexity = environment;
  return answers;
}
const recommend = (answers: Answers) => computeDerived(complexityChecklist, answers).complexityRecommendation!;

describe('complexity checklist and stratification (Sorø Bilag 9)', () => {
  it('is registered as a built-in template, version 1, plain data, with a sound definition', () => {
    expect(templateByKey('complexity-checklist')).toBe(complexityChecklist);
    expect(complexityChecklist.version).toBe(1);
    expect(JSON.parse(JSON.stringify(complexityChecklist))).toStrictEqual(complexityChecklist);
    expect(checkDefinition(complexityChecklist)).toEqual([]);
    expect(complexityChecklist.derived).toEqual(['complexityRecommendation']);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(complexityChecklist)).toEqual([]);
  });

  it('has the nine statements of the seed, each with "applies" and a comment', () => {
    const table = findItem(complexityChecklist, 'statements')!.item as TableItem;
    expect(table.rows.map((r) => r.id)).toEqual(ROWS);
    expect(table.rows[2].label.da).toBe('Borgeren har risiko for varigt funktionstab');
    expect(table.rows[4].label.da).toBe('Borgeren har fremskreden sygdom (dårligt helbred)');
    expect(table.rows[8].label.da).toBe('Borgeren har begrænset mobilitet (lavt funktionsniveau)');
    expect(table.rows[0].label.da).toMatch(/^Flere fagcentre \/ sektorer er involverede, eller bør involveres\./);
    expect(table.columns.map((c) => [c.id, c.type, c.required === true])).toEqual([
      ['applies', 'yesNo', true],
      ['comment', 'text', false],
    ]);
  });

  it('stratifies on two LOW/HIGH axes and lists the indicators of each', () => {
    for (const id of ['healthComplexity', 'environmentComplexity']) {
      const axis = findItem(complexityChecklist, id)!.item as SingleChoiceItem;
      expect(axis.options.map((o) => [o.value, o.label.da])).toEqual([['LOW', 'Lav'], ['HIGH', 'Høj']]);
    }
    const health = findItem(complexityChecklist, 'healthComplexityIndicators')!.item;
    const environment = findItem(complexityChecklist, 'environmentComplexityIndicators')!.item;
    expect(health.type === 'display' && health.text.da).toContain('Flere sygdomme som påvirker hinanden');
    expect(environment.type === 'display' && environment.text.da).toContain('Usikker, nervøs, bekymret, angst');
    expect(environment.type === 'display' && environment.text.da).toContain('Høj grad af accept af tilstand');
  });

  it('accepts the complete example in submit mode, for both roles that fill it, and an empty draft', () => {
    expect(validateResponse(complexityChecklist, completeAnswers, submit)).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'AUTHORITY' })).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'MEETING_KEEPER' })).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'PROVIDER' }).length).toBeGreaterThan(0);
    expect(codes({}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(complexityChecklist, completeAnswers);
  it('has a removal case for the table, each statement and the decision', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual([
      'statements',
      ...ROWS.map((row) => `statements.${row}.applies`),
      'offerCollaborationMeetings',
    ]);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  it('refuses answers that do not fit: wrong type, unknown statement, unknown level', () => {
    const statements = completeAnswers.statements as Record<string, Answers>;
    expect(codes({ ...completeAnswers, statements: { ...statements, s4: { applies: 'ja' } } })).toEqual([[['statements', 's4', 'applies'], 'WRONG_TYPE']]);
    expect(codes({ ...completeAnswers, statements: { ...statements, s10: { applies: true } } })).toEqual([[['statements', 's10'], 'UNKNOWN_ITEM']]);
    expect(codes({ ...completeAnswers, healthComplexity: 'MEDIUM' })).toEqual([[['healthComplexity'], 'NOT_AN_OPTION']]);
    expect(codes({ ...completeAnswers, statements: { ...statements, s1: { applies: true, comment: 'x'.repeat(1001) } } })).toEqual([
      [['statements', 's1', 'comment'], 'TOO_LONG'],
    ]);
  });

  describe('the derived recommendation follows the answers', () => {
    it('recommends collaboration meetings for the example (five statements, both axes high)', () => {
      const result = recommend(completeAnswers);
      expect(result.offerCollaborationMeetings).toBe(true);
      expect(result.matchingStatements).toBe(5);
      expect(result.reasons.map((r) => r.da)).toContain('Passer: Borgeren har et barn/børn som viser tegn på mistrivsel');
      expect(result.reasons.map((r) => r.da)).not.toContain('Passer: Borgeren har risiko for varigt funktionstab');
    });

    it('does not recommend them when no statement applies and both axes are low', () => {
      const answers = screening([], 'LOW', 'LOW');
      expect(codes(answers)).toEqual([]);
      expect(recommend(answers)).toMatchObject({ offerCollaborationMeetings: false, matchingStatements: 0 });
    });

    it('needs several statements: one is not enough, two are', () => {
      expect(recommend(screening(['s5'], 'HIGH', 'LOW'))).toMatchObject({ offerCollaborationMeetings: false, matchingStatements: 1 });
      expect(recommend(screening(['s5']))).toMatchObject({ offerCollaborationMeetings: false, matchingStatements: 1 });
      const two = recommend(screening(['s5', 's9'], 'LOW', 'LOW'));
      expect(two).toMatchObject({ offerCollaborationMeetings: true, matchingStatements: 2 });
      expect(two.reasons.map((r) => r.da)).toEqual(
        expect.arrayContaining([
          'Passer: Borgeren har fremskreden sygdom (dårligt helbred)',
          'Passer: Borgeren har begrænset mobilitet (lavt funktionsniveau)',
        ]),
      );
    });

    it('counts only statements answered yes, whatever their comments say', () => {
      const answers = screening(['s2']);
      (answers.statements as Record<string, Answers>).s3 = { applies: false, comment: 'Måske på sigt' };
      expect(recommend(answers).matchingStatements).toBe(1);
      expect(recommend(screening(ROWS)).matchingStatements).toBe(9);
    });

    it('recommends them when both stratification axes are high, and not when only one is', () => {
      expect(recommend(screening(['s1'], 'HIGH', 'HIGH')).offerCollaborationMeetings).toBe(true);
      expect(recommend(screening(['s1'], 'LOW', 'HIGH')).offerCollaborationMeetings).toBe(false);
      const reasons = recommend(screening(['s1'], 'HIGH', 'HIGH')).reasons.map((r) => r.en);
      expect(reasons.some((r) => r.startsWith('Stratification'))).toBe(true);
    });
  });
});
