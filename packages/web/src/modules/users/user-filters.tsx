import { useState, type FormEvent } from 'react';
import type { Role } from '../../generated/graphql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { useTexts } from '../../i18n/language.js';
import { USERS_TEXTS } from './users-texts.js';

export interface UserFilterValues {
  role: string;
  lockedOnly: boolean;
}

/**
 * The users page's filters, applied with the button. The page gives it a key from the URL, so back and forward
 * (which change the URL, and with it the list) also reset what the form shows.
 */
export function UserFilters({ initial, roleOptions, onApply }: { initial: UserFilterValues; roleOptions: readonly string[]; onApply: (values: UserFilterValues) => void }) {
  const t = useTexts(USERS_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const [chosen, setChosen] = useState(initial);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(chosen);
  };
  return (
    <form className="user-filters" onSubmit={apply} aria-label={t.filters}>
      <div className="cluster">
        <div className="form-group">
          <label className="form-label" htmlFor="users-role">
            {t.role}
          </label>
          <select className="form-select" id="users-role" value={chosen.role} onChange={(e) => setChosen((c) => ({ ...c, role: e.target.value }))}>
            <option value="">{t.allRoles}</option>
            {roleOptions.map((r) => (
              <option key={r} value={r}>
                {common.roles[r as Role]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="users-locked" checked={chosen.lockedOnly} onChange={(e) => setChosen((c) => ({ ...c, lockedOnly: e.target.checked }))} />
          <label htmlFor="users-locked">{t.lockedOnly}</label>
        </div>
        <button type="submit" className="button button-primary">
          {t.show}
        </button>
      </div>
    </form>
  );
}
