import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../forms/check-definition.js';
import { findItem } from '../forms/traverse.js';
import type { Answers, SingleChoiceItem, ValidationContext } from '../forms/types.js';
import { validateResponse } from '../forms/validate.js';
import { citizenExperience } from './citizen-experience.js';
import { completeAnswers } from './examples/citizen-experience.example.js';
import { itemsFilledBy, missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { templateByKey } from './index.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-11-23' };
const codes = (answers: Answers, context = submit) => validateResponse(citizenExperience, answers, context).map((i) => [i.path, i.code]);

describe("citizen's experience of the collaboration meetings (Sorø Bilag 10)", () => {
  it('is registered as a built-in template, version 1, plain data, with a sound definition', () => {
    expect(templateByKey('citizen-experience')).toBe(citizenExperience);
    expect(citizenExperience.version).toBe(1);
    expect(JSON.parse(JSON.stringify(citizenExperience))).toStrictEqual(citizenExperience);
    expect(checkDefinition(citizenExperience)).toEqual([]);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(citizenExperience)).toEqual([]);
  });

  it('asks the four questions of the seed', () => {
    const questions = ['relation', 'goalsAndTopics', 'approachAndMethod', 'general'].map((id) => findItem(citizenExperience, id)!.item);
    expect(questions.map((q) => q.label.da)).toEqual(['Relation', 'Mål og emner', 'Tilgang og metode', 'Generelt']);
    expect(questions[0].help!.da).toBe('Følte du dig hørt, forstået og respekteret i samarbejdsmødet?');
    expect(questions[2].help!.da).toBe('Oplevede du, at der blev arbejdet helhedsorienteret med dine problemstillinger?');
  });

  it('is asked at the 3rd, 6th or 9th pre-meeting, noted by the coordinating caseworker', () => {
    const preMeeting = findItem(citizenExperience, 'preMeeting')!.item as SingleChoiceItem;
    expect(preMeeting.options.map((o) => [o.value, o.label.da])).toEqual([
      ['THIRD', '3. formøde'],
      ['SIXTH', '6. formøde'],
      ['NINTH', '9. formøde'],
    ]);
    expect(codes({ ...completeAnswers, preMeeting: 'FIRST' })).toEqual([[['preMeeting'], 'NOT_AN_OPTION']]);
    expect(itemsFilledBy(citizenExperience, 'PROVIDER')).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'PROVIDER' })).toContainEqual([['relation'], 'NOT_YOURS']);
  });

  it('accepts the complete example in submit mode and an empty draft', () => {
    expect(validateResponse(citizenExperience, completeAnswers, submit)).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'AUTHORITY' })).toEqual([]);
    expect(codes({}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(citizenExperience, completeAnswers);
  it('has a removal case for every question and the pre-meeting', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual(['preMeeting', 'preMeetingDate', 'relation', 'goalsAndTopics', 'approachAndMethod', 'general']);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  it('refuses blank answers, over-long answers and a pre-meeting in the future', () => {
    expect(codes({ ...completeAnswers, general: '   ' })).toEqual([[['general'], 'REQUIRED']]);
    expect(codes({ ...completeAnswers, general: 'x'.repeat(4001) })).toEqual([[['general'], 'TOO_LONG']]);
    expect(codes({ ...completeAnswers, preMeetingDate: '2027-01-05' })).toEqual([[['preMeetingDate'], 'OUT_OF_RANGE']]);
  });
});
