import { addDays, addMonths, daysBetween, nextRegularFollowUp, orderDecisionDueBy, SERVICE_TYPES, subGoalsDueBy, type IsoDate } from '@treklang/schema';
import type { Citizen } from '../modules/citizens/citizen.entity.js';
import { ChangeNotice } from '../modules/change-notices/change-notice.entity.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { AssessmentTool, ContractStatus, ReportingForm, SignatureParty } from '../modules/contracts/contract.enums.js';
import { Goal } from '../modules/goals/goal.entity.js';
import { GoalStatus } from '../modules/goals/goal.enums.js';
import { Order, OrderStatus } from '../modules/orders/order.entity.js';
import { SubGoal, SubGoalApproval, SubGoalStatus } from '../modules/sub-goals/sub-goal.entity.js';
import { EXTRA_THEMES, GOAL_TEMPLATES } from './demo-goals.js';
import { buildMeetings } from './demo-meetings.js';
import type { DemoContext } from './demo-model.js';
import { DEMO_PROVIDERS, type DemoAuthorityKey, type DemoProviderKey } from './demo-organizations.js';
import { measureGoals, trendFor, type DemoCase, type DemoGoal } from './demo-progress.js';
import type { ContractSpec, OrderSpec } from './demo-scenarios.js';
import { CHANGE_NOTICES, DECLINE_REASONS, OUTCOME_COMMENTS, SERVICE_TEXTS, TERMINATION_REASONS } from './demo-texts.js';
import { at, earlier, inThePast, later } from './demo-time.js';

export interface CaseParties {
  citizen: Citizen;
  authority: DemoAuthorityKey;
  provider: DemoProviderKey;
  /** Days added to every date of the scenario, so that twin scenarios differ a little. */
  jitter: number;
}

const VAGUE_SUB_GOALS = ['Jeg skal have mere styr på tingene', 'Jeg skal blive bedre til det hele'] as const;
const REJECTION_COMMENT = 'Delmålet er for uklart: beskriv, hvad borgeren selv gør, og hvordan I ser, at det lykkes.';

/** An order from the authority to the provider: accepted (the basis of a contract), still waiting, or declined. `spec.sentDay` is final (jittered). */
export function buildOrder(ctx: DemoContext, parties: CaseParties, spec: OrderSpec, status: OrderStatus, goals: string[]): Order {
  const { rng, today } = ctx;
  const sentOn = inThePast(addDays(today, spec.sentDay), today);
  const decideBy = orderDecisionDueBy(sentOn);
  const decidedOn = status === OrderStatus.SENT ? null : inThePast(earlier(addDays(sentOn, rng.int(3, 20)), decideBy), today);
  const category = SERVICE_TYPES[spec.service].category;
  const order = Object.assign(new Order(), {
    rowId: rng.uuid(),
    version: 1,
    citizenId: parties.citizen.rowId,
    authorityId: ctx.organization(parties.authority).rowId,
    providerId: ctx.organization(parties.provider).rowId,
    assessment: SERVICE_TEXTS[category].assessment,
    services: [spec.service],
    goals,
    status,
    sentAt: at(sentOn, 8, rng.int(0, 59)),
    decideBy,
    decidedAt: decidedOn ? at(decidedOn, 9, rng.int(0, 59)) : null,
    declineReason: status === OrderStatus.DECLINED ? rng.pick(DECLINE_REASONS) : null,
    decidedById: decidedOn ? ctx.user(parties.provider, 'PROVIDER_MANAGER').rowId : null,
    createdAt: at(sentOn, 8),
  });
  ctx.data.orders.push(order);
  return order;
}

