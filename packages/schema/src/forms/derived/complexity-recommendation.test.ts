import { describe, expect, it } from 'vitest';
import type { Answers, FormDefinition } from '../types.js';
import { complexityRecommendation } from './complexity-recommendation.js';

const statements = (...applying: number[]) =>
  Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`s${i + 1}`, { applies: applying.includes(i + 1) }]));

const definition = {
  sections: [
    {
      id: 's',
      items: [
        {
          id: 'statements',
          type: 'table',
          rows: Array.from({ length: 9 }, (_, i) => ({ id: `s${i + 1}`, label: { da: `Udsagn ${i + 1}`, en: `Statement ${i + 1}` } })),
          columns: [],
        },
      ],
    },
  ],
} as unknown as FormDefinition;

describe('complexityRecommendation (Sorø Bilag 9)', () => {
  it('offers collaboration meetings when several (two or more) statements apply', () => {
    const result = complexityRecommendation({ statements: statements(1, 6) }, definition);
    expect(result.offerCollaborationMeetings).toBe(true);
    expect(result.matchingStatements).toBe(2);
    expect(result.reasons[0].da).toBe('2 af de 9 udsagn i tjeklisten passer på borgeren. Når flere udsagn passer, vurderes der at være behov for samarbejdsmøder.');
    expect(result.reasons.slice(1)).toEqual([
      { da: 'Passer: Udsagn 1', en: 'Applies: Statement 1' },
      { da: 'Passer: Udsagn 6', en: 'Applies: Statement 6' },
    ]);
  });

  it('does not offer them for a single statement and low complexity', () => {
    const result = complexityRecommendation({ statements: statements(3), healthComplexity: 'LOW', environmentComplexity: 'HIGH' }, definition);
    expect(result.offerCollaborationMeetings).toBe(false);
    expect(result.matchingStatements).toBe(1);
    expect(result.reasons.map((r) => r.en)).toEqual([
      'Only 1 of the 9 checklist statements applies to the citizen; several are needed before collaboration meetings are called for.',
      'Applies: Statement 3',
      'Stratification: the complexity of the health condition, including functioning, is low.',
      'Stratification: the complexity of environmental and personal factors is high.',
    ]);
  });

  it('offers them when the stratification is high on both axes', () => {
    const result = complexityRecommendation({ statements: statements(), healthComplexity: 'HIGH', environmentComplexity: 'HIGH' }, definition);
    expect(result.offerCollaborationMeetings).toBe(true);
    expect(result.matchingStatements).toBe(0);
    expect(result.reasons[0].da).toBe('Ingen af de 9 udsagn i tjeklisten passer på borgeren.');
    expect(result.reasons[1].da).toMatch(/^Stratificering: kompleksiteten er høj både/);
  });

  it('counts only applies === true, and copes with no answers or no definition', () => {
    const result = complexityRecommendation({ statements: { s1: { applies: 'true' }, s2: { applies: true }, s10: { applies: true }, s3: null } } as unknown as Answers);
    expect(result.matchingStatements).toBe(1);
    expect(result.reasons[1]).toEqual({ da: 'Passer: udsagn s2', en: 'Applies: statement s2' });
    expect(complexityRecommendation(null)).toEqual({
      offerCollaborationMeetings: false,
      matchingStatements: 0,
      reasons: [{ da: 'Ingen af de 9 udsagn i tjeklisten passer på borgeren.', en: 'None of the 9 checklist statements apply to the citizen.' }],
    });
  });
});
