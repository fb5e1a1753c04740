import type { Texts } from '../i18n/language.js';
import { useTexts } from '../i18n/language.js';

interface Page<Edge> {
  totalCount?: number;
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Appends the next page of a Relay connection to the one already shown (fetchMore's updateQuery). */
export function appendPage<Edge, P extends Page<Edge>>(previous: P, next: P): P {
  return { ...next, edges: [...previous.edges, ...next.edges] };
}

const TEXTS: Texts<{ more: string; shown: (shown: number, total: number | null) => string }> = {
  da: { more: 'Vis flere', shown: (shown, total) => (total === null ? `Viser ${shown}` : `Viser ${shown} af ${total}`) },
  en: { more: 'Show more', shown: (shown, total) => (total === null ? `Showing ${shown}` : `Showing ${shown} of ${total}`) },
};

/** "Viser 20 af 57" ("Viser 20" while the total is not known yet) and a "Vis flere" button while more pages follow. */
export function LoadMore({ shown, total, hasMore, loading, onMore }: { shown: number; total: number | null; hasMore: boolean; loading: boolean; onMore: () => void }) {
  const t = useTexts(TEXTS);
  return (
    <div className="cluster load-more no-print">
      <p className="muted" aria-live="polite">
        {t.shown(shown, total)}
      </p>
      {hasMore && (
        <button type="button" className="button button-secondary" onClick={onMore} disabled={loading} aria-busy={loading}>
          {t.more}
        </button>
      )}
    </div>
  );
}
