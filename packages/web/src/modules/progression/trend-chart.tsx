import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { SCALES } from '@treklang/schema';
import type { Scale } from '../../generated/graphql.js';
import { CHART_COLORS } from './chart-colors.js';

export interface TrendPoint {
  label: string;
  meanChange: number | null;
  meanLatest: number | null;
  meanBaseline: number | null;
}

export type TrendMeasure = 'change' | 'level';

function SquareDot({ cx, cy, index }: DotItemDotProps) {
  if (cx === undefined || cy === undefined) return null;
  return <rect key={`square-${index}`} x={Number(cx) - 4} y={Number(cy) - 4} width={8} height={8} fill="#ffffff" stroke={CHART_COLORS.baseline} strokeWidth={2} />;
}

const tick = { fontSize: 12, fill: '#1a1a1a' };

/**
 * Per quarter: the mean change (a zero line marks "no change"), or the mean latest reading against the mean
 * baseline (solid line and circles against dashed line and squares). Hidden quarters are gaps. recharts lives only
 * in this lazily loaded chunk; the caller gives words and a table.
 */
export function TrendChart({ points, measure, scale, formatNumber }: { points: readonly TrendPoint[]; measure: TrendMeasure; scale: Scale; formatNumber: (value: number) => string }) {
  const { min, max } = SCALES[scale];
  const changeLimit = Math.max(1, ...points.map((p) => Math.ceil(Math.abs(p.meanChange ?? 0))));
  return (
    <LineChart data={[...points]} responsive style={{ width: '100%', height: 300 }} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid stroke="#dcdcdc" strokeDasharray="3 3" />
      <XAxis dataKey="label" tick={tick} stroke="#767676" interval="preserveStartEnd" padding={{ left: 24, right: 24 }} />
      {measure === 'change' ? (
        <>
          <YAxis domain={[-changeLimit, changeLimit]} tickFormatter={formatNumber} tick={tick} stroke="#767676" width={56} />
          <ReferenceLine y={0} stroke="#1a1a1a" strokeWidth={1.5} />
          <Line dataKey="meanChange" stroke={CHART_COLORS.primary} strokeWidth={2.5} dot={{ r: 5, fill: CHART_COLORS.primary, stroke: '#ffffff' }} isAnimationActive={false} />
        </>
      ) : (
        <>
          <YAxis domain={[min, max]} allowDecimals={false} tick={tick} stroke="#767676" width={56} />
          <Line dataKey="meanBaseline" stroke={CHART_COLORS.baseline} strokeWidth={2} strokeDasharray="6 4" dot={SquareDot} isAnimationActive={false} />
          <Line dataKey="meanLatest" stroke={CHART_COLORS.primary} strokeWidth={2.5} dot={{ r: 5, fill: CHART_COLORS.primary, stroke: '#ffffff' }} isAnimationActive={false} />
        </>
      )}
    </LineChart>
  );
}
