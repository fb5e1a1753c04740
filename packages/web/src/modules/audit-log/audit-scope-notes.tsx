import { useTexts } from '../../i18n/language.js';
import type { AuditLogView } from './audit-log-filter.js';
import { AUDIT_LOG_TEXTS } from './audit-log-texts.js';

/** "Viser kun poster for …" while the view is narrowed to one user or citizen (?user=, ?citizen=), each removable. */
export function AuditScopeNotes({ view, userName, onChange }: { view: AuditLogView; userName: string | null; onChange: (view: AuditLogView) => void }) {
  const t = useTexts(AUDIT_LOG_TEXTS);
  if (!view.user && !view.citizen) return null;
  return (
    <div className="audit-scope" role="status">
      {view.user && (
        <div className="audit-scope-note">
          <p>{userName ? t.onlyUser(userName) : t.onlyUserId(view.user)}</p>
          <button type="button" className="button button-secondary button-small" onClick={() => onChange({ ...view, user: null })}>
            {t.removeUser}
          </button>
        </div>
      )}
      {view.citizen && (
        <div className="audit-scope-note">
          <p>{t.onlyCitizen(view.citizen)}</p>
          <button type="button" className="button button-secondary button-small" onClick={() => onChange({ ...view, citizen: null })}>
            {t.removeCitizen}
          </button>
        </div>
      )}
    </div>
  );
}
