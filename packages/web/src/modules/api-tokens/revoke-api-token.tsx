import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { useTexts } from '../../i18n/language.js';
import { useFocusOnMount } from '../contracts/focus.js';
import type { ApiTokenRow } from './api-tokens-query.js';
import { API_TOKEN_TEXTS } from './api-token-texts.js';

const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken { ...ApiTokenRow }
      userErrors { code message field }
    }
  }
`);

/** Codes that mean the list is out of date: the token was revoked or removed meanwhile. */
const STALE = new Set(['ALREADY_REVOKED', 'NOT_FOUND']);

/**
 * A row's "Tilbagekald": it turns into "Er du sikker? [Ja, tilbagekald] [Annuller]" (the confirming button focused);
 * cancelling returns the focus to "Tilbagekald". A refusal is shown here, in the row.
 */
export function RevokeApiToken({ token, onRevoked, onStale }: { token: ApiTokenRow; onRevoked: (name: string) => void; onStale: () => void }) {
  const t = useTexts(API_TOKEN_TEXTS);
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const sending = useRef(false);
  const [revoke, { data, loading, error }] = useMutation(REVOKE_API_TOKEN);
  const userErrors = data?.revokeApiToken.userErrors ?? [];
  useEffect(() => {
    if (returnFocus && openButton.current) {
      openButton.current.focus();
      setReturnFocus(false);
    }
  }, [returnFocus]);

  const confirm = async () => {
    if (sending.current) return;
    sending.current = true;
    const result = await settled(revoke({ variables: { input: { id: token.id } } }));
    sending.current = false;
    const payload = result.data?.revokeApiToken;
    if (payload?.apiToken) {
      setConfirming(false);
      onRevoked(token.name);
    } else if (payload?.userErrors.some((e) => STALE.has(e.code))) onStale();
  };

  return (
    <div className="api-token-revoke">
      {token.active && !confirming && (
        <button type="button" className="button button-secondary button-small" ref={openButton} aria-label={t.revokeLabel(token.name)} onClick={() => setConfirming(true)}>
          {t.revoke}
        </button>
      )}
      {token.active && confirming && (
        <RevokeConfirm
          label={t.revokeLabel(token.name)}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setConfirming(false);
            setReturnFocus(true);
          }}
        />
      )}
      {error && <ErrorAlert error={error} />}
      {userErrors.length > 0 && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t.revokeFailed(token.name)}</p>
            {userErrors.map((e) => (
              <p className="alert-text" key={`${e.code}:${e.message}`} data-code={e.code}>
                {e.message}
              </p>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

function RevokeConfirm({ label, busy, onConfirm, onCancel }: { label: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const t = useTexts(API_TOKEN_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const yes = useFocusOnMount<HTMLButtonElement>();
  return (
    <fieldset className="confirm">
      <legend className="sr-only">{label}</legend>
      <p>{t.confirmRevoke}</p>
      <div className="cluster">
        <button type="button" className="button button-primary button-small" ref={yes} disabled={busy} aria-busy={busy} onClick={onConfirm}>
          {busy ? t.revoking : t.confirmRevokeYes}
        </button>
        <button type="button" className="button button-secondary button-small" disabled={busy} onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </fieldset>
  );
}
