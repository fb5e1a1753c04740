import type { AutosaveState } from '../../forms/autosave-controller.js';
import { danishClock } from '../../i18n/danish-time.js';
import { useTexts } from '../../i18n/language.js';
import { FORMS_TEXTS } from './forms-texts.js';

/** "Gemt kl. 14:03" / "Gemmer…" / "Ikke gemt" with a retry, announced politely to screen readers. */
export function AutosaveStatus({ state, onRetry }: { state: AutosaveState; onRetry: () => void }) {
  const t = useTexts(FORMS_TEXTS).autosave;
  let text: string;
  switch (state.kind) {
    case 'idle':
      text = t.idle;
      break;
    case 'pending':
      text = t.pending;
      break;
    case 'saving':
      text = t.saving;
      break;
    case 'saved':
      text = t.savedAt(danishClock(state.at)) + (state.skipped > 0 ? t.skipped(state.skipped) : '');
      break;
    case 'conflict':
      text = t.conflict;
      break;
    case 'failed':
      text = t.failed;
      break;
  }
  const failed = state.kind === 'failed';
  return (
    <div className={`form-status-bar no-print${failed ? ' form-status-bar--failed' : ''}`} data-autosave={state.kind}>
      <p className="form-status-text" role="status" aria-live="polite">
        {text}
        {failed ? `${state.message ? `: ${state.message.replace(/\.$/, '')}` : ''}.` : ''}
        {(failed || state.kind === 'conflict') && <span className="form-status-note"> {t.keptLocally}</span>}
      </p>
      {failed && (
        <button type="button" className="button button-secondary button-small" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}
