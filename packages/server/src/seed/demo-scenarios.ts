import type { ServiceTypeKey } from '@treklang/schema';

/*
 * The shapes of the demo cases, relative to "today", chosen so that every contract status, every kind of
 * deadline (overdue and upcoming) and two years of progression show up on first start. Citizen n gets
 * scenario n modulo the list; dates are jittered a few days by the PRNG.
 */

export type DemoContractStatus = 'DRAFT' | 'ACTIVE' | 'TERMINATED' | 'ENDED';

export interface ContractSpec {
  service: ServiceTypeKey;
  status: DemoContractStatus;
  /** Days from today to the start date (negative: in the past). */
  startDay: number;
  /** TERMINATED and ENDED: days from today to the last day of the effort. */
  endDay?: number;
  /** Hold the optional meeting 3 months after start. */
  early?: boolean;
  /** Sub-goals: APPROVED (the default once 3 months have passed), PENDING (proposed, not decided) or NONE. */
  subGoals?: 'APPROVED' | 'PENDING' | 'NONE';
  /** The written status for the upcoming meeting. */
  nextStatus?: 'ON_TIME' | 'LATE' | 'MISSING';
  /** Also measure the first goal on the VUM 0-4 scale. */
  vum?: boolean;
  /** DRAFT: the buyer has signed already. */
  buyerSigned?: boolean;
}

export interface OrderSpec {
  service: ServiceTypeKey;
  /** Days from today to when it was sent (negative). */
  sentDay: number;
}

export interface CitizenScenario {
  contracts: ContractSpec[];
  /** An order the provider manager has not decided yet. */
  pendingOrder?: OrderSpec;
  /** An order the provider declined before the citizen got a place elsewhere. */
  declinedOrder?: OrderSpec;
}

const YEAR = 365;

export const SCENARIOS: readonly CitizenScenario[] = [
  // The yearly meeting is in 10 days; the status came in on time.
  { contracts: [{ service: 'SEL_108', status: 'ACTIVE', startDay: -2 * YEAR + 10, early: true, vum: true, nextStatus: 'ON_TIME' }] },
  // The yearly meeting is in 5 days and the status is overdue.
  { contracts: [{ service: 'SEL_107', status: 'ACTIVE', startDay: -YEAR + 5, nextStatus: 'MISSING' }] },
  // Floating support followed up as needed, and a §104 day offer whose 2-year meeting is being planned.
  { contracts: [{ service: 'SEL_85', status: 'ACTIVE', startDay: -420 }, { service: 'SEL_104', status: 'ACTIVE', startDay: -2 * YEAR + 30 }] },
  // §103: follow-up every 3 years, so nothing due soon.
  { contracts: [{ service: 'SEL_103', status: 'ACTIVE', startDay: -600 }] },
  // Started 2 months ago: sub-goals proposed and awaiting approval, early meeting in a month.
  { contracts: [{ service: 'SEL_108', status: 'ACTIVE', startDay: -60, subGoals: 'PENDING', early: true }] },
  // Started 4 months ago: sub-goals still not approved (overdue).
  { contracts: [{ service: 'SEL_107', status: 'ACTIVE', startDay: -130, subGoals: 'PENDING' }] },
  // A draft contract starting in 3 weeks.
  { contracts: [{ service: 'SEL_108', status: 'DRAFT', startDay: 21 }] },
  // Terminated; the notice period runs for two more months.
  { contracts: [{ service: 'SEL_107', status: 'TERMINATED', startDay: -470, endDay: 60 }] },
  // Ended residential stay, then floating support in the citizen's own home.
  { contracts: [{ service: 'SEL_108', status: 'ENDED', startDay: -800, endDay: -45, vum: true }, { service: 'SEL_85', status: 'ACTIVE', startDay: -40, subGoals: 'NONE' }] },
  // A day offer ordered 10 days ago, not yet decided; residential for well over a year.
  { contracts: [{ service: 'SEL_108', status: 'ACTIVE', startDay: -500, vum: true }], pendingOrder: { service: 'SEL_104', sentDay: -10 } },
  // Declined by one residential provider, placed at the other.
  { contracts: [{ service: 'SEL_107', status: 'ACTIVE', startDay: -150 }], declinedOrder: { service: 'SEL_107', sentDay: -210 } },
  // Yearly meeting in 40 days (planning has started), plus sheltered employment.
  { contracts: [{ service: 'SEL_108', status: 'ACTIVE', startDay: -2 * YEAR + 40, nextStatus: 'MISSING' }, { service: 'SEL_103', status: 'ACTIVE', startDay: -400 }] },
  { contracts: [{ service: 'SEL_85', status: 'ACTIVE', startDay: -250 }] },
  // A day offer for more than two years: the 2-year meeting was held 50 days ago.
  { contracts: [{ service: 'SEL_104', status: 'ACTIVE', startDay: -2 * YEAR - 50 }] },
  { contracts: [{ service: 'SEL_104', status: 'ENDED', startDay: -700, endDay: -100 }] },
  { contracts: [{ service: 'SEL_107', status: 'ACTIVE', startDay: -YEAR - 100, vum: true }] },
  // Only an order, sent 45 days ago and not decided: the decision is overdue.
  { contracts: [], pendingOrder: { service: 'SEL_108', sentDay: -45 } },
  { contracts: [{ service: 'SEL_85', status: 'DRAFT', startDay: 10, buyerSigned: true }] },
  { contracts: [{ service: 'SEL_85', status: 'TERMINATED', startDay: -300, endDay: -20 }] },
  // The yearly meeting was held 10 days ago; the new contract version is still to be sent.
  { contracts: [{ service: 'SEL_108', status: 'ACTIVE', startDay: -YEAR - 10, early: true }] },
];
