import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { PageTitle } from '../components/page-title.js';
import { Loading } from '../components/status.js';
import { useTexts, type Texts } from '../i18n/language.js';
import { DemoUserPicker } from './demo-user-picker.js';
import { LoginErrorAlert } from './login-error-alert.js';
import { fetchLoginConfig, type LoginConfig } from './login-config.js';
import { asLoginError, type LoginError } from './oidc/login-error.js';
import { OidcLoginButton } from './oidc-login-button.js';
import { useSession } from './session.js';

const TEXTS: Texts<{ title: string; expiredHeading: string; expiredText: string }> = {
  da: {
    title: 'Log ind',
    expiredHeading: 'Din session er udløbet',
    expiredText: 'Log ind igen for at fortsætte. Bagefter kommer du tilbage til den side, du var på.',
  },
  en: {
    title: 'Log in',
    expiredHeading: 'Your session has expired',
    expiredText: 'Log in again to continue. Afterwards you return to the page you were on.',
  },
};

/** The demo-user picker or the provider's login button, as the server says (GET /auth/config). */
export function LoginPage() {
  const t = useTexts(TEXTS);
  const { expired } = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [config, setConfig] = useState<LoginConfig | null>(null);
  const [error, setError] = useState<LoginError | null>(null);

  const load = useCallback(() => {
    setError(null);
    fetchLoginConfig().then(setConfig, (e: unknown) => setError(asLoginError(e)));
  }, []);
  useEffect(load, [load]);

  return (
    <>
      <PageTitle title={t.title} />
      {expired && (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-heading">{t.expiredHeading}</p>
            <p className="alert-text">{t.expiredText}</p>
          </div>
        </div>
      )}
      {error ? (
        <LoginErrorAlert error={error} onRetry={load} />
      ) : !config ? (
        <Loading />
      ) : config.mode === 'oidc' ? (
        <OidcLoginButton config={config} from={from} />
      ) : (
        <DemoUserPicker from={from} />
      )}
    </>
  );
}
