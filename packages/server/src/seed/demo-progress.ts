import { addMonths, type GoalTypeKey, type IsoDate } from '@treklang/schema';
import type { Contract } from '../modules/contracts/contract.entity.js';
import type { Goal } from '../modules/goals/goal.entity.js';
import { Measurement, MeasurementKind } from '../modules/measurements/measurement.entity.js';
import type { User } from '../modules/users/user.entity.js';
import type { GoalTemplate } from './demo-goals.js';
import type { DemoContext } from './demo-model.js';
import type { ContractSpec } from './demo-scenarios.js';
import { at } from './demo-time.js';
import type { Prng } from './prng.js';

/** Where a goal is heading over the readings. */
export type Trend = 'IMPROVE' | 'FLAT' | 'DECLINE';

/** One contract while it is being built, with what the progress generators need. */
export interface DemoCase {
  contract: Contract;
  spec: ContractSpec;
  start: IsoDate;
  /** The last day of the effort (TERMINATED, ENDED), else null. */
  end: IsoDate | null;
  /** TERMINATED: the day notice was given. */
  terminatedOn: IsoDate | null;
  staff: User;
  caseworker: User;
  providerManager: User;
  meetingPlace: string;
  goals: DemoGoal[];
}

export interface DemoGoal {
  goal: Goal;
  template: GoalTemplate;
  trend: Trend;
  /** ONE_TO_TEN readings in date order, the first the BASELINE. */
  readings: Measurement[];
}

const TREND_WEIGHTS: Record<GoalTypeKey, readonly Trend[]> = {
  DEVELOP: ['IMPROVE', 'IMPROVE', 'IMPROVE', 'IMPROVE', 'FLAT', 'FLAT', 'DECLINE'],
  MAINTAIN: ['FLAT', 'FLAT', 'FLAT', 'IMPROVE', 'DECLINE'],
  LIMIT_LOSS: ['DECLINE', 'DECLINE', 'FLAT', 'FLAT', 'IMPROVE'],
};

export function trendFor(rng: Prng, goalType: GoalTypeKey): Trend {
  return rng.pick(TREND_WEIGHTS[goalType]);
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** The day after which no more readings are taken: today, or the end of a terminated or ended effort. */
function readingsStop(demoCase: DemoCase, today: IsoDate): IsoDate {
  return demoCase.end !== null && demoCase.end < today ? demoCase.end : today;
}

function reading(ctx: DemoContext, demoCase: DemoCase, goal: Goal, scale: 'ONE_TO_TEN' | 'VUM_0_4', value: number, date: IsoDate, kind: MeasurementKind, comment: string | null): Measurement {
  return Object.assign(new Measurement(), {
    rowId: ctx.rng.uuid(),
    goalId: goal.rowId,
    scale,
    value,
    measuredAt: date,
    kind,
    comment,
    recordedById: demoCase.staff.rowId,
    statusNoteId: null,
    createdAt: at(date, 13, ctx.rng.int(0, 59)),
  });
}

/**
 * Quarterly ONE_TO_TEN readings from the start (the BASELINE) to today or the end of the effort, following the
 * goal's trend with some noise; and, for contracts measured with VUM, half-yearly VUM 0-4 levels of the first goal.
 */
export function measureGoals(ctx: DemoContext, demoCase: DemoCase): void {
  const { rng, today } = ctx;
  const stop = readingsStop(demoCase, today);
  demoCase.goals.forEach((demoGoal, index) => {
    const baseline = rng.int(2, 6);
    const slope = demoGoal.trend === 'IMPROVE' ? 0.25 + rng.next() * 0.2 : demoGoal.trend === 'DECLINE' ? -(0.2 + rng.next() * 0.15) : 0;
    for (let quarter = 0; ; quarter += 1) {
      const date = addMonths(demoCase.start, quarter * 3);
      if (date >= stop) break;
      const noise = quarter === 0 ? 0 : rng.pick([-1, 0, 0, 0, 0, 1]);
      const value = clamp(Math.round(baseline + slope * quarter + noise), 1, 10);
      const kind = quarter === 0 ? MeasurementKind.BASELINE : MeasurementKind.FOLLOW_UP;
      const comment = quarter === 0 ? 'Vurderet sammen med borgeren ved opstart.' : rng.chance(0.15) ? 'Borgeren vurderede selv sin situation på skalaen.' : null;
      demoGoal.readings.push(reading(ctx, demoCase, demoGoal.goal, 'ONE_TO_TEN', value, date, kind, comment));
    }
    ctx.data.measurements.push(...demoGoal.readings);
    if (index === 0 && demoCase.spec.vum) measureVum(ctx, demoCase, demoGoal, stop);
  });
}

/** VUM functional level 0-4 (lower is better) every six months. */
function measureVum(ctx: DemoContext, demoCase: DemoCase, demoGoal: DemoGoal, stop: IsoDate): void {
  const baseline = ctx.rng.int(2, 3);
  const step = demoGoal.trend === 'IMPROVE' ? -1 : demoGoal.trend === 'DECLINE' ? 1 : 0;
  for (let half = 0; ; half += 1) {
    const date = addMonths(demoCase.start, half * 6);
    if (date >= stop) break;
    const value = clamp(baseline + (half >= 2 ? step : 0), 0, 4);
    const kind = half === 0 ? MeasurementKind.BASELINE : MeasurementKind.FOLLOW_UP;
    ctx.data.measurements.push(reading(ctx, demoCase, demoGoal.goal, 'VUM_0_4', value, date, kind, half === 0 ? 'Funktionsevneniveau fra VUM-udredningen.' : null));
  }
}

/** The latest ONE_TO_TEN reading on or before a date. */
export function latestReading(demoGoal: DemoGoal, onOrBefore: IsoDate): Measurement | null {
  let latest: Measurement | null = null;
  for (const candidate of demoGoal.readings) if (candidate.measuredAt <= onOrBefore) latest = candidate;
  return latest;
}
