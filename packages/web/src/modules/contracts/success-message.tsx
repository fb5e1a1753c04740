import { useCallback, useState } from 'react';

export interface Flash {
  text: string;
  /** New for every message, so that the same words said twice are announced twice. */
  stamp: number;
}

/** A success message to show: `show(text)` sets it, `clear()` removes it. */
export function useFlash(initial?: string | null) {
  const [flash, setFlash] = useState<Flash | null>(initial ? { text: initial, stamp: 0 } : null);
  const show = useCallback((text: string) => setFlash({ text, stamp: Date.now() }), []);
  const clear = useCallback(() => setFlash(null), []);
  return [flash, show, clear] as const;
}

/**
 * A polite live region that is always in the page, so screen readers announce the message when it appears.
 * With `takeFocus` the message also takes the focus, for when the control the user acted on disappeared.
 */
export function SuccessMessage({ message, takeFocus = false }: { message: Flash | string | null | undefined; takeFocus?: boolean }) {
  const flash = typeof message === 'string' ? { text: message, stamp: 0 } : message;
  // Called when a message element mounts; a new stamp remounts it (key), so every message is announced.
  const focusOnMount = useCallback(
    (element: HTMLDivElement | null) => {
      if (element && takeFocus) element.focus();
    },
    [takeFocus],
  );
  return (
    <div aria-live="polite" aria-atomic="true">
      {flash?.text && (
        <div className="alert alert-success" tabIndex={-1} ref={focusOnMount} key={flash.stamp}>
          <div className="alert-body">
            <p className="alert-text">{flash.text}</p>
          </div>
        </div>
      )}
    </div>
  );
}
