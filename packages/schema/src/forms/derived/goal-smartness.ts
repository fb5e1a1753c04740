import { assessSmart, type SmartAssessment } from '../../domain/smart.js';
import { own } from '../answer-values.js';
import type { Answers } from '../types.js';

function text(entry: unknown, key: string): string | null {
  const value = own(entry, key);
  return typeof value === 'string' ? value : null;
}

/**
 * SMART completeness of each entry of the group `goals` (children lifeThemeKey, goalType, title,
 * measurableCriterion, deadline), one assessment per entry in order, by the same assessSmart the API uses.
 * An entry that is not an object lacks every part; no goals gives an empty list.
 */
export function goalSmartness(answers: Answers | null | undefined): SmartAssessment[] {
  const goals = own(answers, 'goals');
  if (!Array.isArray(goals)) return [];
  return goals.map((entry) =>
    assessSmart({
      title: text(entry, 'title'),
      measurableCriterion: text(entry, 'measurableCriterion'),
      goalType: text(entry, 'goalType'),
      lifeThemeKey: text(entry, 'lifeThemeKey'),
      deadline: text(entry, 'deadline'),
    }),
  );
}
