import { useTexts } from '../../i18n/language.js';
import { CITIZENS_TEXTS } from './citizens-texts.js';

/** The CPR number as the API gives it; a masked one says so in words, not only by its "xxxx". */
export function CprText({ cpr, masked }: { cpr: string; masked: boolean }) {
  const t = useTexts(CITIZENS_TEXTS);
  return (
    <span className="cpr">
      <span className="cpr-number">{cpr}</span>
      {masked && <span className="muted"> ({t.cprMaskedNote})</span>}
    </span>
  );
}
