import { useRef, useState } from 'react';
import { useTexts } from '../../i18n/language.js';
import { useFocusOnMount } from '../contracts/focus.js';
import { API_TOKEN_TEXTS } from './api-token-texts.js';
import type { CreatedToken } from './create-api-token-form.js';

/** Selects the element's text, so the user can copy it themselves when the clipboard is out of reach. */
function selectText(element: HTMLElement | null) {
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * The new token's secret, shown this once: it takes the focus (so it is read out), with a copy button and the warning
 * that it cannot be shown again. The page forgets it when the admin says it is saved or leaves the page.
 */
export function NewTokenSecret({ created, onDismiss }: { created: CreatedToken; onDismiss: () => void }) {
  const t = useTexts(API_TOKEN_TEXTS);
  const box = useFocusOnMount<HTMLElement>();
  const secret = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied('yes');
    } catch {
      selectText(secret.current);
      setCopied('failed');
    }
  };

  return (
    <section className="alert alert-warning api-token-secret-box" tabIndex={-1} ref={box} aria-labelledby="token-secret-heading">
      <div className="alert-body">
        <h2 className="alert-heading" id="token-secret-heading">
          {t.secretHeading}
        </h2>
        <p className="alert-text">{t.secretCreated(created.name)}</p>
        <p className="alert-text">
          <strong>{t.secretWarning}</strong>
        </p>
        <p className="alert-text api-token-secret-label" id="token-secret-label">
          {t.secretLabel}
        </p>
        <div className="api-token-secret-row">
          <code className="api-token-secret" ref={secret}>
            {created.token}
          </code>
          <button type="button" className="button button-primary" aria-label={t.copyLabel} onClick={() => void copy()}>
            {t.copy}
          </button>
        </div>
        <p className="alert-text api-token-copy-status" role="status">
          {copied === 'yes' ? t.copied : copied === 'failed' ? t.copyFailed : ''}
        </p>
        <button type="button" className="button button-secondary" onClick={onDismiss}>
          {t.dismissSecret}
        </button>
      </div>
    </section>
  );
}
