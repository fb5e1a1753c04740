import { SERVICE_TYPES, VUM_LIFE_THEMES, type IsoDate, type ServiceTypeKey } from '@treklang/schema';
import type { Prng } from '../../seed/prng.js';
import { FIRST_NAMES, LAST_NAMES } from './danish-names.js';
import { addDays, addMonths, daysBetween, uuid } from './fast.js';
import type { AuthorityPlan, OrganizationsPlan, ProviderCategory, ProviderPlan } from './organizations.js';
import type { Row } from './tables.js';
import { weighted } from './weighted.js';

/*
 * One citizen's case history: 1-3 contracts over the last three years, 1-3 goals each with sub-goals,
 * a baseline and quarterly follow-up readings, follow-up meetings on the service type's interval and the
 * provider's status notes before them. Late and missed deadlines come in the shares below, which are
 * this generator's assumptions (the seeds give no national figures; Midtjylland's surveys say 3 in 4
 * providers deliver systematic progression data, so roughly a quarter of deliveries go wrong).
 */
export const SHARES = {
  /** Status notes: on time, late, never delivered (for meetings whose due date has passed). */
  statusNote: { onTime: 0.74, late: 0.18, missing: 0.08 },
  /** A goal's sub-goal approval (decided per contract, mostly): within 3 months of start, later, still awaiting, rejected. */
  subGoalApproval: { onTime: 0.62, late: 0.23, pending: 0.08, rejected: 0.07 },
  /** Past meetings: held on the scheduled day, held later, not (yet) held. */
  meeting: { onSchedule: 0.84, late: 0.09, notHeld: 0.07 },
  /** A quarterly reading that was skipped. */
  skippedReading: 0.1,
  missingBaseline: 0.04,
} as const;

export interface CaseRows {
  citizen: Row[];
  contract: Row[];
  goal: Row[];
  subGoal: Row[];
  meeting: Row[];
  statusNote: Row[];
  measurement: Row[];
}

export const emptyCaseRows = (): CaseRows => ({ citizen: [], contract: [], goal: [], subGoal: [], meeting: [], statusNote: [], measurement: [] });

export interface CaseContext {
  prng: Prng;
  plan: OrganizationsPlan;
  /** The day the dataset is "as of"; nothing happens after it except scheduled meetings. */
  today: IsoDate;
  /** CPR numbers already used (existing rows and those generated so far). */
  cprs: Set<string>;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const instant = (date: IsoDate, hour: number, minute = 0): string => `${date}T${pad(hour)}:${pad(minute)}:00.000Z`;
const between = (prng: Prng, from: IsoDate, to: IsoDate): IsoDate => (to <= from ? from : addDays(from, prng.int(0, daysBetween(from, to))));
const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(max, value));

const BIRTH_FROM = '1945-01-01';
const BIRTH_DAYS = daysBetween(BIRTH_FROM, '1999-12-31') + 1;

/** A unique CPR number for the n-th citizen (born 1945-1999, serials 0000-3999 so the century digit says 1900s). */
function cprFor(index: number, used: Set<string>): { cpr: string; birthDate: IsoDate } {
  const day = (index * 7919) % BIRTH_DAYS;
  const birthDate = addDays(BIRTH_FROM, day);
  const block = Math.floor(index / BIRTH_DAYS);
  for (let attempt = 0; attempt < 4000; attempt++) {
    const serial = (block + day * 13 + attempt) % 4000;
    const cpr = `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}-${pad(serial, 4)}`;
    if (!used.has(cpr)) {
      used.add(cpr);
      return { cpr, birthDate };
    }
  }
  throw new Error(`no free CPR number for birth date ${birthDate}`);
}

