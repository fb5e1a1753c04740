import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTexts, type Texts } from '../../i18n/language.js';

/** Rows a long table shows until "show all"; the CSS rule `.collapsed-rows` hides the rest (the total row stays). */
export const SHOWN_ROWS = 25;

const TEXTS: Texts<{ shown: (shown: number, total: number) => string; showAll: (total: number) => string; showFewer: string }> = {
  da: { shown: (shown, total) => `Viser ${shown} af ${total} rækker. CSV-eksporten har dem alle.`, showAll: (total) => `Vis alle ${total} rækker`, showFewer: `Vis kun de første ${SHOWN_ROWS}` },
  en: { shown: (shown, total) => `Showing ${shown} of ${total} rows. The CSV export has them all.`, showAll: (total) => `Show all ${total} rows`, showFewer: `Show only the first ${SHOWN_ROWS}` },
};

/**
 * Wraps a DataTable that may be wider than the screen or very long (hundreds of providers). While its scroll box
 * overflows, the box joins the tab order as a named region, so it can be scrolled with the keyboard (WCAG 2.1.1).
 * With `rowCount` above SHOWN_ROWS (not counting a last total row, `withTotal`), the rest fold away behind a button.
 */
export function ScrollableTable({ label, className, children, rowCount = 0, withTotal = false }: { label: string; className?: string; children: ReactNode; rowCount?: number; withTotal?: boolean }) {
  const t = useTexts(TEXTS);
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const groups = withTotal ? rowCount - 1 : rowCount;
  const long = groups > SHOWN_ROWS;
  useEffect(() => {
    const box = ref.current?.querySelector<HTMLElement>('.table--responsive-scroll');
    if (!box) return;
    const update = () => {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', label);
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    const table = box.querySelector('table');
    if (table) observer.observe(table);
    return () => observer.disconnect();
  });
  const classes = [className, long && !expanded ? (withTotal ? 'collapsed-rows collapsed-rows-total' : 'collapsed-rows') : null].filter(Boolean).join(' ');
  return (
    <>
      <div ref={ref} id={id} className={classes || undefined}>
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
