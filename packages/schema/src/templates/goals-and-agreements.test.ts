import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../forms/check-definition.js';
import { isItemEnabled } from '../forms/conditions.js';
import { computeDerived } from '../forms/derived/index.js';
import { findItem } from '../forms/traverse.js';
import type { Answers, GroupItem, SingleChoiceItem, ValidationContext } from '../forms/types.js';
import { validateResponse } from '../forms/validate.js';
import { completeAnswers } from './examples/goals-and-agreements.example.js';
import { itemsFilledBy, missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { goalsAndAgreements } from './goals-and-agreements.js';
import { templateByKey } from './index.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-11-23' };
const codes = (answers: Answers, context = submit) => validateResponse(goalsAndAgreements, answers, context).map((i) => [i.path, i.code]);
const goals = completeAnswers.goals as Answers[];
const withGoal = (i: number, goal: Answers): Answers => ({ ...completeAnswers, goals: goals.map((g, j) => (j === i ? goal : g)) });

describe('goals and agreements form (Sorø Bilag 3, Mål og aftaleskema)', () => {
  it('is registered as a built-in template, version 1, plain data, with a sound definition', () => {
    expect(templateByKey('goals-and-agreements')).toBe(goalsAndAgreements);
    expect(goalsAndAgreements.version).toBe(1);
    expect(JSON.parse(JSON.stringify(goalsAndAgreements))).toStrictEqual(goalsAndAgreements);
    expect(checkDefinition(goalsAndAgreements)).toEqual([]);
    expect(goalsAndAgreements.derived).toEqual(['goalSmartness']);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(goalsAndAgreements)).toEqual([]);
  });

  it('says it is written in the first person ("jeg-form") where the citizen\'s goals are written', () => {
    expect(goalsAndAgreements.description!.da).toContain('jeg-form');
    for (const id of ['purpose', 'employmentGoal', 'title', 'citizenView']) {
      expect(findItem(goalsAndAgreements, id)!.item.help?.da, id).toContain('jeg-form');
      expect(findItem(goalsAndAgreements, id)!.item.help?.en, id).toContain('first person');
    }
  });

  it('has goals per Sorø area with actions, responsible and "reached? why?", under the ids goalSmartness reads', () => {
    const group = findItem(goalsAndAgreements, 'goals')!.item as GroupItem;
    expect(group.type).toBe('group');
    expect(group.items.map((i) => i.id)).toEqual(
      expect.arrayContaining(['lifeThemeKey', 'goalType', 'title', 'measurableCriterion', 'deadline', 'actions', 'responsible', 'reached', 'reachedReason']),
    );
    const areas = group.items.find((i) => i.id === 'lifeThemeKey') as SingleChoiceItem;
    expect(areas.options.map((o) => o.label.da)).toEqual([
      'Fagligt',
      'Hverdag',
      'Sundhed',
      'Netværk/venner',
      'Udvikling og adfærd',
      'Øvrige forhold: Bolig',
      'Øvrige forhold: Økonomi',
      'Øvrige forhold: Familieforhold',
      'Øvrige forhold: Andet relevant',
    ]);
    expect((group.items.find((i) => i.id === 'goalType') as SingleChoiceItem).options.map((o) => o.value)).toEqual(['DEVELOP', 'MAINTAIN', 'LIMIT_LOSS']);
    expect(codes(withGoal(0, { ...goals[0], lifeThemeKey: 'MENTAL_FUNCTIONS' }))).toEqual([[['goals', 0, 'lifeThemeKey'], 'NOT_AN_OPTION']]);
  });

  it('accepts the complete example in submit mode and an empty draft', () => {
    expect(validateResponse(goalsAndAgreements, completeAnswers, submit)).toEqual([]);
    expect(codes({}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(goalsAndAgreements, completeAnswers);
  it('has a removal case for every required answer of the example', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual(
      expect.arrayContaining([
        'latestMeetingDate',
        'caseSummary',
        'support',
        'legalBasis',
        'effortStartDate',
        'duration',
        'purpose',
        'employmentGoal',
        'goals',
        'goals.0.lifeThemeKey',
        'goals.0.title',
        'goals.0.actions',
        'goals.0.responsible',
        'goals.0.reachedReason',
        'goals.3.responsible',
        'followUpResponsible',
        'nextReviewDate',
        'citizenView',
        'team',
        'citizenSignature',
        'coordinatingCaseworkerSignature',
        'stakeholderSignatures.1.stakeholderSignature',
      ]),
    );
    expect(removals.map((r) => r.path.join('.'))).not.toContain('goals.2.reachedReason');
    expect(removals).toHaveLength(15 + 4 * 4 + 2 + 2);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  it('takes 1 to 20 goals', () => {
    expect(codes({ ...completeAnswers, goals: [] })).toEqual([[['goals'], 'REQUIRED']]);
    expect(codes({ ...completeAnswers, goals: Array.from({ length: 21 }, () => goals[0]) })).toEqual([[['goals'], 'TOO_MANY']]);
  });

  describe('conditions', () => {
    it('asks why only once "is the goal reached?" is answered, per goal', () => {
      expect(isItemEnabled(goalsAndAgreements, ['goals', 0, 'reachedReason'], completeAnswers)).toBe(true);
      expect(isItemEnabled(goalsAndAgreements, ['goals', 2, 'reachedReason'], completeAnswers)).toBe(false);
      expect(codes(withGoal(2, { ...goals[2], reached: false }))).toEqual([[['goals', 2, 'reachedReason'], 'REQUIRED']]);
      expect(codes(withGoal(2, { ...goals[2], reached: true, reachedReason: 'Restancen er betalt, og der er ingen nye rykkere.' }))).toEqual([]);
      expect(codes(withGoal(2, { ...goals[2], reachedReason: 'For tidligt at sige' }))).toEqual([[['goals', 2, 'reachedReason'], 'HIDDEN_ANSWERED']]);
    });

    it("shows the support person's phone only when there is a support person", () => {
      const { supportPersonName: _, ...withoutSupportPerson } = completeAnswers;
      expect(codes(withoutSupportPerson)).toEqual([[['supportPersonPhone'], 'HIDDEN_ANSWERED']]);
      const { supportPersonPhone: __, ...neither } = withoutSupportPerson;
      expect(codes(neither)).toEqual([]);
    });
  });

  describe('goalSmartness', () => {
    it('finds every goal of the example SMART', () => {
      expect(computeDerived(goalsAndAgreements, completeAnswers).goalSmartness).toEqual(goals.map(() => ({ complete: true, missing: [] })));
    });

    it('flags what a goal lacks without refusing the form (the Sorø form has no SMART fields of its own)', () => {
      const { measurableCriterion: _, deadline: __, goalType: ___, ...vague } = goals[1];
      const answers = withGoal(1, vague);
      expect(codes(answers)).toEqual([]);
      expect(computeDerived(goalsAndAgreements, answers).goalSmartness![1]).toEqual({ complete: false, missing: ['MEASURABLE', 'ACHIEVABLE', 'TIME_BOUND'] });
      expect(computeDerived(goalsAndAgreements, answers).goalSmartness![0]).toEqual({ complete: true, missing: [] });
    });
  });

  describe('who fills what', () => {
    it('lets the coordinating caseworker alone write the case summary; the meeting keeper writes goals and agreements', () => {
      expect(itemsFilledBy(goalsAndAgreements, 'MEETING_KEEPER')).not.toContain('caseSummary');
      expect(itemsFilledBy(goalsAndAgreements, 'MEETING_KEEPER')).toEqual(expect.arrayContaining(['goals', 'title', 'actions', 'team', 'citizenView']));
      expect(itemsFilledBy(goalsAndAgreements, 'AUTHORITY')).toEqual(expect.arrayContaining(['caseSummary', 'goals', 'citizenSignature']));
      expect(itemsFilledBy(goalsAndAgreements, 'PROVIDER')).toEqual([]);
      expect(itemsFilledBy(goalsAndAgreements, 'CITIZEN')).toEqual(['citizenView', 'citizenSignature']);
    });

    it('refuses a meeting keeper changing the case summary, and accepts the rest unchanged', () => {
      const keeper: ValidationContext = { ...submit, role: 'MEETING_KEEPER', previous: completeAnswers } as ValidationContext;
      expect(codes(completeAnswers, keeper)).toEqual([]);
      expect(codes({ ...completeAnswers, caseSummary: 'Ny tekst' }, keeper)).toEqual([[['caseSummary'], 'NOT_YOURS']]);
      expect(codes({ ...completeAnswers, purpose: 'Jeg vil have ro i min økonomi og beholde min lejlighed.' }, keeper)).toEqual([]);
    });
  });
});
