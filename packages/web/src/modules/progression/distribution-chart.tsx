import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { OUTCOME_STROKE, OutcomePatterns, outcomeFill, type Outcome } from './chart-patterns.js';

export interface DistributionBar {
  key: string;
  label: string;
  /** Shares of the measured goals, 0-100. */
  improved: number;
  unchanged: number;
  declined: number;
}

const OUTCOMES: Outcome[] = ['improved', 'unchanged', 'declined'];
const BAR_HEIGHT = 34;

const shorten = (label: string) => (label.length > 30 ? `${label.slice(0, 29)}…` : label);

/**
 * Improved / unchanged / declined as 100 % stacked horizontal bars, one per group; the segments differ by
 * pattern as well as colour. recharts lives only in this lazily loaded chunk; the caller gives words and a table.
 */
export function DistributionChart({ bars, percentLabel }: { bars: readonly DistributionBar[]; percentLabel: (value: number) => string }) {
  const prefix = `dist${useId().replaceAll(':', '')}`;
  return (
    <BarChart
      data={bars.map((b) => ({ ...b, label: shorten(b.label) }))}
      layout="vertical"
      responsive
      style={{ width: '100%', height: bars.length * BAR_HEIGHT + 48 }}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      barCategoryGap={6}
      accessibilityLayer={false}
    >
      <OutcomePatterns prefix={prefix} />
      <CartesianGrid stroke="#dcdcdc" horizontal={false} />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={percentLabel} tick={{ fontSize: 12, fill: '#1a1a1a' }} stroke="#767676" />
      <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12, fill: '#1a1a1a' }} stroke="#767676" interval={0} />
      {OUTCOMES.map((outcome) => (
        <Bar key={outcome} dataKey={outcome} stackId="outcome" fill={outcomeFill(prefix, outcome)} stroke={OUTCOME_STROKE[outcome]} strokeWidth={1} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
