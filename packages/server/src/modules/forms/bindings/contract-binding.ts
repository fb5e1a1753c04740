import { GOAL_TYPE_KEYS, isIsoDate, SERVICE_TYPE_KEYS, type BindingTarget } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../auth/viewer.js';
import type { Participant } from '../../contracts/contract-parts.js';
import type { Contract } from '../../contracts/contract.entity.js';
import { AssessmentTool, PriceUnit, ReportingForm } from '../../contracts/contract.enums.js';
import { createContract } from '../../contracts/contract.service.js';
import type { CreateContractInput } from '../../contracts/dto/contract.input.js';
import type { GoalDraftInput } from '../../goals/dto/goal.input.js';
import { FormErrors } from '../form.errors.js';
import { BoundAnswers, isNumber, isString, listOf, oneOf, withAnswerFields } from './bound-answers.js';

const isDate = (value: unknown): value is string => typeof value === 'string' && isIsoDate(value);
const isParticipantList = (value: unknown): value is Participant[] =>
  Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && typeof (p as Participant).name === 'string' && typeof (p as Participant).role === 'string');

/** Where each input field came from: 'input.purpose' -> ['answers', 'purpose']. */
type FieldMap = Map<string, string[]>;

function note(fields: FieldMap, bound: BoundAnswers, inputPath: string, target: BindingTarget): void {
  const path = bound.path(target);
  if (path) fields.set(inputPath, ['answers', ...path.map(String)]);
}

function lifeThemeKeys(bound: BoundAnswers): string[] {
  const value = bound.require('contract.lifeThemeKeys', (v): v is string | string[] => isString(v) || (Array.isArray(v) && v.every(isString)));
  return Array.isArray(value) ? value : [value];
}

function goalDrafts(bound: BoundAnswers, fields: FieldMap): GoalDraftInput[] {
  if (!bound.binds('contract.goals')) return [];
  return bound.entries('contract.goals').map((entry, index) => {
    const at = `input.goals.${index}`;
    const groupPath = bound.path('contract.goals');
    if (groupPath) fields.set(at, ['answers', ...groupPath.map(String), String(index)]);
    for (const [field, target] of [
      ['lifeThemeKey', 'goal.lifeThemeKey'],
      ['goalType', 'goal.goalType'],
      ['title', 'goal.title'],
      ['measurableCriterion', 'goal.measurableCriterion'],
      ['deadline', 'goal.deadline'],
    ] as const) {
      note(fields, entry, `${at}.${field}`, target);
    }
    return {
      lifeThemeKey: entry.require('goal.lifeThemeKey', isString),
      goalType: entry.require('goal.goalType', oneOf(GOAL_TYPE_KEYS)),
      title: entry.require('goal.title', isString),
      measurableCriterion: entry.require('goal.measurableCriterion', isString),
      deadline: entry.require('goal.deadline', isDate),
      priority: index + 1,
    };
  });
}

/** The contract's fields as the contract checklist answers them. */
export interface ContractFields {
  input: Omit<CreateContractInput, 'citizenId' | 'providerId' | 'orderId'>;
  fields: FieldMap;
}

export function contractFieldsFrom(bound: BoundAnswers): ContractFields {
  const fields: FieldMap = new Map();
  const pairs: [string, BindingTarget][] = [
    ['serviceType', 'contract.serviceType'],
    ['startDate', 'contract.startDate'],
    ['assessmentTool', 'contract.assessmentTool'],
    ['lifeThemeKeys', 'contract.lifeThemeKeys'],
    ['purpose', 'contract.purpose'],
    ['goalRationale', 'contract.goalRationale'],
    ['reportingForms', 'contract.reportingForms'],
    ['participants', 'contract.participants'],
    ['nextFollowUpDate', 'contract.nextFollowUpDate'],
    ['price.amount', 'contract.priceAmount'],
    ['price', 'contract.priceAmount'],
    ['noticePeriodDays', 'contract.noticePeriodDays'],
    ['dischargeCriteria', 'contract.dischargeCriteria'],
    ['goals', 'contract.goals'],
  ];
  for (const [field, target] of pairs) note(fields, bound, `input.${field}`, target);
  const amount = bound.optional('contract.priceAmount', isNumber);
  const unit = bound.optional('contract.priceUnit', oneOf(Object.values(PriceUnit)));
  const participants = bound.optional('contract.participants', isParticipantList);
  const input: ContractFields['input'] = {
    serviceType: bound.require('contract.serviceType', oneOf(SERVICE_TYPE_KEYS)),
    startDate: bound.require('contract.startDate', isDate),
    assessmentTool: bound.require('contract.assessmentTool', oneOf(Object.values(AssessmentTool))),
    lifeThemeKeys: lifeThemeKeys(bound),
    purpose: bound.require('contract.purpose', isString),
    goalRationale: bound.require('contract.goalRationale', isString),
    goals: goalDrafts(bound, fields),
    reportingForms: bound.require('contract.reportingForms', listOf(Object.values(ReportingForm))),
    participants: participants?.map((p) => ({ name: p.name, role: p.role, organization: p.organization ?? null })) ?? [],
    nextFollowUpDate: bound.optional('contract.nextFollowUpDate', isDate) ?? undefined,
    price: amount === null ? null : { amount, unit: unit ?? PriceUnit.PER_DAY },
    noticePeriodDays: bound.optional('contract.noticePeriodDays', isNumber),
    dischargeCriteria: bound.require('contract.dischargeCriteria', isString),
  };
  return { input, fields };
}

export interface ContractParties {
  citizenId: string;
  providerId: string | null | undefined;
  orderId: string | null | undefined;
}

/** Submitting a contract checklist about a citizen creates the contract (a draft to sign) and its goals. */
export async function createContractFromAnswers(tx: EntityManager, viewer: Viewer, bound: BoundAnswers, parties: ContractParties): Promise<Contract> {
  const { input, fields } = contractFieldsFrom(bound);
  if (!parties.providerId) throw FormErrors.providerRequired();
  return withAnswerFields(fields, () =>
    createContract(tx, viewer, { ...input, citizenId: parties.citizenId, providerId: parties.providerId as string, orderId: parties.orderId ?? null }),
  );
}
