import { useFailureMessage } from '../apollo/failure-message.js';
import { useTexts } from '../i18n/language.js';
import { LOAD_MORE_TEXTS } from './load-more-texts.js';
import './load-more.css';

interface LoadMoreProps {
  shown: number;
  total: number | null;
  hasMore: boolean;
  loading: boolean;
  /** Why the last "Vis flere" brought nothing; the button stays for another try. */
  failure?: { error: unknown } | null;
  onMore: () => void;
}

/** "Viser 20 af 57" ("Viser 20" while the total is not known yet), a "Vis flere" button while more pages follow, and why the last page did not come. */
export function LoadMore({ shown, total, hasMore, loading, failure = null, onMore }: LoadMoreProps) {
  const t = useTexts(LOAD_MORE_TEXTS);
  const describe = useFailureMessage();
  return (
    <div className="load-more no-print">
      <div className="cluster">
        <p className="muted" aria-live="polite">
          {t.shown(shown, total)}
        </p>
        {hasMore && (
          <button type="button" className="button button-secondary" onClick={onMore} disabled={loading} aria-busy={loading}>
            {t.more}
          </button>
        )}
      </div>
      {failure && (
        <span className="form-error-message load-more-error" role="alert">
          {t.failed(describe(failure.error))}
        </span>
      )}
    </div>
  );
}
