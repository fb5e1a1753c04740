import { useTexts, type Texts } from '../i18n/language.js';
import type { LoginError } from './oidc/login-error.js';
import { LOGIN_ERROR_TEXTS } from './oidc/login-error-texts.js';

const TEXTS: Texts<{ details: string; tryAgain: string }> = {
  da: { details: 'Teknisk besked', tryAgain: 'Prøv igen' },
  en: { details: 'Technical message', tryAgain: 'Try again' },
};

/** A failed login in words, the provider's or server's own message beneath it, and a way to try again. */
export function LoginErrorAlert({ error, onRetry, busy = false }: { error: LoginError; onRetry: () => void; busy?: boolean }) {
  const t = useTexts(TEXTS);
  const explained = useTexts(LOGIN_ERROR_TEXTS)[error.code];
  return (
    <div className="alert alert-error" role="alert" data-login-error={error.code}>
      <div className="alert-body">
        <p className="alert-heading">{explained.heading}</p>
        <p className="alert-text">{explained.text}</p>
        {error.detail && (
          <p className="alert-text muted mt-3">
            {t.details}: <span lang="en">{error.detail}</span>
          </p>
        )}
        <button type="button" className="button button-primary mt-4" onClick={onRetry} disabled={busy}>
          {t.tryAgain}
        </button>
      </div>
    </div>
  );
}
