/** The SMART parts a goal must have: specific, measurable, achievable (agreed), relevant, time-bound. */
export type SmartPart = 'SPECIFIC' | 'MEASURABLE' | 'ACHIEVABLE' | 'RELEVANT' | 'TIME_BOUND';

export interface SmartInput {
  title?: string | null;
  measurableCriterion?: string | null;
  /** Whether the goal's type (develop, maintain, limit loss) is set: it states what is realistic. */
  goalType?: string | null;
  lifeThemeKey?: string | null;
  deadline?: string | null;
}

export interface SmartAssessment {
  complete: boolean;
  missing: SmartPart[];
}

const MIN_SPECIFIC_LENGTH = 10;

function filled(value: string | null | undefined, minLength = 1): boolean {
  return typeof value === 'string' && value.trim().length >= minLength;
}

/** Says which SMART parts a goal still lacks. Pure, so the form and the API give the same answer. */
export function assessSmart(goal: SmartInput): SmartAssessment {
  const missing: SmartPart[] = [];
  if (!filled(goal.title, MIN_SPECIFIC_LENGTH)) missing.push('SPECIFIC');
  if (!filled(goal.measurableCriterion)) missing.push('MEASURABLE');
  if (!filled(goal.goalType)) missing.push('ACHIEVABLE');
  if (!filled(goal.lifeThemeKey)) missing.push('RELEVANT');
  if (!filled(goal.deadline)) missing.push('TIME_BOUND');
  return { complete: missing.length === 0, missing };
}
