import { useId, useState, type ReactNode } from 'react';
import { useTexts, type Texts } from '../../i18n/language.js';

/** Rows a long table shows until "show all"; the CSS rule `.collapsed-rows` hides the rest (the total row stays). */
export const SHOWN_ROWS = 25;

const TEXTS: Texts<{ shown: (shown: number, total: number) => string; showAll: (total: number) => string; showFewer: string }> = {
  da: { shown: (shown, total) => `Viser ${shown} af ${total} rækker. CSV-eksporten har dem alle.`, showAll: (total) => `Vis alle ${total} rækker`, showFewer: `Vis kun de første ${SHOWN_ROWS}` },
  en: { shown: (shown, total) => `Showing ${shown} of ${total} rows. The CSV export has them all.`, showAll: (total) => `Show all ${total} rows`, showFewer: `Show only the first ${SHOWN_ROWS}` },
};

/**
 * Wraps a DataTable that may be very long (hundreds of providers); DataTable's own ScrollBox makes a wide one
 * scrollable by keyboard. With `rowCount` above SHOWN_ROWS (not counting a last total row, `withTotal`), the rest
 * fold away behind a button.
 */
export function ScrollableTable({ className, children, rowCount = 0, withTotal = false }: { className?: string; children: ReactNode; rowCount?: number; withTotal?: boolean }) {
  const t = useTexts(TEXTS);
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const groups = withTotal ? rowCount - 1 : rowCount;
  const long = groups > SHOWN_ROWS;
  const classes = [className, long && !expanded ? (withTotal ? 'collapsed-rows collapsed-rows-total' : 'collapsed-rows') : null].filter(Boolean).join(' ');
  return (
    <>
      <div id={id} className={classes || undefined}>
        {children}
      </div>
      {long && (
        <div className="cluster long-table-toggle">
          <p className="muted" aria-live="polite">
            {t.shown(expanded ? groups : SHOWN_ROWS, groups)}
          </p>
          <button type="button" className="button button-secondary no-print" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded((e) => !e)}>
            {expanded ? t.showFewer : t.showAll(groups)}
          </button>
        </div>
      )}
    </>
  );
}
