import type { SmartPart } from '../../generated/graphql.js';
import { useTexts } from '../../i18n/language.js';
import { CONTRACT_LABELS } from './contract-labels.js';
import { GOAL_TEXTS } from './goal-texts.js';

/** What a goal still lacks to be SMART, in words (from the API's `smart`, or the shared assessSmart live). */
export function SmartHints({ missing, live = false }: { missing: readonly SmartPart[]; live?: boolean }) {
  const t = useTexts(GOAL_TEXTS);
  const labels = useTexts(CONTRACT_LABELS);
  if (missing.length === 0) {
    return (
      <div className={`smart-hints smart-complete${live ? ' smart-live' : ''}`}>
        <p>
          <span aria-hidden="true">✓ </span>
          {t.smartComplete}
        </p>
      </div>
    );
  }
  return (
    <div className={`smart-hints smart-missing${live ? ' smart-live' : ''}`}>
      <p>
        <strong>{t.smartMissing}</strong>
      </p>
      <ul>
        {missing.map((part) => (
          <li key={part} data-smart-part={part}>
            {labels.smartMissing[part]}
          </li>
        ))}
      </ul>
    </div>
  );
}
