import { useMutation } from '@apollo/client/react';
import { useTexts } from '../../i18n/language.js';
import { UNLOCK_USER } from './users-queries.js';
import { USERS_TEXTS } from './users-texts.js';

/** Lifts a user's lockout; says what happened through `onDone` (a success or an error message). */
export function UnlockButton({ user, onDone }: { user: { id: string; name: string }; onDone: (result: { ok: boolean; message: string }) => void }) {
  const t = useTexts(USERS_TEXTS);
  const [unlock, { loading }] = useMutation(UNLOCK_USER);
  const run = async () => {
    try {
      const result = await unlock({ variables: { input: { userId: user.id } } });
      const payload = result.data?.unlockUser;
      const problem = payload?.userErrors[0]?.message;
      if (problem || !payload) onDone({ ok: false, message: problem ?? '' });
      else onDone({ ok: true, message: payload.lockedUntil ? t.unlocked(user.name) : t.wasNotLocked(user.name) });
    } catch (error) {
      onDone({ ok: false, message: (error as Error).message });
    }
  };
  return (
    <button type="button" className="button button-secondary button-small" onClick={() => void run()} disabled={loading} aria-busy={loading} aria-label={t.unlockLabel(user.name)}>
      {t.unlock}
    </button>
  );
}
