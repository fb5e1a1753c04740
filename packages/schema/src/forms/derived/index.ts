import type { SmartAssessment } from '../../domain/smart.js';
import type { Answers, DerivedKey, FormDefinition } from '../types.js';
import { type ComplexityRecommendation, complexityRecommendation } from './complexity-recommendation.js';
import { type FollowUpDates, followUpDates } from './follow-up-dates.js';
import { goalSmartness } from './goal-smartness.js';

export * from './complexity-recommendation.js';
export * from './goal-smartness.js';
export * from './follow-up-dates.js';

/** What each derived function returns. */
export type DerivedValues = {
  complexityRecommendation: ComplexityRecommendation;
  goalSmartness: SmartAssessment[];
  followUpDates: FollowUpDates;
};

/** Reserved for values that depend on the day (none do yet); the server passes { today }. */
export interface DerivedContext {
  today?: string;
}

const FUNCTIONS: { [K in DerivedKey]: (answers: Answers | null, definition: FormDefinition) => DerivedValues[K] } = {
  complexityRecommendation: (answers, definition) => complexityRecommendation(answers, definition),
  goalSmartness: (answers) => goalSmartness(answers),
  followUpDates: (answers) => followUpDates(answers),
};

/**
 * Runs the definition's `derived` functions on the answers: one value per key it names ({} when it names
 * none). A key the engine does not know is left out; a function that fails gives null. Never throws.
 */
export function computeDerived(definition: FormDefinition, answers: unknown, _context?: DerivedContext): Partial<DerivedValues> {
  const result: Partial<Record<DerivedKey, unknown>> = {};
  try {
    const keys = definition && Array.isArray(definition.derived) ? definition.derived : [];
    const input = typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? (answers as Answers) : null;
    for (const key of keys) {
      if (typeof key !== 'string' || !Object.hasOwn(FUNCTIONS, key) || Object.hasOwn(result, key)) continue;
      try {
        result[key] = FUNCTIONS[key](input, definition);
      } catch {
        result[key] = null;
      }
    }
  } catch {
    // A definition that cannot be read has no derived values.
  }
  return result as Partial<DerivedValues>;
}
