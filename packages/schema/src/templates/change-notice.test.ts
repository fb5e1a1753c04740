import { describe, expect, it } from 'vitest';
import type { Answers, ValidationContext } from '../forms/types.js';
import { checkDefinition } from '../forms/check-definition.js';
import { validateResponse } from '../forms/validate.js';
import { changeNotice } from './change-notice.js';
import { completeAnswers } from './examples/change-notice.example.js';
import { boundTargets, itemsFilledBy, missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { templateByKey } from './index.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-05-04' };
const codes = (answers: Answers, context = submit) => validateResponse(changeNotice, answers, context).map((i) => [i.path, i.code]);

describe('change notice (Nordjylland: henvendelse om ændringer)', () => {
  it('is registered as a built-in template, version 1, filled by the provider', () => {
    expect(templateByKey('change-notice')).toBe(changeNotice);
    expect(changeNotice.version).toBe(1);
    expect(JSON.parse(JSON.stringify(changeNotice))).toStrictEqual(changeNotice);
    expect(itemsFilledBy(changeNotice, 'AUTHORITY')).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'AUTHORITY' })).toEqual(
      Object.keys(completeAnswers).map((id) => [[id], 'NOT_YOURS']),
    );
  });

  it('passes checkDefinition', () => {
    expect(checkDefinition(changeNotice)).toEqual([]);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(changeNotice)).toEqual([]);
  });

  it('binds the change, its consequences and the documentation to the change notice', () => {
    expect(boundTargets(changeNotice)).toEqual(['changeNotice.description', 'changeNotice.consequences', 'changeNotice.documentation']);
  });

  it('accepts the complete example in submit mode', () => {
    expect(validateResponse(changeNotice, completeAnswers, { ...submit, role: 'PROVIDER' })).toEqual([]);
  });

  it('accepts an empty draft', () => {
    expect(validateResponse(changeNotice, {}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(changeNotice, completeAnswers);
  it('has a removal case for every required answer of the example', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual([
      'changeKind',
      'affectedLifeThemes',
      'description',
      'consequences',
      'hasDocumentation',
      'documentation',
      'followUpWanted',
    ]);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  describe('conditions', () => {
    it('asks for documentation only when it can be shown', () => {
      const { documentation: _, ...without } = completeAnswers;
      expect(codes({ ...without, hasDocumentation: false })).toEqual([]);
      expect(codes({ ...completeAnswers, hasDocumentation: false })).toEqual([[['documentation'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...without, hasDocumentation: true })).toEqual([[['documentation'], 'REQUIRED']]);
    });

    it('asks for the affected life themes only for a change in functioning', () => {
      const { affectedLifeThemes: _, ...without } = completeAnswers;
      expect(codes({ ...without, changeKind: 'CANNOT_DELIVER' })).toEqual([]);
      expect(codes({ ...completeAnswers, changeKind: 'CANNOT_DELIVER' })).toEqual([[['affectedLifeThemes'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...without, changeKind: 'FUNCTIONING' })).toEqual([[['affectedLifeThemes'], 'REQUIRED']]);
      expect(codes({ ...completeAnswers, affectedLifeThemes: ['MOOD'] })).toEqual([[['affectedLifeThemes'], 'NOT_AN_OPTION']]);
    });
  });
});
