import { useLanguage, useTexts } from '../../i18n/language.js';
import { changeDirection, formatChange, heatLevel, SUPPRESSED_TEXT } from './progression-format.js';
import { OVERVIEW_TEXTS } from './progression-texts.js';
import type { MatrixCell } from './theme-matrix.js';

const GLYPH = { better: '▲', same: '●', worse: '▼' } as const;

/**
 * One cell of the overview: the signed mean change with an arrow (better / same / worse for the citizen, so on
 * VUM 0-4 a fall is "better") and the number of measured goals; the cell's shade repeats what the arrow says.
 */
export function HeatCell({ cell, higherIsBetter }: { cell: MatrixCell; higherIsBetter: boolean }) {
  const t = useTexts(OVERVIEW_TEXTS);
  const { language } = useLanguage();
  if (cell.kind === 'suppressed') return <span className="heat heat-suppressed">{SUPPRESSED_TEXT[language]}</span>;
  if (cell.kind === 'none' || cell.change === null) {
    return (
      <span className="heat heat-none">
        <span aria-hidden="true">–</span>
        <span className="sr-only">{cell.kind === 'none' ? t.noGoals : t.noMeasured}</span>
      </span>
    );
  }
  const direction = changeDirection(cell.change, higherIsBetter);
  return (
    <span className="heat" data-heat={heatLevel(cell.change, higherIsBetter)}>
      <span className="heat-value">
        <span aria-hidden="true" className="heat-glyph">
          {GLYPH[direction]}
        </span>{' '}
        {formatChange(cell.change, language)}
        <span className="sr-only"> ({t.direction[direction]})</span>
      </span>
      <span className="heat-count">{t.measuredGoals(cell.measured)}</span>
    </span>
  );
}

/** What the shades and arrows mean. */
export function HeatLegend() {
  const t = useTexts(OVERVIEW_TEXTS);
  const { language } = useLanguage();
  const items: { level: string; glyph: string; label: string }[] = [
    { level: '2', glyph: GLYPH.better, label: t.legend.muchBetter },
    { level: '1', glyph: GLYPH.better, label: t.legend.better },
    { level: '0', glyph: GLYPH.same, label: t.legend.same },
    { level: '-1', glyph: GLYPH.worse, label: t.legend.worse },
    { level: '-2', glyph: GLYPH.worse, label: t.legend.muchWorse },
  ];
  return (
    <ul className="heat-legend nobullet-list">
      {items.map((item) => (
        <li key={item.level}>
          <span className="heat heat-swatch" data-heat={item.level} aria-hidden="true">
            {item.glyph}
          </span>
          {item.label}
        </li>
      ))}
      <li>
        <span className="heat heat-swatch heat-suppressed" aria-hidden="true">
          {'<5'}
        </span>
        {t.legend.suppressed(SUPPRESSED_TEXT[language])}
      </li>
    </ul>
  );
}
