import type { AssessmentTool, CreateContractInput, PriceUnit, ReportingForm, ServiceType, UpdateContractInput } from '../../generated/graphql.js';
import { linesOf } from './form-values.js';

import type { UserError } from './form-values.js';

export type { UserError };

const TEXT_FIELDS = ['providerId', 'serviceType', 'startDate', 'purpose', 'goalRationale', 'dischargeCriteria'] as const;
export const PLACED_FIELDS = [...TEXT_FIELDS, 'lifeThemeKeys', 'reportingForms', 'assessmentTool', 'nextFollowUpDate', 'participants', 'price', 'noticePeriodDays'];
export const TOOLS: AssessmentTool[] = ['VUM', 'ICS', 'OTHER'];
export const UNITS: PriceUnit[] = ['PER_DAY', 'PER_HOUR', 'PER_MONTH', 'PER_YEAR'];

export interface ContractValues {
  providerId: string;
  serviceType: string;
  startDate: string;
  assessmentTool: AssessmentTool;
  lifeThemeKeys: string[];
  purpose: string;
  goalRationale: string;
  dischargeCriteria: string;
  reportingForms: string[];
  nextFollowUpDate: string;
  participants: string;
  priceAmount: string;
  priceUnit: string;
  noticePeriodDays: string;
}

export const INITIAL_CONTRACT_VALUES: ContractValues = { providerId: '', serviceType: '', startDate: '', assessmentTool: 'VUM', lifeThemeKeys: [], purpose: '', goalRationale: '', dischargeCriteria: '', reportingForms: ['PROSE', 'NUMBERS'], nextFollowUpDate: '', participants: '', priceAmount: '', priceUnit: '', noticePeriodDays: '' };

/** "1.234,50" (Danish) or "1234.50"; a comma makes it Danish. */
function number(text: string): number {
  const compact = text.trim().replace(/\s/g, '');
  return Number(compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact);
}

/** Checks what the API's types require and turns the values into CreateContractInput (or problems). */
export function toContractInput(citizenId: string, v: ContractValues, t: { required: string; badNumber: string }): { input?: CreateContractInput; problems: UserError[] } {
  const problems: UserError[] = [];
  const need = (field: string, ok: boolean, message = t.required) => {
    if (!ok) problems.push({ code: 'REQUIRED', message, field: ['input', field] });
  };
  for (const field of TEXT_FIELDS) need(field, v[field].trim() !== '');
  need('lifeThemeKeys', v.lifeThemeKeys.length > 0);
  need('reportingForms', v.reportingForms.length > 0);
  const hasPrice = v.priceAmount.trim() !== '';
  need('price', !hasPrice || (Number.isFinite(number(v.priceAmount)) && v.priceUnit !== ''), Number.isFinite(number(v.priceAmount)) ? t.required : t.badNumber);
  need('noticePeriodDays', v.noticePeriodDays.trim() === '' || Number.isInteger(Number(v.noticePeriodDays)), t.badNumber);
  if (problems.length) return { problems };
  const participants = linesOf(v.participants).map((line) => {
    const [name = '', role = '', organization = ''] = line.split(';').map((part) => part.trim());
    return { name, role, organization: organization || null };
  });
  return {
    problems,
    input: {
      citizenId,
      providerId: v.providerId,
      serviceType: v.serviceType as ServiceType,
      startDate: v.startDate,
      assessmentTool: v.assessmentTool,
      lifeThemeKeys: v.lifeThemeKeys,
      purpose: v.purpose.trim(),
      goalRationale: v.goalRationale.trim(),
      dischargeCriteria: v.dischargeCriteria.trim(),
      reportingForms: v.reportingForms as ReportingForm[],
      nextFollowUpDate: v.nextFollowUpDate || null,
      participants,
      price: hasPrice ? { amount: number(v.priceAmount), unit: v.priceUnit as PriceUnit } : null,
      noticePeriodDays: v.noticePeriodDays.trim() === '' ? null : Number(v.noticePeriodDays),
    },
  };
}


/** The form values of an existing contract, for "Ret aftalen". */
export function valuesOfContract(contract: {
  provider: { id: string };
  serviceType: string;
  startDate: string;
  assessmentTool: AssessmentTool;
  lifeThemes: readonly { key: string }[];
  purpose: string;
  goalRationale: string;
  dischargeCriteria: string;
  reportingForms: readonly string[];
  nextFollowUpDate?: string | null;
  participants: readonly { name: string; role: string; organization?: string | null }[];
  price?: { amount: number; unit: PriceUnit } | null;
  noticePeriodDays?: number | null;
}): ContractValues {
  return {
    providerId: contract.provider.id,
    serviceType: contract.serviceType,
    startDate: contract.startDate,
    assessmentTool: contract.assessmentTool,
    lifeThemeKeys: contract.lifeThemes.map((theme) => theme.key),
    purpose: contract.purpose,
    goalRationale: contract.goalRationale,
    dischargeCriteria: contract.dischargeCriteria,
    reportingForms: [...contract.reportingForms],
    nextFollowUpDate: contract.nextFollowUpDate ?? '',
    participants: contract.participants.map((p) => [p.name, p.role, p.organization].filter(Boolean).join('; ')).join('\n'),
    priceAmount: contract.price ? String(contract.price.amount) : '',
    priceUnit: contract.price?.unit ?? '',
    noticePeriodDays: contract.noticePeriodDays == null ? '' : String(contract.noticePeriodDays),
  };
}

/**
 * The changes as UpdateContractInput (or problems): every term is sent, so the contract ends up as the form shows
 * it; service and start date only for a draft. An empty next follow-up clears it (followed up as needed).
 */
export function toUpdateInput(id: string, expectedVersion: number, draft: boolean, v: ContractValues, t: { required: string; badNumber: string }): { input?: UpdateContractInput; problems: UserError[] } {
  const { input, problems } = toContractInput('', v, t);
  if (!input) return { problems };
  const { citizenId: _citizen, providerId: _provider, serviceType, startDate, ...terms } = input;
  return { problems, input: { id, expectedVersion, ...terms, ...(draft ? { serviceType, startDate } : {}) } };
}
