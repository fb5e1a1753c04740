import { CHART_COLORS } from './chart-colors.js';

export type Outcome = 'improved' | 'unchanged' | 'declined';

/**
 * Fills for improved / unchanged / declined that differ in pattern as well as colour: solid, dotted, hatched.
 * Put `<OutcomePatterns prefix=… />` inside an SVG (a recharts chart or a legend swatch) and fill with
 * `url(#prefix-outcome)`.
 */
export function OutcomePatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-improved`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={CHART_COLORS.improved} />
      </pattern>
      <pattern id={`${prefix}-unchanged`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#e3e3e3" />
        <circle cx="3" cy="3" r="1.4" fill={CHART_COLORS.baseline} />
      </pattern>
      <pattern id={`${prefix}-declined`} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="7" height="7" fill="#fde7d4" />
        <rect width="3" height="7" fill={CHART_COLORS.declined} />
      </pattern>
    </defs>
  );
}

export const outcomeFill = (prefix: string, outcome: Outcome) => `url(#${prefix}-${outcome})`;

/** The outline drawn around each segment so neighbours stay apart (3:1 against white and against each fill). */
export const OUTCOME_STROKE: Record<Outcome, string> = { improved: CHART_COLORS.improved, unchanged: CHART_COLORS.baseline, declined: CHART_COLORS.declined };
