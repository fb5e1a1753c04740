import { useState } from 'react';
import { useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { ContractFacts } from './contract-header.js';
import type { ContractData } from './contract-query.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { EditContractTerms } from './edit-contract-terms.js';
import { useFocusReturn } from './focus.js';
import { SuccessMessage, useFlash } from './success-message.js';
import { isCaseworkerOf } from './viewer-rights.js';

/** "Aftalen": the contract's terms, which the authority's caseworker may change while the contract is open. */
export function ContractTerms({ contract, reload }: { contract: ContractData; reload: () => Promise<unknown> }) {
  const t = useTexts(CONTRACT_TEXTS);
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const [editButton, returnToEdit] = useFocusReturn<HTMLButtonElement>();
  const [flash, showFlash, clearFlash] = useFlash();
  const mayEdit = isCaseworkerOf(viewer, contract) && (contract.status === 'DRAFT' || contract.status === 'ACTIVE');

  return (
    <section aria-labelledby="terms-heading" className="contract-section contract-terms">
      <div className="section-heading">
        <h2 id="terms-heading">{t.headerHeading}</h2>
        {mayEdit && !editing && (
          <button
            type="button"
            className="button button-secondary"
            ref={editButton}
            onClick={() => {
              clearFlash();
              setEditing(true);
            }}
          >
            {t.editTerms}
          </button>
        )}
      </div>
      <SuccessMessage message={flash} takeFocus />
      <ContractFacts contract={contract} />
      {mayEdit && editing && (
        <EditContractTerms
          contract={contract}
          reload={reload}
          onDone={(message) => {
            setEditing(false);
            showFlash(message);
          }}
          onCancel={() => {
            setEditing(false);
            returnToEdit();
          }}
        />
      )}
    </section>
  );
}
