import { GOAL_TYPES, SERVICE_TYPES } from '@treklang/schema';
import type { ContractStatus, GoalStatus, GoalType, PriceUnit, ServiceType, SignatureParty, SmartPart, SubGoalApproval, SubGoalStatus } from '../../generated/graphql.js';
import type { Language, Texts } from '../../i18n/language.js';

/** Words for the API's enum values, Danish first; service and goal types come from the shared vocabulary. */
export interface ContractLabels {
  status: Record<ContractStatus, string>;
  goalStatus: Record<GoalStatus, string>;
  party: Record<SignatureParty, string>;
  priceUnit: Record<PriceUnit, string>;
  approval: Record<SubGoalApproval, string>;
  subGoalStatus: Record<SubGoalStatus, string>;
  /** What a SMART part asks for, phrased as what is missing. */
  smartMissing: Record<SmartPart, string>;
}

export const CONTRACT_LABELS: Texts<ContractLabels> = {
  da: {
    status: { DRAFT: 'Udkast', ACTIVE: 'Aktiv', TERMINATED: 'Opsagt', ENDED: 'Afsluttet' },
    goalStatus: { ACTIVE: 'I gang', ACHIEVED: 'Opnået', PARTLY_ACHIEVED: 'Delvist opnået', NOT_ACHIEVED: 'Ikke opnået', DISCONTINUED: 'Ophørt' },
    party: { BUYER: 'Køber (myndighed)', SELLER: 'Sælger (leverandør)' },
    priceUnit: { PER_DAY: 'pr. døgn', PER_HOUR: 'pr. time', PER_MONTH: 'pr. måned', PER_YEAR: 'pr. år' },
    approval: { PROPOSED: 'Afventer godkendelse', APPROVED: 'Godkendt', REJECTED: 'Afvist' },
    subGoalStatus: { OPEN: 'I gang', DONE: 'Nået', DROPPED: 'Opgivet' },
    smartMissing: {
      SPECIFIC: 'Specifikt: skriv målet som det, borgeren vil kunne (mindst 10 tegn, gerne i jeg-form).',
      MEASURABLE: 'Målbart: beskriv, hvordan det måles, om målet er nået.',
      ACHIEVABLE: 'Realistisk: vælg måltype (udvikle, fastholde eller begrænse tab).',
      RELEVANT: 'Relevant: vælg et af kontraktens livstemaer.',
      TIME_BOUND: 'Tidsbestemt: sæt en frist.',
    },
  },
  en: {
    status: { DRAFT: 'Draft', ACTIVE: 'Active', TERMINATED: 'Terminated', ENDED: 'Ended' },
    goalStatus: { ACTIVE: 'In progress', ACHIEVED: 'Achieved', PARTLY_ACHIEVED: 'Partly achieved', NOT_ACHIEVED: 'Not achieved', DISCONTINUED: 'Discontinued' },
    party: { BUYER: 'Buyer (authority)', SELLER: 'Seller (provider)' },
    priceUnit: { PER_DAY: 'per day', PER_HOUR: 'per hour', PER_MONTH: 'per month', PER_YEAR: 'per year' },
    approval: { PROPOSED: 'Awaiting approval', APPROVED: 'Approved', REJECTED: 'Rejected' },
    subGoalStatus: { OPEN: 'In progress', DONE: 'Reached', DROPPED: 'Dropped' },
    smartMissing: {
      SPECIFIC: 'Specific: write the goal as what the citizen will be able to do (at least 10 characters, ideally first person).',
      MEASURABLE: 'Measurable: describe how attainment is measured.',
      ACHIEVABLE: 'Achievable: choose a goal type (develop, maintain or limit loss).',
      RELEVANT: "Relevant: choose one of the contract's life themes.",
      TIME_BOUND: 'Time-bound: set a deadline.',
    },
  },
};

export const SERVICE_TYPE_VALUES = Object.keys(SERVICE_TYPES) as ServiceType[];
export const GOAL_TYPE_VALUES = Object.keys(GOAL_TYPES) as GoalType[];

/** "Midlertidigt botilbud (SEL § 107)". */
export function serviceTypeLabel(type: ServiceType, language: Language): string {
  const definition = SERVICE_TYPES[type];
  return `${definition.name[language]} (${definition.paragraph})`;
}

export function goalTypeLabel(type: GoalType, language: Language): string {
  return GOAL_TYPES[type].name[language];
}

/** 1.234,50 kr. pr. døgn / DKK 1,234.50 per day. */
export function formatPrice(price: { amount: number; unit: PriceUnit } | null | undefined, language: Language): string {
  if (!price) return '';
  const amount = price.amount.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const unit = CONTRACT_LABELS[language].priceUnit[price.unit];
  return language === 'da' ? `${amount} kr. ${unit}` : `DKK ${amount} ${unit}`;
}

/** A theme's name in the language, from the API's LifeTheme. */
export function themeName(theme: { name: string; nameEn: string } | null | undefined, language: Language): string {
  if (!theme) return '';
  return language === 'da' ? theme.name : theme.nameEn;
}
