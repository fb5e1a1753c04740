import { useState } from 'react';
import { ErrorAlert } from '../../components/status.js';
import { useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { FormResponsesList } from '../forms/form-responses-list.js';
import { useStartForm } from '../forms/use-start-form.js';
import type { ContractData } from './contract-query.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { isCaseworkerOf } from './viewer-rights.js';

/** The contract checklist (Tjekliste til kontrakt) as a form, and the forms already filled about the contract. */
export function ContractForms({ contract }: { contract: ContractData }) {
  const t = useTexts(CONTRACT_TEXTS);
  const viewer = useViewer();
  const startForm = useStartForm();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const start = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await startForm('contract-checklist', contract.id);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="contract-forms-heading" className="contract-section no-print">
      <h2 id="contract-forms-heading">{t.formsHeading}</h2>
      {failure && <ErrorAlert error={failure} />}
      {isCaseworkerOf(viewer, contract) && (
        <button type="button" className="button button-secondary" disabled={busy} aria-busy={busy} onClick={() => void start()}>
          {t.fillChecklist}
        </button>
      )}
      <h3>{t.filledForms}</h3>
      <FormResponsesList subjectId={contract.id} />
    </section>
  );
}
