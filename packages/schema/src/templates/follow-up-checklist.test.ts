import { describe, expect, it } from 'vitest';
import type { Answers, ValidationContext } from '../forms/types.js';
import { checkDefinition } from '../forms/check-definition.js';
import { computeDerived } from '../forms/derived/index.js';
import { validateResponse } from '../forms/validate.js';
import { completeAnswers } from './examples/follow-up-checklist.example.js';
import { boundTargets, itemsFilledBy, missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { followUpChecklist } from './follow-up-checklist.js';
import { templateByKey } from './index.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-09-22' };
const codes = (answers: Answers, context = submit) => validateResponse(followUpChecklist, answers, context).map((i) => [i.path, i.code]);

/** The provider's items per the seeds: the written follow-up before the meeting, sub-goals and contract after. */
const PROVIDER_ITEMS = [
  'goalStatusSummary',
  'lifeSituation',
  'functioningChanges',
  'changeLifeThemeKey',
  'changeDescription',
  'recommendation',
  'proposedGoals',
  'statusDeliveredOn',
  'subGoalsWritten',
  'priceChanged',
  'contractUpdatedOn',
];

function only(ids: string[]): Answers {
  return Object.fromEntries(Object.entries(completeAnswers).filter(([id]) => ids.includes(id)));
}

describe('follow-up checklist (Midtjylland/Nordjylland: Tjekliste til opfølgning / statusmøde)', () => {
  it('is registered as a built-in template, version 1, with before, at and after the meeting', () => {
    expect(templateByKey('follow-up-checklist')).toBe(followUpChecklist);
    expect(followUpChecklist.version).toBe(1);
    expect(JSON.parse(JSON.stringify(followUpChecklist))).toStrictEqual(followUpChecklist);
    expect(followUpChecklist.sections.map((s) => s.title.da)).toEqual(['Før opfølgningsmødet', 'Opfølgningsmøde', 'Efter opfølgningsmødet']);
    expect(followUpChecklist.derived).toEqual(['followUpDates']);
    expect(boundTargets(followUpChecklist)).toEqual([]);
  });

  it('passes checkDefinition', () => {
    expect(checkDefinition(followUpChecklist)).toEqual([]);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(followUpChecklist)).toEqual([]);
  });

  it('accepts the complete example in submit mode', () => {
    expect(validateResponse(followUpChecklist, completeAnswers, submit)).toEqual([]);
  });

  it('accepts an empty draft', () => {
    expect(validateResponse(followUpChecklist, {}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(followUpChecklist, completeAnswers);
  it('has a removal case for every required answer of the example', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual(
      expect.arrayContaining(['meetingDate', 'agendaItems', 'otherActorsCollected', 'otherActors', 'functioningChanges.0.changeDescription', 'priceChanged', 'contractUpdatedOn']),
    );
    expect(removals.length).toBeGreaterThanOrEqual(30);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  describe('who fills what', () => {
    it('gives the provider the written follow-up and the sub-goals, and the authority everything else', () => {
      expect(itemsFilledBy(followUpChecklist, 'PROVIDER')).toEqual(PROVIDER_ITEMS);
      const authority = itemsFilledBy(followUpChecklist, 'AUTHORITY');
      expect(authority).toEqual(expect.arrayContaining(['meetingDate', 'agendaItems', 'agendaSentOn', 'materialDueDate', 'citizenMayInvite', 'otherActors', 'actionPlanUpdated']));
      expect(authority.filter((id) => PROVIDER_ITEMS.includes(id))).toEqual([]);
    });

    it("accepts each role's own answers and refuses the other role's", () => {
      const providerPart = only(PROVIDER_ITEMS);
      const authorityPart = only(Object.keys(completeAnswers).filter((id) => !PROVIDER_ITEMS.includes(id)));
      const draft = (role: 'AUTHORITY' | 'PROVIDER'): ValidationContext => ({ mode: 'draft', today: submit.today, role });
      expect(codes(providerPart, draft('PROVIDER'))).toEqual([]);
      expect(codes(authorityPart, draft('AUTHORITY'))).toEqual([]);
      expect(codes({ ...providerPart, meetingDate: '2026-10-01' }, draft('PROVIDER'))).toEqual([[['meetingDate'], 'NOT_YOURS']]);
      expect(codes({ ...authorityPart, recommendation: 'END' }, draft('AUTHORITY'))).toEqual([[['recommendation'], 'NOT_YOURS']]);
    });
  });

  describe('conditions', () => {
    it('asks which actors only when follow-ups from other actors are collected', () => {
      const { otherActors: _, ...without } = completeAnswers;
      expect(codes({ ...without, otherActorsCollected: false })).toEqual([]);
      expect(codes({ ...completeAnswers, otherActorsCollected: false })).toEqual([[['otherActors'], 'HIDDEN_ANSWERED']]);
      expect(codes({ ...without, otherActorsCollected: true })).toEqual([[['otherActors'], 'REQUIRED']]);
    });

    it('asks whether the caseworker saw the citizen only when the citizen did not attend', () => {
      expect(codes({ ...completeAnswers, citizenAttended: false })).toEqual([[['citizenVisited'], 'REQUIRED']]);
      expect(codes({ ...completeAnswers, citizenAttended: false, citizenVisited: true })).toEqual([]);
      expect(codes({ ...completeAnswers, citizenVisited: true })).toEqual([[['citizenVisited'], 'HIDDEN_ANSWERED']]);
    });

    it('asks for the dates of the adjustment meeting, the action plan and the contract update only when they happen', () => {
      const cases: [string, string][] = [
        ['adjustmentMeetingNeeded', 'adjustmentMeetingDate'],
        ['actionPlanUpdated', 'actionPlanSentOn'],
        ['priceChanged', 'contractUpdatedOn'],
      ];
      for (const [question, date] of cases) {
        const { [date]: _, ...without } = completeAnswers;
        expect(codes({ ...without, [question]: false })).toEqual([]);
        expect(codes({ ...completeAnswers, [question]: false })).toEqual([[[date], 'HIDDEN_ANSWERED']]);
        expect(codes({ ...without, [question]: true })).toEqual([[[date], 'REQUIRED']]);
      }
    });
  });

  it('derives the planning start, the status deadline and the next regular follow-up from the meeting date', () => {
    expect(computeDerived(followUpChecklist, completeAnswers)).toEqual({
      followUpDates: { subGoalsDueBy: null, nextFollowUp: '2027-09-01', planningStartBy: '2026-07-07', statusDueBy: '2026-08-18' },
    });
    expect(computeDerived(followUpChecklist, { ...completeAnswers, serviceType: 'SEL_85' }).followUpDates?.nextFollowUp).toBeNull();
  });

  it('offers the five agenda items of the seeds and the API values for the recommendation', () => {
    const before = followUpChecklist.sections[0]!.items;
    const agenda = before.find((item) => item.id === 'agendaItems');
    const recommendation = before.find((item) => item.id === 'recommendation');
    expect(agenda?.type === 'multipleChoice' && agenda.options.map((o) => o.label.da)).toEqual([
      'Gennemgang af status på mål',
      'Gennemgang af konkret status på relevante livstemaer (kvalitativt og kvantitativt)',
      'Aftale om det videre forløb/Aftale omkring konkrete målsætninger/afslutning',
      'Hvornår er indsatsen færdig, og hvad skal evt. træde i stedet for',
      'Aftale om hvornår der skal mødes igen',
    ]);
    expect(recommendation?.type === 'singleChoice' && recommendation.options.map((o) => o.value)).toEqual(['CONTINUE', 'CHANGE', 'END']);
  });
});