/** A contract with its order, goals, sub-goals, readings, meetings, status notes and document versions. */
export function buildCase(ctx: DemoContext, parties: CaseParties, spec: ContractSpec, caseNumber: number): Contract {
  const { rng, today } = ctx;
  const start = addDays(today, spec.startDay + parties.jitter);
  const end = spec.endDay === undefined ? null : addDays(today, spec.endDay + parties.jitter);
  const category = SERVICE_TYPES[spec.service].category;
  const texts = SERVICE_TEXTS[category];
  const templates = rng.sample(GOAL_TEMPLATES[category], spec.status === 'DRAFT' ? rng.int(1, 2) : rng.pick([1, 2, 2, 2, 3, 3]));
  const sentDay = daysBetween(today, start) - rng.int(35, 60);
  const order = buildOrder(ctx, parties, { service: spec.service, sentDay }, OrderStatus.ACCEPTED, templates.map((t) => t.title));
  const caseworker = ctx.user(parties.authority, 'CASEWORKER');
  const staff = ctx.user(parties.provider, 'PROVIDER_STAFF');
  const providerManager = ctx.user(parties.provider, 'PROVIDER_MANAGER');
  const provider = DEMO_PROVIDERS.find((p) => p.key === parties.provider)!;
  const createdOn = inThePast(addDays((order.decidedAt as string).slice(0, 10), 1), today);
  const themes = [...new Set([...templates.map((t) => t.lifeThemeKey), ...(rng.chance(0.6) ? [rng.pick(EXTRA_THEMES[category])] : [])])];
  const terminatedOn = spec.status === 'TERMINATED' && end ? addDays(end, -texts.noticePeriodDays) : null;
  const { citizen } = parties;

  const contract = Object.assign(new Contract(), {
    rowId: rng.uuid(),
    version: 1,
    documentVersion: 0,
    orderId: order.rowId,
    citizenId: citizen.rowId,
    authorityId: order.authorityId,
    providerId: order.providerId,
    serviceType: spec.service,
    status: spec.status as ContractStatus,
    startDate: start,
    assessmentTool: rng.chance(0.8) || spec.vum ? AssessmentTool.VUM : AssessmentTool.OTHER,
    lifeThemeKeys: themes,
    purpose: texts.purpose,
    goalRationale: texts.goalRationale,
    reportingForms: rng.pick([[ReportingForm.PROSE, ReportingForm.NUMBERS], [ReportingForm.PROSE, ReportingForm.NUMBERS], [ReportingForm.NUMBERS], [ReportingForm.PROSE]]),
    participants: [
      { name: citizen.name, role: 'borger', organization: null },
      ...(citizen.guardian ? [{ name: citizen.guardian, role: 'værge', organization: null }] : []),
      { name: caseworker.name, role: 'rådgiver', organization: ctx.organization(parties.authority).name },
      { name: staff.name, role: 'kontaktperson', organization: provider.name },
    ],
    nextFollowUpDate: null as IsoDate | null,
    priceAmount: rng.int(texts.price.min, texts.price.max),
    priceUnit: texts.price.unit,
    noticePeriodDays: texts.noticePeriodDays,
    dischargeCriteria: texts.dischargeCriteria,
    signatures: signatures(spec, start, createdOn, today, caseworker.name, providerManager.name),
    toBeSentToCitizen: false,
    endDate: end,
    terminationReason: spec.status === 'TERMINATED' ? rng.pick(TERMINATION_REASONS) : null,
    createdAt: at(createdOn, 13, rng.int(0, 59)),
  });
  ctx.data.contracts.push(contract);

  const demoCase: DemoCase = { contract, spec, start, end, terminatedOn, staff, caseworker, providerManager, meetingPlace: provider.meetingPlace, goals: [] };
  demoCase.goals = templates.map((template, index): DemoGoal => ({
    goal: Object.assign(new Goal(), {
      rowId: rng.uuid(),
      version: 1,
      contractId: contract.rowId,
      lifeThemeKey: template.lifeThemeKey,
      goalType: template.goalType,
      title: template.title,
      measurableCriterion: template.measurableCriterion,
      deadline: goalDeadline(start, end ?? today),
      priority: index + 1,
      status: GoalStatus.ACTIVE,
      outcomeComment: null,
      createdAt: contract.createdAt,
    }),
    template,
    trend: trendFor(rng, template.goalType),
    readings: [],
  }));
  ctx.data.goals.push(...demoCase.goals.map((g) => g.goal));
  if (spec.status === 'DRAFT') {
    contract.nextFollowUpDate = nextRegularFollowUp(spec.service, start);
    return contract;
  }

  buildSubGoals(ctx, demoCase);
  measureGoals(ctx, demoCase);
  const held = buildMeetings(ctx, demoCase);
  recordOutcomes(demoCase, today);
  planVersions(ctx, demoCase, held.map((m) => m.heldAt as string));
  if (spec.status === 'ACTIVE' && caseNumber % 5 === 1) reportChange(ctx, demoCase, caseNumber);
  return contract;
}

