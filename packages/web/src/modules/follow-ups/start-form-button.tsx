import { useState } from 'react';
import { ErrorAlert } from '../../components/status.js';
import { useStartForm } from '../forms/use-start-form.js';

/** A button that starts a draft of a template about a subject and opens it; a refusal is shown beside it. */
export function StartFormButton({ templateKey, subjectId, label, primary = false }: { templateKey: string; subjectId: string; label: string; primary?: boolean }) {
  const startForm = useStartForm();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await startForm(templateKey, subjectId);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={`button ${primary ? 'button-primary' : 'button-secondary'}`} data-template-key={templateKey} disabled={busy} onClick={() => void start()}>
        {label}
      </button>
      {problem && <ErrorAlert error={problem} />}
    </>
  );
}
