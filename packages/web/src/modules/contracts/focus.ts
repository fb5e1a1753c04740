import { useEffect, useRef, useState } from 'react';

/*
 * Keyboard focus when parts of a page appear and disappear: a form that opens takes the focus, and when it
 * closes the focus returns to the button that opened it, so keyboard and screen-reader users never land on
 * the top of the page.
 */

/** A ref whose element takes the focus when it mounts (only when `enabled`). */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, []);
  return ref;
}

/** A ref for the element focus returns to, and a function that returns it there once it is rendered again. */
export function useFocusReturn<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (pending && ref.current) {
      ref.current.focus();
      setPending(false);
    }
  });
  return [ref, () => setPending(true)] as const;
}
