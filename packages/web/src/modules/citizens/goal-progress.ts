import type { MeasurementKind, Scale } from '../../generated/graphql.js';

export interface ReadingInput {
  id: string;
  kind: MeasurementKind;
  scale: Scale;
  value: number;
  measuredAt: string;
}

export interface ProgressPoint {
  id: string;
  date: string;
  value: number;
  kind: MeasurementKind;
}

export interface ProgressSeries {
  scale: Scale;
  points: ProgressPoint[];
  baseline: number | null;
  latest: number | null;
}

/**
 * The readings a goal's chart draws: one scale (the one with most readings, 1-10 on a tie, as progression
 * compares readings on the same scale only), by date, the baseline first on its day.
 */
export function progressSeries(readings: readonly ReadingInput[]): ProgressSeries | null {
  if (readings.length === 0) return null;
  const count = (scale: Scale) => readings.filter((r) => r.scale === scale).length;
  const scale: Scale = count('VUM_0_4') > count('ONE_TO_TEN') ? 'VUM_0_4' : 'ONE_TO_TEN';
  const points = readings
    .filter((r) => r.scale === scale)
    .map((r) => ({ id: r.id, date: r.measuredAt, value: r.value, kind: r.kind }))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'BASELINE' ? -1 : b.kind === 'BASELINE' ? 1 : 0));
  const baseline = points.find((p) => p.kind === 'BASELINE')?.value ?? null;
  const followUps = points.filter((p) => p.kind === 'FOLLOW_UP');
  return { scale, points, baseline, latest: followUps.at(-1)?.value ?? null };
}

export const SCALE_RANGE: Record<Scale, [number, number]> = { ONE_TO_TEN: [1, 10], VUM_0_4: [0, 4] };