const contractCount = weighted([[1, 0.72], [2, 0.23], [3, 0.05]] as const);
const goalCount = weighted([[1, 0.3], [2, 0.45], [3, 0.25]] as const);
const subGoalCount = weighted([[1, 0.35], [2, 0.45], [3, 0.2]] as const);
const firstCategory = weighted<ProviderCategory>([['RESIDENTIAL', 0.45], ['FLOATING_SUPPORT', 0.4], ['DAY_OFFER', 0.15]]);
const laterCategory = weighted<ProviderCategory>([['RESIDENTIAL', 0.2], ['FLOATING_SUPPORT', 0.3], ['DAY_OFFER', 0.5]]);
const serviceTypeOf: Record<ProviderCategory, (prng: Prng) => ServiceTypeKey> = {
  RESIDENTIAL: weighted<ServiceTypeKey>([['SEL_108', 0.65], ['SEL_107', 0.35]]),
  FLOATING_SUPPORT: () => 'SEL_85',
  DAY_OFFER: weighted<ServiceTypeKey>([['SEL_104', 0.6], ['SEL_103', 0.4]]),
};
const THEME_WEIGHTS: Record<string, number> = {
  MENTAL_FUNCTIONS: 18, SOCIAL_CONDITIONS: 14, PRACTICAL_TASKS: 14, SELF_CARE: 10, RELATIONS: 10, COMMUNITY_LIFE: 9,
  HEALTH_CONDITIONS: 8, PHYSICAL_FUNCTIONS: 6, COMMUNICATION: 5, MOBILITY: 4, SURROUNDINGS: 2,
};
const themePick = weighted(VUM_LIFE_THEMES.map((t) => [t.key, THEME_WEIGHTS[t.key] ?? 1] as const));
const goalTypePick = weighted([['DEVELOP', 0.6], ['MAINTAIN', 0.3], ['LIMIT_LOSS', 0.1]] as const);
const scalesPick = weighted<readonly ('ONE_TO_TEN' | 'VUM_0_4')[]>([[['ONE_TO_TEN'], 0.8], [['VUM_0_4'], 0.15], [['ONE_TO_TEN', 'VUM_0_4'], 0.05]]);
/** Expected change per quarter on the 1-10 scale (higher is better) by goal type. */
const DRIFT: Record<string, number> = { DEVELOP: 0.28, MAINTAIN: 0.02, LIMIT_LOSS: -0.12 };

interface ContractFacts {
  id: string;
  citizenId: string;
  authority: AuthorityPlan;
  provider: ProviderPlan;
  serviceType: ServiceTypeKey;
  status: 'DRAFT' | 'ACTIVE' | 'ENDED' | 'TERMINATED';
  start: IsoDate;
  /** Last day of the effort, or null while it runs. */
  end: IsoDate | null;
}

function themeKeys(prng: Prng, count: number): string[] {
  const keys = new Set<string>();
  while (keys.size < count) keys.add(themePick(prng));
  return [...keys];
}

