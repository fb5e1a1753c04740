import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../forms/check-definition.js';
import { isItemEnabled } from '../forms/conditions.js';
import { findItem } from '../forms/traverse.js';
import type { Answers, ScaleItem, SingleChoiceItem, TableItem, ValidationContext } from '../forms/types.js';
import { validateResponse } from '../forms/validate.js';
import { FUNCTIONAL_LEVELS } from '../vocab/levels.js';
import { VUM_LIFE_THEMES } from '../vocab/life-themes.js';
import { completeAnswers } from './examples/vum-life-themes.example.js';
import { missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { templateByKey } from './index.js';
import { vumLifeThemes } from './vum-life-themes.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-11-23' };
const codes = (answers: Answers, context = submit) => validateResponse(vumLifeThemes, answers, context).map((i) => [i.path, i.code]);
const rows = completeAnswers.lifeThemes as Record<string, Answers>;
const withRow = (key: string, row: Answers): Answers => ({ ...completeAnswers, lifeThemes: { ...rows, [key]: row } });

describe('VUM life-theme status', () => {
  it('is registered as a built-in template, version 1, plain data, with a sound definition', () => {
    expect(templateByKey('vum-life-themes')).toBe(vumLifeThemes);
    expect(vumLifeThemes.version).toBe(1);
    expect(JSON.parse(JSON.stringify(vumLifeThemes))).toStrictEqual(vumLifeThemes);
    expect(checkDefinition(vumLifeThemes)).toEqual([]);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(vumLifeThemes)).toEqual([]);
  });

  it('has one row per VUM theme, keyed by the theme key and named as in FFB', () => {
    const table = findItem(vumLifeThemes, 'lifeThemes')!.item as TableItem;
    expect(table.rows.map((r) => r.id)).toEqual(VUM_LIFE_THEMES.map((t) => t.key));
    expect(table.rows).toHaveLength(11);
    expect(table.rows.map((r) => r.label)).toEqual(VUM_LIFE_THEMES.map((t) => t.name));
    expect(table.columns.map((c) => c.id)).toEqual(['change', 'levelNotAssessed', 'functionalLevel', 'comment']);
  });

  it('asks for the change since the last meeting, with "Ikke vurderet" as a choice', () => {
    const change = findItem(vumLifeThemes, 'change')!.item as SingleChoiceItem;
    expect(change.options.map((o) => [o.value, o.label.da])).toEqual([
      ['IMPROVED', 'Forbedret'],
      ['UNCHANGED', 'Uændret'],
      ['WORSENED', 'Forværret'],
      ['NOT_ASSESSED', 'Ikke vurderet'],
    ]);
  });

  it('rates the functional level 0-4 with the VUM level names; "Ikke vurderet" is no step but its own answer', () => {
    const level = findItem(vumLifeThemes, 'functionalLevel')!.item as ScaleItem;
    expect([level.type, level.min, level.max]).toEqual(['scale', 0, 4]);
    expect(level.stepLabels).toEqual(FUNCTIONAL_LEVELS.filter((l) => l.value !== null).map((l) => ({ value: l.value, label: l.name })));
    expect(level.stepLabels!.map((s) => s.label.da)).not.toContain('Ikke vurderet');
    const notAssessed = findItem(vumLifeThemes, 'levelNotAssessed')!.item;
    expect(notAssessed.type).toBe('yesNo');
    expect(notAssessed.label.da).toContain('Ikke vurderet');
    expect(codes(withRow('MOBILITY', { change: 'UNCHANGED', functionalLevel: 5 }))).toEqual([[['lifeThemes', 'MOBILITY', 'functionalLevel'], 'OUT_OF_RANGE']]);
    expect(codes(withRow('MOBILITY', { change: 'UNCHANGED', functionalLevel: -1 }))).toEqual([[['lifeThemes', 'MOBILITY', 'functionalLevel'], 'OUT_OF_RANGE']]);
    expect(codes(withRow('MOBILITY', { change: 'UNCHANGED', functionalLevel: 'Ikke vurderet' }))).toEqual([
      [['lifeThemes', 'MOBILITY', 'functionalLevel'], 'WRONG_TYPE'],
    ]);
  });

  it('accepts the complete example in submit mode, for the authority and the provider, and an empty draft', () => {
    expect(validateResponse(vumLifeThemes, completeAnswers, submit)).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'AUTHORITY' })).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'PROVIDER' })).toEqual([]);
    expect(codes({}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(vumLifeThemes, completeAnswers);
  it('has a removal case for the date, the table, every change and every assessed level', () => {
    const paths = removals.map((r) => r.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['assessmentDate', 'lifeThemes', 'lifeThemes.MENTAL_FUNCTIONS.change', 'lifeThemes.SURROUNDINGS.change', 'lifeThemes.SELF_CARE.functionalLevel']),
    );
    expect(paths).not.toContain('lifeThemes.SURROUNDINGS.functionalLevel');
    expect(removals).toHaveLength(2 + 11 + 10);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  it('wants every theme answered: a missing row gives the required issues of that row', () => {
    const { COMMUNICATION: _, ...others } = rows;
    expect(codes({ ...completeAnswers, lifeThemes: others })).toEqual([
      [['lifeThemes', 'COMMUNICATION', 'change'], 'REQUIRED'],
      [['lifeThemes', 'COMMUNICATION', 'functionalLevel'], 'REQUIRED'],
    ]);
    expect(codes(withRow('MOBILITY', { change: 'UNCHANGED', functionalLevel: 0, extra: 1 }))).toEqual([[['lifeThemes', 'MOBILITY', 'extra'], 'UNKNOWN_ITEM']]);
    expect(codes({ ...completeAnswers, lifeThemes: { ...rows, WORK: { change: 'UNCHANGED' } } })).toEqual([[['lifeThemes', 'WORK'], 'UNKNOWN_ITEM']]);
  });

  describe('conditions', () => {
    it('hides the 0-4 level in a row whose level is marked "Ikke vurderet", and only in that row', () => {
      const path = ['lifeThemes', 'SURROUNDINGS', 'functionalLevel'];
      expect(isItemEnabled(vumLifeThemes, path, completeAnswers)).toBe(false);
      expect(isItemEnabled(vumLifeThemes, ['lifeThemes', 'MOBILITY', 'functionalLevel'], completeAnswers)).toBe(true);
      expect(codes(withRow('SURROUNDINGS', { change: 'NOT_ASSESSED', levelNotAssessed: true, functionalLevel: 2 }))).toEqual([[path, 'HIDDEN_ANSWERED']]);
    });

    it('shows and requires the level when "Ikke vurderet" is unanswered or no', () => {
      const path = ['lifeThemes', 'SURROUNDINGS', 'functionalLevel'];
      expect(codes(withRow('SURROUNDINGS', { change: 'NOT_ASSESSED' }))).toEqual([[path, 'REQUIRED']]);
      expect(codes(withRow('SURROUNDINGS', { change: 'NOT_ASSESSED', levelNotAssessed: false }))).toEqual([[path, 'REQUIRED']]);
      expect(codes(withRow('SURROUNDINGS', { change: 'UNCHANGED', levelNotAssessed: false, functionalLevel: 1 }))).toEqual([]);
    });
  });

  it('refuses an assessment dated after today', () => {
    expect(codes({ ...completeAnswers, assessmentDate: '2026-11-24' })).toEqual([[['assessmentDate'], 'OUT_OF_RANGE']]);
  });
});
