import { useState } from 'react';
import { useNavigate } from 'react-router';
import { COMMON_TEXTS } from '../i18n/common-texts.js';
import { ScrollBox } from '../components/scroll-box.js';
import { useTexts, type Texts } from '../i18n/language.js';
import { DEMO_USERS } from './demo-users.js';
import { useSession } from './session.js';

const TEXTS: Texts<{ caption: string; intro: string; user: string; organization: string; role: string; login: string; failed: string }> = {
  da: {
    caption: 'Demobrugere',
    intro: 'Dette er demoudgaven med opdigtede borgere. Vælg en demobruger; i drift logger du ind via kommunens login (OpenID Connect).',
    user: 'Bruger',
    organization: 'Organisation',
    role: 'Rolle',
    login: 'Log ind som',
    failed: 'Login mislykkedes',
  },
  en: {
    caption: 'Demo users',
    intro: 'This is the demo with invented citizens. Pick a demo user; in production you log in through the municipality\'s login (OpenID Connect).',
    user: 'User',
    organization: 'Organisation',
    role: 'Role',
    login: 'Log in as',
    failed: 'Login failed',
  },
};

/** Demo mode's login: one button per demo user (POST /auth/demo-login). */
export function DemoUserPicker({ from }: { from: string }) {
  const t = useTexts(TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const { login } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function choose(email: string) {
    setBusy(email);
    setError(null);
    try {
      await login(email);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <p className="font-lead">{t.intro}</p>
      {error && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t.failed}</p>
            <p className="alert-text">{error}</p>
          </div>
        </div>
      )}
      <ScrollBox label={t.caption}>
        <table className="table table--compact">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.user}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.organization}</th>
            </tr>
          </thead>
          <tbody>
            {DEMO_USERS.map((user) => (
              <tr key={user.email}>
                <td>
                  <button type="button" className="button button-tertiary" disabled={busy !== null} onClick={() => choose(user.email)} data-email={user.email}>
                    <span className="sr-only">{t.login} </span>
                    {user.email}
                  </button>
                </td>
                <td>{common.roles[user.role]}</td>
                <td>{user.organization}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