function goalStatus(prng: Prng, today: IsoDate, contract: ContractFacts, goalType: string, gain: number | null): string {
  const finished = contract.status === 'ENDED' || contract.status === 'TERMINATED';
  if (!finished) {
    if (prng.chance(0.04)) return 'DISCONTINUED';
    const longRunning = daysBetween(contract.start, today) > 365;
    const reached = goalType === 'DEVELOP' ? (gain ?? 0) >= 3 : (gain ?? -1) >= 0;
    return longRunning && reached && prng.chance(0.35) ? 'ACHIEVED' : 'ACTIVE';
  }
  const reached = goalType === 'DEVELOP' ? (gain ?? 0) >= 2 : (gain ?? -1) >= 0;
  if (reached && prng.chance(0.7)) return 'ACHIEVED';
  return prng.pick(['PARTLY_ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'DISCONTINUED']);
}

/** Baseline and quarterly readings; returns the gain on the 1-10 scale (better is positive), or null. */
function readings(ctx: CaseContext, out: CaseRows, contract: ContractFacts, goalId: string, goalType: string, scales: readonly string[]): number | null {
  const { prng } = ctx;
  const lastDay = minDate(contract.end ?? ctx.today, ctx.today);
  const drift = DRIFT[goalType] + contract.provider.effect;
  const start = 3 + prng.int(0, 4) + (goalType === 'DEVELOP' ? 0 : 1);
  let gain: number | null = null;
  for (const scale of scales) {
    const hasBaseline = !prng.chance(SHARES.missingBaseline);
    let first: number | null = null;
    let last: number | null = null;
    for (let quarter = 0; ; quarter++) {
      const date = addDays(addMonths(contract.start, quarter * 3), quarter === 0 ? prng.int(0, 14) : prng.int(-7, 7));
      if (date > lastDay) break;
      if (quarter === 0 && !hasBaseline) continue;
      if (quarter > 0 && prng.chance(SHARES.skippedReading)) continue;
      const level = start + drift * quarter + (prng.next() - 0.5) * 1.6;
      const value = scale === 'ONE_TO_TEN' ? clamp(Math.round(level), 1, 10) : clamp(Math.round((10 - level) / 2.2), 0, 4);
      if (quarter === 0) first = value;
      else last = value;
      out.measurement.push([
        uuid(prng), goalId, scale, value, date, quarter === 0 ? 'BASELINE' : 'FOLLOW_UP', null,
        contract.provider.staffId, null, instant(date, 10 + prng.int(0, 5), prng.int(0, 59)),
      ]);
    }
    if (gain === null && first !== null && last !== null) gain = scale === 'ONE_TO_TEN' ? last - first : first - last;
  }
  return gain;
}

/** Sub-goals proposed in the first weeks; the authority approves them in time, late, not yet, or rejects them. */
function subGoals(ctx: CaseContext, out: CaseRows, contract: ContractFacts, goalId: string, contractOutcome: number): void {
  const { prng, today } = ctx;
  const due = addMonths(contract.start, 3);
  // The authority mostly decides a contract's sub-goals together.
  const outcome = prng.chance(0.85) ? contractOutcome : prng.next();
  const s = SHARES.subGoalApproval;
  const proposedOn = addDays(contract.start, prng.int(7, 70));
  if (proposedOn > today) return;
  let approval: 'APPROVED' | 'PROPOSED' | 'REJECTED';
  let decidedOn: IsoDate | null;
  if (outcome < s.onTime) {
    approval = 'APPROVED';
    decidedOn = between(prng, addDays(proposedOn, 1), minDate(maxDate(due, addDays(proposedOn, 1)), today));
  } else if (outcome < s.onTime + s.late) {
    approval = 'APPROVED';
    decidedOn = between(prng, addDays(maxDate(due, proposedOn), 1), addDays(due, 90));
  } else if (outcome < s.onTime + s.late + s.pending) {
    approval = 'PROPOSED';
    decidedOn = null;
  } else {
    approval = 'REJECTED';
    decidedOn = between(prng, addDays(proposedOn, 1), addDays(proposedOn, 40));
  }
  if (decidedOn !== null && decidedOn > today) {
    approval = 'PROPOSED';
    decidedOn = null;
  }
  for (let n = subGoalCount(prng); n > 0; n--) {
    const proposedAt = instant(proposedOn, 9 + prng.int(0, 6), prng.int(0, 59));
    out.subGoal.push([
      uuid(prng), 1, goalId, `Delmål ${n}: jeg øver mig ugentligt sammen med min kontaktperson`, null, 'OPEN', approval, proposedAt,
      decidedOn === null ? null : instant(decidedOn, 11 + prng.int(0, 4), prng.int(0, 59)),
      approval === 'REJECTED' ? 'Delmålet skal gøres mere konkret' : null, contract.provider.staffId,
      decidedOn === null ? null : contract.authority.caseworkerId, proposedAt,
    ]);
  }
}

/** Meetings on the service type's interval (floating support: every 6 months), held or not, with the status notes before them. */
function meetings(ctx: CaseContext, out: CaseRows, contract: ContractFacts): { held: number; next: IsoDate | null } {
  const { prng, today } = ctx;
  const interval = SERVICE_TYPES[contract.serviceType].followUpIntervalMonths ?? 6;
  const lastDay = contract.end ?? addMonths(today, 6);
  const dates: { date: IsoDate; kind: string }[] = [];
  if (prng.chance(0.4)) dates.push({ date: addMonths(contract.start, 3), kind: 'EARLY' });
  for (let n = 1; ; n++) {
    const date = addMonths(contract.start, interval * n);
    if (date > lastDay) break;
    dates.push({ date, kind: 'REGULAR' });
  }
  let held = 0;
  let next: IsoDate | null = null;
  const m = SHARES.meeting;
  const s = SHARES.statusNote;
  for (const { date: planned, kind } of dates.filter((d) => d.date <= lastDay)) {
    const date = addDays(planned, prng.int(-10, 10));
    const meetingId = uuid(prng);
    const scheduledAt = instant(date, 7 + prng.int(0, 5), prng.pick([0, 15, 30, 45]));
    const statusDue = addDays(date, -14);
    let heldOn: IsoDate | null = null;
    if (date < today) {
      const roll = prng.next();
      if (roll < m.onSchedule) heldOn = date;
      else if (roll < m.onSchedule + m.late) heldOn = minDate(addDays(date, prng.int(1, 45)), addDays(today, -1));
    }
    if (heldOn !== null) held++;
    if (heldOn === null && date >= today && (next === null || date < next)) next = date;
    out.meeting.push([
      meetingId, 1, contract.id, kind, scheduledAt, addDays(date, -56), statusDue, 'Hos leverandøren', '["Status på indsatsmål","Videre forløb"]',
      '[{"name":"Borgeren","role":"borger"}]', heldOn === null ? null : instant(heldOn, 12, 0), heldOn === null ? null : 'Referat af mødet',
      heldOn === null ? null : 'CONTINUE', null, instant(addDays(date, -70), 9, 0),
    ]);
    // The written status: due 14 days before; on time, late, or missing once the due date has passed.
    let submittedOn: IsoDate | null = null;
    if (statusDue < today) {
      const roll = prng.next();
      if (roll < s.onTime) submittedOn = addDays(statusDue, -prng.int(0, 10));
      else if (roll < s.onTime + s.late) submittedOn = minDate(addDays(statusDue, prng.int(1, 13)), addDays(today, -1));
    } else if (daysBetween(today, statusDue) < 20 && prng.chance(0.3)) {
      submittedOn = addDays(today, -prng.int(0, 5));
    }
    if (submittedOn !== null) {
      const submittedAt = instant(submittedOn, 8 + prng.int(0, 7), prng.int(0, 59));
      out.statusNote.push([
        uuid(prng), 1, contract.id, meetingId, submittedAt, statusDue, submittedOn <= statusDue, true, null,
        'Borgeren arbejder stabilt med sine mål.', '[]', null, prng.chance(0.85) ? 'CONTINUE' : 'CHANGE', contract.provider.staffId, submittedAt,
      ]);
    }
  }
  return { held, next };
}

function contractRow(ctx: CaseContext, c: ContractFacts, themes: string[], held: number, next: IsoDate | null, createdAt: string): Row {
  const signed = c.status !== 'DRAFT';
  const signatures = signed
    ? JSON.stringify([{ party: 'BUYER', name: 'Sagsbehandler', signedOn: c.start }, { party: 'SELLER', name: 'Afdelingsleder', signedOn: c.start }])
    : '[]';
  const price = c.serviceType === 'SEL_85' ? ctx.prng.int(400, 900) * 1.0 : ctx.prng.int(1500, 4500) * 1.0;
  return [
    c.id, 1 + held, signed ? 1 + held : 0, null, c.citizenId, c.authority.id, c.provider.id, c.serviceType, c.status, c.start, 'VUM',
    JSON.stringify(themes), 'At borgeren bliver mere selvhjulpen', 'Borgeren har selv peget på målene', '["PROSE","NUMBERS"]',
    '[{"name":"Borgeren","role":"borger"}]', c.status === 'ACTIVE' ? next : null, price, c.serviceType === 'SEL_85' ? 'PER_HOUR' : 'PER_DAY', 30,
    'Borgeren kan klare hverdagen med let støtte', signatures, false, c.end, c.status === 'TERMINATED' ? 'Opsagt af myndigheden' : null, createdAt,
  ];
}

/** Generates the n-th citizen with their whole case history into `out`. */
export function generateCitizen(ctx: CaseContext, index: number, out: CaseRows): void {
  const { prng, plan, today } = ctx;
  const authority = plan.pickAuthority(prng);
  const citizenId = uuid(prng);
  const { cpr, birthDate } = cprFor(index, ctx.cprs);
  const windowStart = addMonths(today, -36);
  const starts = Array.from({ length: contractCount(prng) }, () => between(prng, windowStart, addDays(today, -7))).sort();
  const citizenCreated = instant(addDays(starts[0], -prng.int(20, 60)), 9, prng.int(0, 59));
  out.citizen.push([citizenId, 1, `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`, cpr, birthDate, null, null, null, null, authority.id, citizenCreated]);
  starts.forEach((start, n) => {
    const category = n === 0 ? firstCategory(prng) : laterCategory(prng);
    const recent = daysBetween(start, today) < 30;
    const roll = prng.next();
    const status = recent && roll < 0.3 ? 'DRAFT' : roll < 0.12 ? 'ENDED' : roll < 0.18 ? 'TERMINATED' : 'ACTIVE';
    const finished = status === 'ENDED' || status === 'TERMINATED';
    const monthsRun = Math.floor(daysBetween(start, today) / 30);
    const contract: ContractFacts = {
      id: uuid(prng), citizenId, authority, provider: plan.pickProvider(prng, category, authority.region), serviceType: serviceTypeOf[category](prng),
      status: finished && monthsRun < 4 ? 'ACTIVE' : status, start, end: null,
    };
    if (contract.status === 'ENDED' || contract.status === 'TERMINATED') contract.end = addMonths(start, prng.int(3, monthsRun));
    const createdAt = instant(addDays(start, -prng.int(5, 30)), 10, prng.int(0, 59));
    const themes = themeKeys(prng, goalCount(prng));
    const drafted = contract.status === 'DRAFT';
    const approvalOutcome = prng.next();
    const schedule = drafted ? { held: 0, next: null } : meetings(ctx, out, contract);
    out.contract.push(contractRow(ctx, contract, themes, schedule.held, schedule.next, createdAt));
    themes.forEach((theme, priority) => {
      const goalId = uuid(prng);
      const goalType = goalTypePick(prng);
      const gain = drafted ? null : readings(ctx, out, contract, goalId, goalType, scalesPick(prng));
      out.goal.push([
        goalId, 1, contract.id, theme, goalType, `Jeg vil blive bedre til det, der hører under ${theme.toLowerCase().replace(/_/g, ' ')}`,
        'Vurderes på skala ved hver opfølgning', addMonths(start, 12), priority + 1, drafted ? 'ACTIVE' : goalStatus(prng, today, contract, goalType, gain), null, createdAt,
      ]);
      if (!drafted) subGoals(ctx, out, contract, goalId, approvalOutcome);
    });
  });
}
