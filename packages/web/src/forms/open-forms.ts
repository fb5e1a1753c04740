/*
 * The forms open on the page. Logging out first saves what they hold, while the token still works, then closes
 * them, so that nothing is written to the browser's storage after logout has emptied it (session/session.tsx).
 */

export interface OpenForm {
  /** True when the server holds everything typed in the form afterwards. */
  saveBeforeLogout(): Promise<boolean>;
  close(): void;
}

const open = new Set<OpenForm>();

/** Registers a form for as long as it is on the page; returns the unregistering function. */
export function trackOpenForm(form: OpenForm): () => void {
  open.add(form);
  return () => {
    open.delete(form);
  };
}

/** Saves every open form now; false when something could not be saved within `timeoutMs`. */
export async function saveOpenForms(timeoutMs = 5000): Promise<boolean> {
  if (open.size === 0) return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const saves = Promise.all([...open].map((form) => form.saveBeforeLogout().catch(() => false))).then((results) => results.every(Boolean));
  try {
    return await Promise.race([saves, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes every open form: no more saves or local copies. */
export function closeOpenForms(): void {
  for (const form of open) form.close();
}