function signatures(spec: ContractSpec, start: IsoDate, createdOn: IsoDate, today: IsoDate, buyer: string, seller: string): Contract['signatures'] {
  const buyerOn = later(createdOn, inThePast(addDays(start, -7), today));
  const sellerOn = later(buyerOn, inThePast(addDays(start, -4), today));
  if (spec.status === 'DRAFT') return spec.buyerSigned ? [{ party: SignatureParty.BUYER, name: buyer, signedOn: buyerOn }] : [];
  return [
    { party: SignatureParty.BUYER, name: buyer, signedOn: buyerOn },
    { party: SignatureParty.SELLER, name: seller, signedOn: sellerOn },
  ];
}

/** Goals are reviewed about once a year: the deadline is the first anniversary of the start on or after `from`. */
function goalDeadline(start: IsoDate, from: IsoDate): IsoDate {
  let years = 1;
  while (addMonths(start, 12 * years) < from) years += 1;
  return addMonths(start, 12 * years);
}

/**
 * The provider proposes sub-goals within the first weeks; the authority approves them (rejecting a vague one now
 * and then) before the 3-month deadline, unless the scenario leaves them waiting (PENDING) or not yet proposed (NONE).
 */
function buildSubGoals(ctx: DemoContext, demoCase: DemoCase): void {
  const { rng, today } = ctx;
  const { spec, start } = demoCase;
  const young = today < subGoalsDueBy(start);
  const mode = spec.subGoals ?? (young ? 'PENDING' : 'APPROVED');
  if (mode === 'NONE') return;
  const finished = spec.status === 'ENDED';
  demoCase.goals.forEach((demoGoal, goalIndex) => {
    const proposedOn = inThePast(addDays(start, rng.int(10, 40)), today);
    const row = (title: string, method: string | null, approval: SubGoalApproval, status: SubGoalStatus, decidedOn: IsoDate | null, comment: string | null, proposed = proposedOn) =>
      Object.assign(new SubGoal(), {
        rowId: rng.uuid(),
        version: decidedOn ? 2 : 1,
        goalId: demoGoal.goal.rowId,
        title,
        method,
        status,
        approval,
        proposedAt: at(proposed, 11, rng.int(0, 59)),
        decidedAt: decidedOn ? at(decidedOn, 14, rng.int(0, 59)) : null,
        decisionComment: comment,
        proposedById: demoCase.staff.rowId,
        decidedById: decidedOn ? demoCase.caseworker.rowId : null,
        createdAt: at(proposed, 11),
      });
    if (mode === 'PENDING') {
      for (const sub of demoGoal.template.subGoals) ctx.data.subGoals.push(row(sub.title, sub.method, SubGoalApproval.PROPOSED, SubGoalStatus.OPEN, null, null));
      return;
    }
    const decidedOn = inThePast(addDays(proposedOn, rng.int(2, 25)), today);
    if (goalIndex === 0 && rng.chance(0.3)) {
      ctx.data.subGoals.push(row(rng.pick(VAGUE_SUB_GOALS), null, SubGoalApproval.REJECTED, SubGoalStatus.DROPPED, decidedOn, REJECTION_COMMENT));
    }
    for (const sub of demoGoal.template.subGoals) {
      const old = daysBetween(decidedOn, today) > 300;
      const status = finished ? (rng.chance(0.8) ? SubGoalStatus.DONE : SubGoalStatus.DROPPED) : old && rng.chance(0.4) ? SubGoalStatus.DONE : SubGoalStatus.OPEN;
      ctx.data.subGoals.push(row(sub.title, sub.method, SubGoalApproval.APPROVED, status, decidedOn, null));
    }
  });
}

