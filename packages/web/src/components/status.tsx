import type { ErrorLike } from '@apollo/client';
import { useFailureMessage } from '../apollo/failure-message.js';
import { COMMON_TEXTS } from '../i18n/common-texts.js';
import { useTexts } from '../i18n/language.js';

export function Loading() {
  const t = useTexts(COMMON_TEXTS);
  return (
    <p className="loading" role="status" aria-live="polite">
      {t.loading}
    </p>
  );
}

/** A failed query or mutation, in words, with a retry when there is something to retry. */
export function ErrorAlert({ error, onRetry }: { error: ErrorLike | string; onRetry?: () => void }) {
  const t = useTexts(COMMON_TEXTS);
  const describe = useFailureMessage();
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{t.errorTitle}</p>
        <p className="alert-text">{typeof error === 'string' ? error : describe(error)}</p>
        {onRetry && (
          <button type="button" className="button button-secondary" onClick={onRetry}>
            {t.retry}
          </button>
        )}
      </div>
    </div>
  );
}

/** Business-rule errors of a mutation payload (userErrors), shown where the user acted. */
export function UserErrors({ errors }: { errors: readonly { message: string; code: string; field?: readonly string[] | null }[] | null | undefined }) {
  if (!errors?.length) return null;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <ul className="alert-text nobullet-list">
          {errors.map((e) => (
            <li key={`${e.code}:${e.field?.join('.') ?? ''}:${e.message}`} data-code={e.code}>
              {e.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
