import type { ApiTokenScope } from '../../generated/graphql.js';
import { useTexts, type Texts } from '../../i18n/language.js';
import { API_TOKEN_TEXTS } from './api-token-texts.js';
import { SCOPE_ORDER } from './scope-order.js';

const ERROR_TEXTS: Texts<{ error: string }> = { da: { error: 'Fejl:' }, en: { error: 'Error:' } };

/**
 * The token's scopes as a fieldset of checkboxes, each with what it allows; the group's hint and error are tied to
 * the fieldset, each explanation to its checkbox. The first checkbox has the id `${id}-0` (to focus on an error).
 */
export function ScopeCheckboxes({ id, value, onChange, error }: { id: string; value: readonly ApiTokenScope[]; onChange: (value: ApiTokenScope[]) => void; error?: string }) {
  const t = useTexts(API_TOKEN_TEXTS);
  const e = useTexts(ERROR_TEXTS);
  const toggle = (scope: ApiTokenScope, checked: boolean) => onChange(checked ? SCOPE_ORDER.filter((s) => s === scope || value.includes(s)) : value.filter((s) => s !== scope));
  return (
    <fieldset className={`form-group scope-checkboxes${error ? ' form-error' : ''}`} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      <legend className="form-label">{t.scopes}</legend>
      <span className="form-hint" id={`${id}-hint`}>
        {t.scopesHint}
      </span>
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{e.error} </span>
          {error}
        </span>
      )}
      {SCOPE_ORDER.map((scope, index) => (
        <div className="form-group-checkbox" key={scope}>
          <input
            className="form-checkbox"
            type="checkbox"
            id={`${id}-${index}`}
            name={id}
            value={scope}
            checked={value.includes(scope)}
            aria-describedby={`${id}-${index}-hint`}
            onChange={(event) => toggle(scope, event.target.checked)}
          />
          <label htmlFor={`${id}-${index}`}>{t.scopeTexts[scope].label}</label>
          <span className="form-hint" id={`${id}-${index}-hint`}>
            {t.scopeTexts[scope].description}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
