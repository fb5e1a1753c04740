import { describe, expect, it } from 'vitest';
import type { Answers, ScaleItem, ValidationContext } from '../forms/types.js';
import { findItem } from '../forms/traverse.js';
import { checkDefinition } from '../forms/check-definition.js';
import { validateResponse } from '../forms/validate.js';
import { completeAnswers } from './examples/status-note.example.js';
import { boundTargets, itemsFilledBy, missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { templateByKey } from './index.js';
import { statusNote } from './status-note.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-08-14' };
const codes = (answers: Answers, context = submit) => validateResponse(statusNote, answers, context).map((i) => [i.path, i.code]);
const goalStatuses = completeAnswers.goalStatuses as Answers[];

describe('status note (Nordjylland and Hjørring: statusnotat, skriftlig status)', () => {
  it('is registered as a built-in template, version 1, filled by the provider', () => {
    expect(templateByKey('status-note')).toBe(statusNote);
    expect(statusNote.version).toBe(1);
    expect(JSON.parse(JSON.stringify(statusNote))).toStrictEqual(statusNote);
    expect(statusNote.filledBy).toEqual(['PROVIDER']);
    expect(itemsFilledBy(statusNote, 'AUTHORITY')).toEqual([]);
  });

  it('passes checkDefinition', () => {
    expect(checkDefinition(statusNote)).toEqual([]);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(statusNote)).toEqual([]);
  });

  it('accepts the complete example in submit mode', () => {
    expect(validateResponse(statusNote, completeAnswers, submit)).toEqual([]);
    expect(validateResponse(statusNote, completeAnswers, { ...submit, role: 'PROVIDER' })).toEqual([]);
  });

  it('accepts an empty draft', () => {
    expect(validateResponse(statusNote, {}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(statusNote, completeAnswers);
  it('has a removal case for every required answer of the example', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual(
      expect.arrayContaining([
        'providerAssessment',
        'hasThemeChanges',
        'themeChanges',
        'themeChanges.1.description',
        'services.1.workingAsIntended',
        'goalStatuses.0.goalId',
        'goalStatuses.1.citizenView',
        'goalStatuses.1.professionalView',
        'reviewedWithCitizen',
        'reviewedWith',
        'recommendation',
        'proposedGoals',
      ]),
    );
    expect(removals.length).toBeGreaterThanOrEqual(25);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  it('binds to the status note, its goal statuses and its theme changes', () => {
    expect(new Set(boundTargets(statusNote))).toEqual(
      new Set([
        'statusNote.providerAssessment',
        'statusNote.themeChanges',
        'themeChange.lifeThemeKey',
        'themeChange.description',
        'themeChange.functionalLevel',
        'statusNote.remarks',
        'statusNote.goalStatuses',
        'goalStatus.goalId',
        'goalStatus.attainment',
        'goalStatus.how',
        'goalStatus.citizenView',
        'goalStatus.professionalView',
        'goalStatus.score',
        'statusNote.reviewedWithCitizen',
        'statusNote.notReviewedReason',
        'statusNote.recommendation',
      ]),
    );
  });

  it('scores goals on 1-10 and functional level on the VUM 0-4 scale with its level names', () => {
    const score = findItem(statusNote, 'score')!.item as ScaleItem;
    expect([score.type, score.min, score.max]).toEqual(['scale', 1, 10]);
    const level = findItem(statusNote, 'functionalLevel')!.item as ScaleItem;
    expect([level.type, level.min, level.max]).toEqual(['scale', 0, 4]);
    expect(level.stepLabels?.map((s) => s.label.da)).toEqual([
      'Ingen nedsat funktionsevne',
      'Let nedsat funktionsevne',
      'Moderat nedsat funktionsevne',
      'Svært nedsat funktionsevne',
      'Fuldstændig nedsat funktionsevne',
    ]);
    const entries = goalStatuses.map((g, i) => (i === 0 ? { ...g, score: 11 } : g));
    expect(codes({ ...completeAnswers, goalStatuses: entries })).toEqual([[['goalStatuses', 0, 'score'], 'OUT_OF_RANGE']]);
  });

  it('marks the pre-filled goal ID read-only and keeps the views side by side in each goal entry', () => {
    const goalId = findItem(statusNote, 'goalId')!;
    expect(goalId.item.readOnly).toBe(true);
    expect(goalId.ancestors.map((a) => a.id)).toEqual(['goalStatuses']);
    expect(findItem(statusNote, 'citizenView')!.ancestors.map((a) => a.id)).toEqual(['goalStatuses']);
    expect(findItem(statusNote, 'professionalView')!.ancestors.map((a) => a.id)).toEqual(['goalStatuses']);
  });

  it('takes a theme change without a functional level ("Ikke vurderet" is no number)', () => {
    const themeChanges = (completeAnswers.themeChanges as Answers[]).map(({ functionalLevel: _, ...change }) => change);
    expect(codes({ ...completeAnswers, themeChanges })).toEqual([]);
  });

  describe('conditions', () => {
    it('asks for theme changes only when something has changed since the last meeting', () => {
      const { themeChanges: _, ...withoutChanges } = completeAnswers;
      expect(codes({ ...withoutChanges, hasThemeChanges: false })).toEqual([]);
      expect(codes({ ...completeAnswers, hasThemeChanges: false })).toEqual([[['themeChanges'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...withoutChanges, hasThemeChanges: true })).toEqual([[['themeChanges'], 'REQUIRED']]);
    });

    it('asks why when the status was not reviewed with the citizen, and with whom when it was', () => {
      const { reviewedWith: _, ...notReviewed } = completeAnswers;
      expect(codes({ ...notReviewed, reviewedWithCitizen: false })).toEqual([[['notReviewedReason'], 'REQUIRED']]);
      expect(codes({ ...notReviewed, reviewedWithCitizen: false, notReviewedReason: 'Jonas var indlagt i perioden, og værgen var på ferie.' })).toEqual([]);
      expect(codes({ ...completeAnswers, reviewedWithCitizen: false, notReviewedReason: 'x' })).toEqual([[['reviewedWith'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...completeAnswers, notReviewedReason: 'Ikke relevant' })).toEqual([[['notReviewedReason'], 'HIDDEN_ANSWERED']]);
    });

    it('asks for proposed goals on CHANGE and for the ending on END, nothing more on CONTINUE', () => {
      const { proposedGoals: _, ...base } = completeAnswers;
      expect(codes({ ...base, recommendation: 'CONTINUE' })).toEqual([]);
      expect(codes({ ...completeAnswers, recommendation: 'CONTINUE' })).toEqual([[['proposedGoals'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...base, recommendation: 'END' })).toEqual([[['endingProposal'], 'REQUIRED']]);
      expect(codes({ ...base, recommendation: 'END', endingProposal: 'Når Jonas flytter i egen bolig; derefter bostøtte efter § 85.' })).toEqual([]);
      expect(codes({ ...completeAnswers, endingProposal: 'x' })).toEqual([[['endingProposal'], 'HIDDEN_ANSWERED']]);
    });

    it('offers exactly the API values for recommendation and attainment', () => {
      const values = (id: string) => (findItem(statusNote, id)!.item as { options: { value: string }[] }).options.map((o) => o.value);
      expect(values('recommendation')).toEqual(['CONTINUE', 'CHANGE', 'END']);
      expect(values('attainment')).toEqual(['REACHED', 'PARTLY', 'NOT_REACHED']);
    });
  });
});