/** Ended efforts record an outcome per goal; a terminated effort that has stopped discontinues its goals. */
function recordOutcomes(demoCase: DemoCase, today: IsoDate): void {
  const { spec, end } = demoCase;
  const stopped = end !== null && end < today;
  if (!stopped) return;
  for (const { goal, trend } of demoCase.goals) {
    if (spec.status === 'TERMINATED') goal.status = GoalStatus.DISCONTINUED;
    else if (trend === 'IMPROVE' || (trend === 'FLAT' && goal.goalType !== 'DEVELOP')) goal.status = GoalStatus.ACHIEVED;
    else goal.status = trend === 'FLAT' ? GoalStatus.PARTLY_ACHIEVED : GoalStatus.NOT_ACHIEVED;
    goal.outcomeComment = OUTCOME_COMMENTS[goal.status as keyof typeof OUTCOME_COMMENTS];
    goal.version = 2;
  }
}

/**
 * Version 1 at activation and one more per held follow-up meeting, as completeFollowUp makes them. Versions are
 * sent to the citizen a few days later; one made in the last two weeks is still to be sent.
 */
function planVersions(ctx: DemoContext, demoCase: DemoCase, heldAt: string[]): void {
  const { today } = ctx;
  const { contract } = demoCase;
  const sellerSigned = contract.signatures.find((s) => s.party === SignatureParty.SELLER)!.signedOn;
  const moments = [{ createdAt: at(sellerSigned, 14), reason: 'Aktiveret' }, ...heldAt.map((instant) => ({ createdAt: instant.replace(/T.*/, 'T11:00:00.000Z'), reason: `Opfølgning ${instant.slice(0, 10)}` }))];
  moments.forEach((moment, index) => {
    const sentOn = addDays(moment.createdAt.slice(0, 10), 3);
    const recent = daysBetween(moment.createdAt.slice(0, 10), today) <= 14;
    const sent = sentOn < today && !(recent && index === moments.length - 1);
    ctx.data.versions.push({ contractId: contract.rowId, number: index + 1, reason: moment.reason, createdAt: moment.createdAt, sentToCitizenAt: sent ? at(sentOn, 9) : null });
  });
  contract.version = moments.length + 1;
  contract.documentVersion = moments.length;
  contract.toBeSentToCitizen = ctx.data.versions[ctx.data.versions.length - 1].sentToCitizenAt === null;
}

/** A change notice from the provider, acknowledged by the authority more often than not. */
function reportChange(ctx: DemoContext, demoCase: DemoCase, caseNumber: number): void {
  const { rng, today } = ctx;
  const notice = CHANGE_NOTICES[caseNumber % CHANGE_NOTICES.length];
  const reportedOn = later(addDays(demoCase.start, 20), addDays(today, -rng.int(5, 90)));
  if (reportedOn >= today) return;
  const acknowledgedOn = addDays(reportedOn, rng.int(1, 4));
  const acknowledged = acknowledgedOn < today && rng.chance(0.6);
  ctx.data.changeNotices.push(
    Object.assign(new ChangeNotice(), {
      rowId: rng.uuid(),
      contractId: demoCase.contract.rowId,
      description: notice.description,
      consequences: notice.consequences,
      documentation: notice.documentation,
      reportedById: demoCase.staff.rowId,
      createdAt: at(reportedOn, 10, rng.int(0, 59)),
      acknowledgedAt: acknowledged ? at(acknowledgedOn, 8, rng.int(0, 59)) : null,
      acknowledgedById: acknowledged ? demoCase.caseworker.rowId : null,
    }),
  );
}
