import { useMutation } from '@apollo/client/react';
import { useFailureMessage } from '../../apollo/failure-message.js';
import { settled } from '../../apollo/settled.js';
import { useTexts } from '../../i18n/language.js';
import { UNLOCK_USER } from './users-queries.js';
import { USERS_TEXTS } from './users-texts.js';

/** Lifts a user's lockout; says what happened through `onDone` (a success or an error message). */
export function UnlockButton({ user, onDone }: { user: { id: string; name: string }; onDone: (result: { ok: boolean; message: string }) => void }) {
  const t = useTexts(USERS_TEXTS);
  const [unlock, { loading }] = useMutation(UNLOCK_USER);
  const describe = useFailureMessage();
  const run = async () => {
    const result = await settled(unlock({ variables: { input: { userId: user.id } } }));
    const payload = result.data?.unlockUser;
    const problem = result.error ? describe(result.error) : payload?.userErrors[0]?.message;
    if (problem || !payload) onDone({ ok: false, message: problem ?? '' });
    else onDone({ ok: true, message: payload.lockedUntil ? t.unlocked(user.name) : t.wasNotLocked(user.name) });
  };
  return (
    <button type="button" className="button button-secondary button-small" onClick={() => void run()} disabled={loading} aria-busy={loading} aria-label={t.unlockLabel(user.name)}>
      {t.unlock}
    </button>
  );
}
