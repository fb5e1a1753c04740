import { describe, expect, it } from 'vitest';
import { fieldError, linesOf, unplacedErrors } from './form-values.js';
import { INITIAL_CONTRACT_VALUES, toContractInput, toUpdateInput, valuesOfContract } from './new-contract-input.js';

const texts = { required: 'Udfyld feltet.', badNumber: 'Skriv et tal.' };
const filled = {
  ...INITIAL_CONTRACT_VALUES,
  providerId: 'P1',
  serviceType: 'SEL_107',
  startDate: '2026-01-05',
  lifeThemeKeys: ['MENTAL_FUNCTIONS'],
  purpose: ' En stabil hverdag ',
  goalRationale: 'Borgerens ønske',
  dischargeCriteria: 'Egen bolig',
};

describe('the new contract form values', () => {
  it('names every missing part at its field and builds no input', () => {
    const { input, problems } = toContractInput('C1', { ...INITIAL_CONTRACT_VALUES, reportingForms: [] }, texts);
    expect(input).toBeUndefined();
    expect(problems.map((p) => p.field?.[1])).toEqual(['providerId', 'serviceType', 'startDate', 'purpose', 'goalRationale', 'dischargeCriteria', 'lifeThemeKeys', 'reportingForms']);
    expect(fieldError(problems, 'purpose')).toBe('Udfyld feltet.');
  });

  it('reads Danish and plain amounts, participants per line, and leaves optional parts out', () => {
    const danish = toContractInput('C1', { ...filled, priceAmount: '2.150,50', priceUnit: 'PER_DAY', noticePeriodDays: '30', participants: 'Karen; borger\nMette Sønder; rådgiver; Hjørring Kommune\n\n' }, texts);
    expect(danish.problems).toEqual([]);
    expect(danish.input).toMatchObject({
      citizenId: 'C1',
      purpose: 'En stabil hverdag',
      price: { amount: 2150.5, unit: 'PER_DAY' },
      noticePeriodDays: 30,
      nextFollowUpDate: null,
      participants: [
        { name: 'Karen', role: 'borger', organization: null },
        { name: 'Mette Sønder', role: 'rådgiver', organization: 'Hjørring Kommune' },
      ],
    });
    expect(toContractInput('C1', { ...filled, priceAmount: '1234.5', priceUnit: 'PER_MONTH' }, texts).input?.price).toEqual({ amount: 1234.5, unit: 'PER_MONTH' });
    expect(toContractInput('C1', filled, texts).input).toMatchObject({ price: null, noticePeriodDays: null, participants: [] });
  });

  it('refuses an amount that is not a number, an amount without its unit, and a broken notice period', () => {
    expect(fieldError(toContractInput('C1', { ...filled, priceAmount: 'mange', priceUnit: 'PER_DAY' }, texts).problems, 'price')).toBe('Skriv et tal.');
    expect(fieldError(toContractInput('C1', { ...filled, priceAmount: '100' }, texts).problems, 'price')).toBe('Udfyld feltet.');
    expect(fieldError(toContractInput('C1', { ...filled, noticePeriodDays: '3,5' }, texts).problems, 'noticePeriodDays')).toBe('Skriv et tal.');
  });
});

describe('userErrors in forms', () => {
  const errors = [
    { code: 'GOAL_LIMIT', message: 'Højst 3 mål', field: ['input'] },
    { code: 'INVALID', message: 'Forkert dato', field: ['input', 'goals', '0', 'deadline'] },
    { code: 'REQUIRED', message: 'Mangler', field: ['input', 'purpose'] },
    { code: 'FORBIDDEN', message: 'Ikke tilladt', field: null },
  ];
  it('places an error at its field (also deeper paths) and leaves the rest for the alert', () => {
    expect(fieldError(errors, 'goals', '0')).toBe('Forkert dato');
    expect(fieldError(errors, 'purpose')).toBe('Mangler');
    expect(fieldError(errors, 'title')).toBeUndefined();
    expect(unplacedErrors(errors, ['purpose', 'goals']).map((e) => e.code)).toEqual(['GOAL_LIMIT', 'FORBIDDEN']);
  });
  it('splits a textarea into trimmed, non-empty lines', () => {
    expect(linesOf(' Jobcenter \n\n Egen læge\n')).toEqual(['Jobcenter', 'Egen læge']);
  });
});

describe('editing the terms of a contract', () => {
  const contract = {
    provider: { id: 'P1' },
    serviceType: 'SEL_108',
    startDate: '2025-02-01',
    assessmentTool: 'VUM' as const,
    lifeThemes: [{ key: 'SELF_CARE' }],
    purpose: 'Formål',
    goalRationale: 'Begrundelse',
    dischargeCriteria: 'Kriterier',
    reportingForms: ['PROSE'],
    nextFollowUpDate: null,
    participants: [{ name: 'Karen', role: 'borger', organization: null }],
    price: { amount: 2150.5, unit: 'PER_DAY' as const },
    noticePeriodDays: 30,
  };
  it('sends back what it read, unchanged, without provider and citizen; service and start only for a draft', () => {
    const values = valuesOfContract(contract);
    const active = toUpdateInput('K1', 4, false, values, texts);
    expect(active.input).toEqual({
      id: 'K1',
      expectedVersion: 4,
      assessmentTool: 'VUM',
      lifeThemeKeys: ['SELF_CARE'],
      purpose: 'Formål',
      goalRationale: 'Begrundelse',
      dischargeCriteria: 'Kriterier',
      reportingForms: ['PROSE'],
      nextFollowUpDate: null,
      participants: [{ name: 'Karen', role: 'borger', organization: null }],
      price: { amount: 2150.5, unit: 'PER_DAY' },
      noticePeriodDays: 30,
    });
    expect(toUpdateInput('K1', 4, true, values, texts).input).toMatchObject({ serviceType: 'SEL_108', startDate: '2025-02-01' });
    expect(toUpdateInput('K1', 4, false, { ...values, purpose: ' ' }, texts).problems.map((p) => p.field)).toEqual([['input', 'purpose']]);
  });
});
