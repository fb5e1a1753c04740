import { describe, expect, it } from 'vitest';
import type { Answers, ValidationContext } from '../forms/types.js';
import { checkDefinition } from '../forms/check-definition.js';
import { computeDerived } from '../forms/derived/index.js';
import { validateResponse } from '../forms/validate.js';
import { GOAL_TYPE_KEYS } from '../vocab/goal-types.js';
import { SERVICE_TYPE_KEYS } from '../vocab/service-types.js';
import { contractChecklist } from './contract-checklist.js';
import { completeAnswers } from './examples/contract-checklist.example.js';
import { boundTargets, itemsFilledBy, missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { templateByKey } from './index.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-02-24' };
const codes = (answers: Answers, context = submit) => validateResponse(contractChecklist, answers, context).map((i) => [i.path, i.code]);

describe('contract checklist (Midtjylland: Tjekliste til kontrakt)', () => {
  it('is registered as a built-in template, version 1, with the seven sections of the seed', () => {
    expect(templateByKey('contract-checklist')).toBe(contractChecklist);
    expect(contractChecklist.version).toBe(1);
    expect(JSON.parse(JSON.stringify(contractChecklist))).toStrictEqual(contractChecklist);
    expect(contractChecklist.sections.map((s) => s.title.da)).toEqual([
      '1. Borgeren',
      '2. Livstemaer',
      '3. Mål',
      '4. Delmål',
      '5. Tidsperspektiv',
      '6. Opfølgning',
      '7. Underskrifter',
    ]);
    expect(contractChecklist.derived).toEqual(['goalSmartness', 'followUpDates']);
  });

  it('passes checkDefinition', () => {
    expect(checkDefinition(contractChecklist)).toEqual([]);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(contractChecklist)).toEqual([]);
  });

  it('accepts the complete example in submit mode', () => {
    expect(validateResponse(contractChecklist, completeAnswers, submit)).toEqual([]);
  });

  it('accepts an empty draft', () => {
    expect(validateResponse(contractChecklist, {}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(contractChecklist, completeAnswers);
  it('has a removal case for every required answer of the example', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual(
      expect.arrayContaining(['hasGuardian', 'guardianName', 'goals', 'goals.0.title', 'goals.1.deadline', 'subGoals.2.subGoalTitle', 'priceUnit', 'numbersScale', 'sellerSignature']),
    );
    expect(removals.length).toBeGreaterThanOrEqual(30);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  it('binds every item that has a contract or goal column', () => {
    expect(new Set(boundTargets(contractChecklist))).toEqual(
      new Set([
        'contract.assessmentTool',
        'contract.lifeThemeKeys',
        'contract.purpose',
        'contract.goals',
        'goal.lifeThemeKey',
        'goal.goalType',
        'goal.title',
        'goal.measurableCriterion',
        'goal.deadline',
        'contract.goalRationale',
        'contract.serviceType',
        'contract.startDate',
        'contract.nextFollowUpDate',
        'contract.dischargeCriteria',
        'contract.noticePeriodDays',
        'contract.priceAmount',
        'contract.priceUnit',
        'contract.reportingForms',
        'contract.participants',
      ]),
    );
    expect(boundTargets(contractChecklist)).toHaveLength(19);
  });

  it('offers exactly the API enum values on bound choices', () => {
    const options = (id: string) => {
      for (const section of contractChecklist.sections) {
        for (const item of section.items) {
          const found = item.type === 'group' ? item.items.find((child) => child.id === id) : item.id === id ? item : undefined;
          if (found && 'options' in found) return found.options.map((o) => o.value);
        }
      }
      throw new Error(`no choice item ${id}`);
    };
    expect(options('goalType')).toEqual(GOAL_TYPE_KEYS);
    expect(options('assessmentTool')).toEqual(['VUM', 'ICS', 'OTHER']);
    expect(options('serviceType')).toEqual(SERVICE_TYPE_KEYS);
    expect(options('reportingForms')).toEqual(['PROSE', 'NUMBERS']);
    expect(options('priceUnit')).toEqual(['PER_DAY', 'PER_MONTH', 'PER_HOUR', 'PER_YEAR']);
  });

  it('refuses a fourth goal', () => {
    const goals = completeAnswers.goals as Answers[];
    const four = { ...completeAnswers, goals: [...goals, goals[0]!, goals[1]!] };
    expect(codes(four)).toEqual([[['goals'], 'TOO_MANY']]);
  });

  it('refuses a goal type that is not one of the API values', () => {
    const goals = (completeAnswers.goals as Answers[]).map((g, i) => (i === 1 ? { ...g, goalType: 'IMPROVE' } : g));
    expect(codes({ ...completeAnswers, goals })).toEqual([[['goals', 1, 'goalType'], 'NOT_AN_OPTION']]);
  });

  describe('conditions', () => {
    it('asks for the guardian only when the citizen has one', () => {
      const { guardianName: _, ...withoutGuardian } = completeAnswers;
      expect(codes({ ...withoutGuardian, hasGuardian: false })).toEqual([]);
      expect(codes({ ...completeAnswers, hasGuardian: false })).toEqual([[['guardianName'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...withoutGuardian, hasGuardian: true })).toEqual([[['guardianName'], 'REQUIRED']]);
    });

    it('asks which tool only for another assessment tool', () => {
      expect(codes({ ...completeAnswers, assessmentTool: 'OTHER' })).toEqual([[['assessmentToolOther'], 'REQUIRED']]);
      expect(codes({ ...completeAnswers, assessmentTool: 'OTHER', assessmentToolOther: 'Udredning efter Socialstyrelsens ICS-light' })).toEqual([]);
      expect(codes({ ...completeAnswers, assessmentToolOther: 'ICS-light' })).toEqual([[['assessmentToolOther'], 'HIDDEN_ANSWERED']]);
    });

    it('asks for the scale only when progress is reported in numbers', () => {
      const { numbersScale: _, ...withoutScale } = completeAnswers;
      expect(codes({ ...withoutScale, reportingForms: ['PROSE'] })).toEqual([]);
      expect(codes({ ...completeAnswers, reportingForms: ['PROSE'] })).toEqual([[['numbersScale'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...withoutScale, reportingForms: ['NUMBERS'] })).toEqual([[['numbersScale'], 'REQUIRED']]);
    });

    it('asks for the price unit only with a price', () => {
      const { priceAmount: _, priceUnit: __, ...withoutPrice } = completeAnswers;
      expect(codes(withoutPrice)).toEqual([]);
      expect(codes({ ...withoutPrice, priceUnit: 'PER_DAY' })).toEqual([[['priceUnit'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...withoutPrice, priceAmount: 1200 })).toEqual([[['priceUnit'], 'REQUIRED']]);
    });
  });

  describe('who fills what', () => {
    it('lets the provider fill the sub-goals and the seller signature, and nothing else', () => {
      expect(itemsFilledBy(contractChecklist, 'PROVIDER')).toEqual(['subGoals', 'subGoalGoalNumber', 'subGoalTitle', 'sellerSignature']);
    });

    it('refuses sub-goals and the seller signature from the authority', () => {
      const context: ValidationContext = { mode: 'draft', today: submit.today, role: 'AUTHORITY' };
      expect(codes(completeAnswers, context)).toEqual([
        [['subGoals'], 'NOT_YOURS'],
        [['sellerSignature'], 'NOT_YOURS'],
      ]);
    });

    it("refuses the authority's items from the provider", () => {
      const context: ValidationContext = { mode: 'draft', today: submit.today, role: 'PROVIDER' };
      const { subGoals, sellerSignature } = completeAnswers;
      expect(codes({ subGoals, sellerSignature }, context)).toEqual([]);
      expect(codes({ subGoals, purpose: 'Et andet formål' }, context)).toEqual([[['purpose'], 'NOT_YOURS']]);
    });
  });

  it('derives SMART completeness per goal and the dates that follow from start and service type', () => {
    expect(computeDerived(contractChecklist, completeAnswers)).toEqual({
      goalSmartness: [
        { complete: true, missing: [] },
        { complete: true, missing: [] },
      ],
      followUpDates: { subGoalsDueBy: '2026-06-01', nextFollowUp: '2027-03-01', planningStartBy: null, statusDueBy: null },
    });
    const goals = (completeAnswers.goals as Answers[]).map((g, i) => (i === 0 ? { ...g, title: 'Mad', deadline: null } : g));
    expect(computeDerived(contractChecklist, { ...completeAnswers, goals }).goalSmartness?.[0]).toEqual({ complete: false, missing: ['SPECIFIC', 'TIME_BOUND'] });
  });

  it('shows the 3-month rule for sub-goals as help text', () => {
    const subGoals = contractChecklist.sections[3]!.items.find((item) => item.id === 'subGoals');
    expect(subGoals?.help?.da).toContain('godkendes senest 3 måneder fra indsatsens start');
  });
});
