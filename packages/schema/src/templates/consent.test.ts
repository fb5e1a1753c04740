import { describe, expect, it } from 'vitest';
import { checkDefinition } from '../forms/check-definition.js';
import { isItemEnabled, isSectionEnabled } from '../forms/conditions.js';
import { findItem } from '../forms/traverse.js';
import type { Answers, MultipleChoiceItem, ValidationContext } from '../forms/types.js';
import { validateResponse } from '../forms/validate.js';
import { consent } from './consent.js';
import { completeAnswers } from './examples/consent.example.js';
import { missingTranslations, requiredRemovals } from './examples/round-trip.js';
import { templateByKey } from './index.js';

const submit: ValidationContext = { mode: 'submit', today: '2026-11-23' };
const codes = (answers: Answers, context = submit) => validateResponse(consent, answers, context).map((i) => [i.path, i.code]);
const EXCHANGE_ITEMS = ['parties', 'otherTreatmentPlace', 'otherParties', 'informationExchanged', 'informationNotExchanged'];

describe('consent (Sorø Bilag 6, Samtykkeerklæring)', () => {
  it('is registered as a built-in template, version 1, plain data, with a sound definition', () => {
    expect(templateByKey('consent')).toBe(consent);
    expect(consent.version).toBe(1);
    expect(JSON.parse(JSON.stringify(consent))).toStrictEqual(consent);
    expect(checkDefinition(consent)).toEqual([]);
  });

  it('has a Danish and an English text everywhere', () => {
    expect(missingTranslations(consent)).toEqual([]);
  });

  it('joins the cases of two or more of the three specialist centres', () => {
    const departments = findItem(consent, 'joinedDepartments')!.item as MultipleChoiceItem;
    expect(departments.options.map((o) => o.label.da)).toEqual(['Børn og Familier', 'Social og Sundhed', 'Arbejdsmarked og Borgerservice']);
    expect(codes({ ...completeAnswers, joinedDepartments: ['SOCIAL_AND_HEALTH'] })).toEqual([[['joinedDepartments'], 'TOO_FEW']]);
    expect(codes({ ...completeAnswers, joinedDepartments: ['SOCIAL_AND_HEALTH', 'HOSPITAL'] })).toEqual([[['joinedDepartments'], 'NOT_AN_OPTION']]);
  });

  it('lists the 15 parties of the seed that may exchange information', () => {
    const parties = findItem(consent, 'parties')!.item as MultipleChoiceItem;
    expect(parties.options).toHaveLength(15);
    expect(parties.options[0].label.da).toBe('Koordinerende sagsbehandler i Jobcentret (Arbejdsmarked og Borgerservice)');
    expect(parties.options.map((o) => o.label.da)).toEqual(
      expect.arrayContaining(['Virksomhedskonsulent', 'Mentor', 'Repræsentant fra psykiatrien', 'Misbrugskonsulent', 'Læge', 'Andre']),
    );
    expect(new Set(parties.options.map((o) => o.value)).size).toBe(15);
  });

  it('says the consent can be revoked at any time, and gives the legal basis', () => {
    const revocable = findItem(consent, 'revocable')!.item;
    expect(revocable.type === 'display' && revocable.text.da).toBe('Samtykket kan til enhver tid tilbagekaldes.');
    expect(consent.description!.da).toContain('Retssikkerhedslovens §§ 11a-c');
  });

  it('shows the CPR number from the case instead of storing it in the answers', () => {
    const cpr = findItem(consent, 'consentCpr')!.item;
    expect(cpr.type === 'display' && cpr.subjectField).toBe('citizen.cpr');
    expect(codes({ ...completeAnswers, consentCpr: '010190-1234' })).toEqual([[['consentCpr'], 'WRONG_TYPE']]);
  });

  it('accepts the complete example in submit mode and an empty draft', () => {
    expect(validateResponse(consent, completeAnswers, submit)).toEqual([]);
    expect(codes(completeAnswers, { ...submit, role: 'AUTHORITY' })).toEqual([]);
    expect(codes({}, { mode: 'draft', today: submit.today })).toEqual([]);
  });

  const removals = requiredRemovals(consent, completeAnswers);
  it('has a removal case for every required answer of the example', () => {
    expect(removals.map((r) => r.path.join('.'))).toEqual([
      'joinedDepartments',
      'exchangeAtMeetings',
      'parties',
      'otherTreatmentPlace',
      'otherParties',
      'informationExchanged',
      'consentGiverName',
      'consentDate',
      'signature',
    ]);
  });
  it.each(removals.map((r) => [r.path.join('.'), r] as const))('without %s gives exactly one REQUIRED issue at its path', (_, removal) => {
    expect(codes(removal.answers)).toEqual([[removal.path, 'REQUIRED']]);
  });

  it('refuses a consent dated in the future', () => {
    expect(codes({ ...completeAnswers, consentDate: '2026-12-01' })).toEqual([[['consentDate'], 'OUT_OF_RANGE']]);
  });

  describe('conditions', () => {
    it('hides the exchange section when the citizen does not consent to exchanging information', () => {
      expect(isSectionEnabled(consent, 'exchange', completeAnswers)).toBe(true);
      expect(isSectionEnabled(consent, 'exchange', { ...completeAnswers, exchangeAtMeetings: false })).toBe(false);
      const noExchange: Answers = Object.fromEntries(Object.entries(completeAnswers).filter(([id]) => !EXCHANGE_ITEMS.includes(id)));
      expect(codes({ ...noExchange, exchangeAtMeetings: false })).toEqual([]);
      expect(codes({ ...completeAnswers, exchangeAtMeetings: false })).toEqual(
        ['parties', 'otherTreatmentPlace', 'otherParties', 'informationExchanged', 'informationNotExchanged'].map((id) => [[id], 'HIDDEN_ANSWERED']),
      );
      expect(codes({ ...noExchange, exchangeAtMeetings: true })).toEqual([
        [['parties'], 'REQUIRED'],
        [['informationExchanged'], 'REQUIRED'],
      ]);
    });

    it('asks which other treatment place and which others only when they are ticked', () => {
      const { otherTreatmentPlace: _, otherParties: __, ...base } = completeAnswers;
      const fewer = (completeAnswers.parties as string[]).filter((p) => p !== 'OTHER_TREATMENT_PLACE' && p !== 'OTHERS');
      expect(codes({ ...base, parties: fewer })).toEqual([]);
      expect(isItemEnabled(consent, 'otherParties', { ...base, parties: fewer })).toBe(false);
      expect(codes({ ...base, parties: [...fewer, 'OTHERS'] })).toEqual([[['otherParties'], 'REQUIRED']]);
      expect(codes({ ...completeAnswers, parties: fewer })).toEqual([
        [['otherTreatmentPlace'], 'HIDDEN_ANSWERED'],
        [['otherParties'], 'HIDDEN_ANSWERED'],
      ]);
    });
  });
});
