import { useEffect, useState } from 'react';
import { DEMO_USERS } from './demo-users.js';
import { TEXTS, type Language } from './texts.js';

const STORAGE_KEY = 'treklang.language';
const EXAMPLE_QUERY = '{ viewer { name } contracts(first: 5) { totalCount edges { node { status serviceType citizen { name } } } } }';

function initialLanguage(): Language {
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
}

export function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const t = TEXTS[language];
  const origin = window.location.origin;

  useEffect(() => {
    document.documentElement.lang = language;
    window.localStorage.setItem(STORAGE_KEY, language);
  }, [language]);

  return (
    <main>
      <header>
        <h1>Treklang</h1>
        <button type="button" lang={language === 'da' ? 'en' : 'da'} onClick={() => setLanguage(language === 'da' ? 'en' : 'da')}>
          {t.switchTo}
        </button>
      </header>
      <p className="lead">{t.lead}</p>
      <p className="note">{t.demoNote}</p>
      <ul className="links">
        <li><a href="/explorer">{t.explorer} (/explorer)</a></li>
        <li><a href="/graphql">{t.api} (/graphql)</a></li>
      </ul>

      <h2>{t.startTitle}</h2>
      <p>{t.startToken}</p>
      <pre>pnpm -s token caseworker@hjoerring.demo</pre>
      <p>{t.startExplorer}</p>
      <pre>{EXAMPLE_QUERY}</pre>
      <p>{t.startCurl}</p>
      <pre>{`TOKEN=$(pnpm -s token caseworker@hjoerring.demo)
curl -s ${origin}/graphql -H "Authorization: Bearer $TOKEN" \\
  -H 'content-type: application/json' \\
  -d '{"query":"${EXAMPLE_QUERY}"}'`}</pre>

      <h2>{t.usersTitle}</h2>
      <p>{t.usersIntro}</p>
      <table>
        <thead>
          <tr><th>{t.email}</th><th>{t.role}</th><th>{t.organization}</th></tr>
        </thead>
        <tbody>
          {DEMO_USERS.map((user) => (
            <tr key={user.email}>
              <td><code>{user.email}</code></td>
              <td>{t.roles[user.role]}</td>
              <td>{user.organization}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
