import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { PageTitle } from '../components/page-title.js';
import { Loading } from '../components/status.js';
import { useLanguage, useTexts, type Texts } from '../i18n/language.js';
import { LoginErrorAlert } from './login-error-alert.js';
import { fetchLoginConfig } from './login-config.js';
import { asLoginError, LoginError } from './oidc/login-error.js';
import { completeOidcLogin, startOidcLogin, type CompletedLogin } from './oidc/oidc-login.js';
import { useSession } from './session.js';

const TEXTS: Texts<{ working: string; failed: string }> = {
  da: { working: 'Logger ind…', failed: 'Login mislykkedes' },
  en: { working: 'Logging in…', failed: 'Login failed' },
};

/** One completion per answer, also when React runs the effect twice (development's StrictMode). */
const completions = new Map<string, Promise<CompletedLogin>>();

function complete(search: string, language: string): Promise<CompletedLogin> {
  let completion = completions.get(search);
  if (!completion) {
    completion = fetchLoginConfig().then(
      (config) => (config.mode === 'oidc' ? completeOidcLogin(config, search, language) : { ok: false, error: new LoginError('provider', 'This server logs in with demo users.'), from: '/' }),
      (error: unknown) => ({ ok: false, error: asLoginError(error), from: '/' }),
    );
    completions.set(search, completion);
  }
  return completion;
}

/** /login/callback: where the provider sends the browser back with a code (or an error). */
export function LoginCallbackPage() {
  const t = useTexts(TEXTS);
  const { language } = useLanguage();
  const { adopt } = useSession();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [failure, setFailure] = useState<{ error: LoginError; from: string } | null>(null);
  const [retrying, setRetrying] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the answer is redeemed once, in the language of the moment
  useEffect(() => {
    let live = true;
    void complete(search, language).then(async (result) => {
      if (!live) return;
      completions.delete(search);
      if (!result.ok) {
        setFailure(result);
        return;
      }
      await adopt(result.session);
      navigate(result.from, { replace: true });
    });
    return () => {
      live = false;
    };
  }, [search]);

  async function retry() {
    if (!failure) return;
    setRetrying(true);
    try {
      const config = await fetchLoginConfig();
      if (config.mode === 'oidc') await startOidcLogin(config, failure.from, language);
      else await navigate('/login', { replace: true });
    } catch (e) {
      setFailure({ error: asLoginError(e), from: failure.from });
      setRetrying(false);
    }
  }

  if (!failure) {
    return (
      <>
        <PageTitle title={t.working} />
        <Loading />
      </>
    );
  }
  return (
    <>
      <PageTitle title={t.failed} />
      <LoginErrorAlert error={failure.error} onRetry={retry} busy={retrying} />
    </>
  );
}
