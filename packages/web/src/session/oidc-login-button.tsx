import { useState } from 'react';
import { useLanguage, useTexts, type Texts } from '../i18n/language.js';
import { LoginErrorAlert } from './login-error-alert.js';
import type { OidcLoginConfig } from './login-config.js';
import { asLoginError, type LoginError } from './oidc/login-error.js';
import { startOidcLogin } from './oidc/oidc-login.js';

const TEXTS: Texts<{ intro: string; login: string; redirecting: string }> = {
  da: {
    intro: 'Du logger ind med din organisations login. Du sendes videre til login-siden og kommer tilbage hertil bagefter.',
    login: 'Log ind',
    redirecting: 'Sender dig videre til login…',
  },
  en: {
    intro: "You log in with your organisation's login. You are sent on to its login page and come back here afterwards.",
    login: 'Log in',
    redirecting: 'Sending you on to the login…',
  },
};

/** Production's login: one button that sends the browser to the OpenID Connect provider. */
export function OidcLoginButton({ config, from }: { config: OidcLoginConfig; from: string }) {
  const t = useTexts(TEXTS);
  const { language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      // On success the browser leaves this page.
      await startOidcLogin(config, from, language);
    } catch (e) {
      setError(asLoginError(e));
      setBusy(false);
    }
  }

  return (
    <>
      <p className="font-lead">{t.intro}</p>
      {error ? (
        <LoginErrorAlert error={error} onRetry={start} busy={busy} />
      ) : (
        <button type="button" className="button button-primary" onClick={start} disabled={busy}>
          {t.login}
        </button>
      )}
      <p className="loading" role="status" aria-live="polite">
        {busy ? t.redirecting : null}
      </p>
    </>
  );
}
