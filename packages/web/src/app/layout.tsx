import { Link, NavLink, Outlet } from 'react-router';
import { COMMON_TEXTS } from '../i18n/common-texts.js';
import { useLanguage, useTexts } from '../i18n/language.js';
import { useSession } from '../session/session.js';
import { navigationFor } from './navigation.js';

/** Det Fælles Designsystem's frame: skip link, header with the solution name, main menu, content, footer. */
export function Layout() {
  const t = useTexts(COMMON_TEXTS);
  const { language, setLanguage } = useLanguage();
  const { viewer, logout, loggingOut } = useSession();
  const items = viewer ? navigationFor(viewer.role, viewer.organization.kind) : [];

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t.skipToContent}
      </a>
      <header className="header app-header">
        <div className="container app-header-inner">
          <Link to="/" className="app-logo">
            {t.appName}
          </Link>
          <div className="app-header-tools">
            {viewer && (
              <p className="app-viewer">
                <span className="sr-only">{t.loggedInAs} </span>
                <strong>{viewer.name}</strong>
                <span className="app-viewer-org">
                  {t.roles[viewer.role]}, {viewer.organization.name}
                </span>
              </p>
            )}
            <button type="button" className="button button-tertiary" lang={language === 'da' ? 'en' : 'da'} aria-label={t.switchLanguageLabel} onClick={() => setLanguage(language === 'da' ? 'en' : 'da')}>
              {t.switchLanguage}
            </button>
            {viewer && (
              <button type="button" className="button button-secondary" disabled={loggingOut} aria-busy={loggingOut} onClick={() => void logout()}>
                {loggingOut ? t.loggingOut : t.logout}
              </button>
            )}
          </div>
        </div>
        {items.length > 0 && (
          <nav className="navigation-menu app-nav" aria-label={t.mainNavigation}>
            <div className="container">
              <ul className="mainmenu">
                {items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.to === '/'} className={({ isActive }) => (isActive ? 'current' : undefined)}>
                      {t.nav[item.label]}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        )}
      </header>
      <main id="main-content" className="container app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer app-footer">
        <div className="container">
          <ul className="footer-links app-footer-links">
            <li>
              <Link to="/accessibility">{t.accessibilityStatement}</Link>
            </li>
            <li>
              <a href="/explorer">{t.explorer}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
