import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, type DotItemDotProps, type RadarPoint } from 'recharts';
import { SCALES } from '@treklang/schema';
import type { Scale } from '../../generated/graphql.js';
import { CHART_COLORS } from './chart-colors.js';
import type { RadarSpoke } from './radar-data.js';

/* A square marks the baseline, a circle the latest reading: shape and line style carry the meaning, not colour alone. */
function BaselineDot({ cx, cy, index, value }: DotItemDotProps) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return null;
  return <rect key={`baseline-${index}`} x={Number(cx) - 4} y={Number(cy) - 4} width={8} height={8} fill="#ffffff" stroke={CHART_COLORS.baseline} strokeWidth={2} />;
}

function LatestDot({ cx, cy, index, value }: DotItemDotProps) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return null;
  return <circle key={`latest-${index}`} cx={cx} cy={cy} r={5} fill={CHART_COLORS.primary} stroke="#ffffff" strokeWidth={1} />;
}

interface ShapeProps {
  points: readonly RadarPoint[];
  stroke?: string;
  strokeWidth?: number | string;
  strokeDasharray?: string;
  fill?: string;
  fillOpacity?: number | string;
}

/* recharts draws a missing value at the centre even with connectNulls; the polygon joins the themes that have a value. */
function MeasuredPolygon({ points, stroke, strokeWidth, strokeDasharray, fill, fillOpacity }: ShapeProps) {
  const measured = points.filter((p) => p.value !== null && p.value !== undefined);
  if (measured.length === 0) return <g />;
  const d = `${measured.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('')}Z`;
  return <path className="recharts-polygon" d={d} stroke={stroke} strokeWidth={strokeWidth} strokeDasharray={strokeDasharray} fill={fill} fillOpacity={fillOpacity} strokeLinejoin="round" />;
}

/**
 * The outcome star: one spoke per life theme, further out is better on both scales (VUM 0-4, where lower means
 * less limitation, is drawn reversed). recharts lives only in this lazily loaded chunk; the caller gives the
 * picture its words (role="img", a caption) and the same numbers as a table.
 */
export function CitizenRadarChartView({ spokes, scale }: { spokes: readonly RadarSpoke[]; scale: Scale }) {
  const { min, max, higherIsBetter } = SCALES[scale];
  // 1-10 starts from 0 at the centre so that a 1 stays visible as a point of its own; the axis lies between two spokes.
  const domain: [number, number] = scale === 'ONE_TO_TEN' ? [0, max] : [min, max];
  const ticks = scale === 'ONE_TO_TEN' ? [2, 4, 6, 8, 10] : [0, 1, 2, 3, 4];
  const axisAngle = 90 - 180 / Math.max(spokes.length, 3);
  const data = spokes.map((s) => ({ name: s.name, baseline: s.baseline, latest: s.latest }));
  return (
    <RadarChart data={data} responsive style={{ width: '100%', height: 440 }} outerRadius="74%" margin={{ top: 24, right: 56, bottom: 24, left: 56 }} accessibilityLayer={false}>
      <PolarGrid stroke="#b0b0b0" />
      <PolarAngleAxis dataKey="name" tick={{ fontSize: 12, fill: '#1a1a1a' }} />
      <PolarRadiusAxis domain={domain} ticks={ticks} reversed={!higherIsBetter} allowDecimals={false} angle={axisAngle} tick={{ fontSize: 11, fill: '#1a1a1a' }} stroke="#767676" />
      <Radar dataKey="baseline" stroke={CHART_COLORS.baseline} strokeWidth={2} strokeDasharray="6 4" fill={CHART_COLORS.baseline} fillOpacity={0.08} dot={BaselineDot} shape={MeasuredPolygon} isAnimationActive={false} />
      <Radar dataKey="latest" stroke={CHART_COLORS.primary} strokeWidth={2.5} fill={CHART_COLORS.primary} fillOpacity={0.18} dot={LatestDot} shape={MeasuredPolygon} isAnimationActive={false} />
    </RadarChart>
  );
}
