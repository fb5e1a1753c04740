import { useId } from 'react';
import { OUTCOME_STROKE, OutcomePatterns, outcomeFill, type Outcome } from './chart-patterns.js';

export type Swatch = 'dashed-square' | 'solid-circle' | Outcome;

export interface LegendItem {
  key: string;
  label: string;
  swatch: Swatch;
  color?: string;
}

function SwatchIcon({ swatch, color = '#1a1a1a' }: { swatch: Swatch; color?: string }) {
  const prefix = useId().replaceAll(':', '');
  if (swatch === 'dashed-square' || swatch === 'solid-circle') {
    return (
      <svg className="legend-swatch" width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
        <line x1="1" y1="8" x2="35" y2="8" stroke={color} strokeWidth="2.5" strokeDasharray={swatch === 'dashed-square' ? '6 4' : undefined} />
        {swatch === 'dashed-square' ? <rect x="14" y="4" width="8" height="8" fill="#ffffff" stroke={color} strokeWidth="2" /> : <circle cx="18" cy="8" r="5" fill={color} />}
      </svg>
    );
  }
  return (
    <svg className="legend-swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      <OutcomePatterns prefix={prefix} />
      <rect x="1" y="1" width="26" height="14" fill={outcomeFill(prefix, swatch)} stroke={OUTCOME_STROKE[swatch]} strokeWidth="1.5" />
    </svg>
  );
}

/** A chart's legend in HTML: each series' marker (line style, shape, pattern) with its name in words. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="progression-legend nobullet-list">
      {items.map((item) => (
        <li key={item.key}>
          <SwatchIcon swatch={item.swatch} color={item.color} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
