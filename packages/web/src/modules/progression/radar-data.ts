import { VUM_LIFE_THEMES } from '@treklang/schema';
import type { Scale } from '../../generated/graphql.js';
import type { Language } from '../../i18n/language.js';

export interface RadarReading {
  value: number;
}

export interface RadarGoal {
  status: string;
  lifeTheme: { key: string; name: string; nameEn: string } | null;
  readings: Record<Scale, { baseline: RadarReading | null; latest: RadarReading | null }>;
}

/** One spoke of the star: a life theme with the mean baseline and mean latest reading of its goals. */
export interface RadarSpoke {
  key: string;
  name: string;
  /** Goals in the theme behind the numbers. */
  goals: number;
  baseline: number | null;
  latest: number | null;
}

/** How many of the goals have a baseline on the scale. */
export function goalsOnScale(goals: readonly RadarGoal[], scale: Scale): number {
  return goals.filter((g) => g.status !== 'DISCONTINUED' && g.readings[scale].baseline !== null).length;
}

/** The scale to draw first: the one more goals are measured on, 1-10 on a tie (as the progression report). */
export function defaultScale(goals: readonly RadarGoal[]): Scale {
  return goalsOnScale(goals, 'VUM_0_4') > goalsOnScale(goals, 'ONE_TO_TEN') ? 'VUM_0_4' : 'ONE_TO_TEN';
}

const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * The star's spokes: every VUM life theme (the star's fixed frame), then any other theme the goals are in. A goal
 * counts once, its baseline against its latest follow-up, like the progression report; where no goal of a theme has
 * a follow-up yet, the spoke shows the baseline alone. Discontinued goals are left out.
 */
export function radarSpokes(goals: readonly RadarGoal[], scale: Scale, language: Language): RadarSpoke[] {
  const byTheme = new Map<string, RadarGoal[]>();
  for (const goal of goals) {
    if (!goal.lifeTheme || goal.status === 'DISCONTINUED' || goal.readings[scale].baseline === null) continue;
    byTheme.set(goal.lifeTheme.key, [...(byTheme.get(goal.lifeTheme.key) ?? []), goal]);
  }
  const frame = VUM_LIFE_THEMES.map((t) => ({ key: t.key, name: t.name[language] }));
  const others = goals
    .map((g) => g.lifeTheme)
    .filter((t): t is NonNullable<typeof t> => t !== null && !frame.some((f) => f.key === t.key))
    .map((t) => ({ key: t.key, name: language === 'da' ? t.name : t.nameEn }))
    .filter((t, index, all) => all.findIndex((o) => o.key === t.key) === index);

  return [...frame, ...others].map(({ key, name }) => {
    const inTheme = byTheme.get(key) ?? [];
    const measured = inTheme.filter((g) => g.readings[scale].latest !== null);
    const counted = measured.length > 0 ? measured : inTheme;
    return {
      key,
      name,
      goals: counted.length,
      baseline: mean(counted.map((g) => g.readings[scale].baseline!.value)),
      latest: mean(measured.map((g) => g.readings[scale].latest!.value)),
    };
  });
}
