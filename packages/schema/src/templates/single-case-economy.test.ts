import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../forms/check-definition.js';
import { findItem } from '../forms/traverse.js';
import type { Answers, NumberItem, TableItem, ValidationContext } from '../forms/types.js';
import { validateResponse } from '../forms/validate.js';
import { completeAnswers } from './examples/single-case-economy.example.js';
import { missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { templateByKey } from './index.js';
import { singleCaseEconomy } from './single-case-economy.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-11-23' };
const codes = (answers: Answers, context = submit) => validateResponse(singleCaseEconomy, answers, context).map((i) => [i.path, i.code]);
const centres = completeAnswers.centres as Record<string, Answers>;
const ROWS = ['employmentAndCitizenServices', 'socialAndHealth', 'childrenAndFamilies'];

describe('single-case economy sheet (Sorø Bilag 7, enkeltsagsøkonomiark)', () => {
  it('is registered as a built-in template, version 1, plain data, with a sound definition', () => {
    expect(templateByKey('single-case-economy')).toBe(singleCaseEconomy);
    expect(singleCaseEconomy.version).toBe(1);
    expect(JSON.parse(JSON.stringify(singleCaseEconomy))).toStrictEqual(singleCaseEconomy);
    expect(checkDefinition(singleCaseEconomy)).toEqual([]);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(singleCaseEconomy)).toEqual([]);
  });

  it('records, per centre, the expense granted and what it would have been without joint treatment, in DKK', () => {
    const table = findItem(singleCaseEconomy, 'centres')!.item as TableItem;
    expect(table.rows.map((r) => r.id)).toEqual(ROWS);
    expect(table.rows.map((r) => r.label.da)).toEqual(['Center for Arbejdsmarked og Borgerservice', 'Fagcenter Social og Sundhed', 'Fagcenter Børn og Familier']);
    const [actual, without] = table.columns as NumberItem[];
    expect([actual.id, actual.type, actual.required, actual.min, actual.unit?.en]).toEqual(['actualExpense', 'number', true, 0, 'DKK']);
    expect([without.id, without.type, without.required, without.min, without.unit?.da]).toEqual(['expenseWithoutJointTreatment', 'number', true, 0, 'kr.']);
    expect(without.label.da).toBe('Udgiften ville have været, hvis sagen ikke var helhedsbehandlet');
  });

  it('accepts the complete example in submit mode and an empty draft', () => {
    expect(validateResponse(singleCaseEconomy, completeAnswers, submit)).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'AUTHORITY' })).toEqual([]);
    expect(codes({}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(singleCaseEconomy, completeAnswers);
  it('has a removal case for every required answer, both amounts of every centre included', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual([
      'meetingDate',
      'responsibleCaseworker',
      'grantDescription',
      'amountPeriod',
      'centres',
      ...ROWS.flatMap((row) => [`centres.${row}.actualExpense`, `centres.${row}.expenseWithoutJointTreatment`]),
    ]);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  it('takes zero, refuses negative amounts, text for numbers and unknown centres', () => {
    const row = (id: string, values: Answers) => ({ ...completeAnswers, centres: { ...centres, [id]: { ...centres[id], ...values } } });
    expect(codes(row('socialAndHealth', { expenseWithoutJointTreatment: 0 }))).toEqual([]);
    expect(codes(row('socialAndHealth', { actualExpense: -500 }))).toEqual([[['centres', 'socialAndHealth', 'actualExpense'], 'OUT_OF_RANGE']]);
    expect(codes(row('socialAndHealth', { actualExpense: '98.400 kr.' }))).toEqual([[['centres', 'socialAndHealth', 'actualExpense'], 'WRONG_TYPE']]);
    expect(codes({ ...completeAnswers, centres: { ...centres, finance: { actualExpense: 1, expenseWithoutJointTreatment: 1 } } })).toEqual([
      [['centres', 'finance'], 'UNKNOWN_ITEM'],
    ]);
    const { socialAndHealth: _, ...twoCentres } = centres;
    expect(codes({ ...completeAnswers, centres: twoCentres })).toEqual([
      [['centres', 'socialAndHealth', 'actualExpense'], 'REQUIRED'],
      [['centres', 'socialAndHealth', 'expenseWithoutJointTreatment'], 'REQUIRED'],
    ]);
  });

  it('is the authority\'s sheet, filled in after the meeting decision, not by the provider', () => {
    expect(codes(completeAnswers, { ...submit, role: 'PROVIDER' })).toContainEqual([['grantDescription'], 'NOT_YOURS']);
    expect(codes({ ...completeAnswers, meetingDate: '2026-12-15' })).toEqual([[['meetingDate'], 'OUT_OF_RANGE']]);
  });
});
