import { useMutation } from '@apollo/client/react';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { SignatureParty } from '../../generated/graphql.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { CONTRACT_LABELS } from './contract-labels.js';
import type { ContractData } from './contract-query.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { SuccessMessage, useFlash } from './success-message.js';
import { isCaseworkerOf, isStaffOf } from './viewer-rights.js';

const SIGN_CONTRACT = graphql(`
  mutation SignContract($input: SignContractInput!) {
    signContract(input: $input) {
      contract {
        id
        version
        status
        documentVersion
        toBeSentToCitizen
        signatures { party name signedOn }
        versions { id number reason createdAt sentToCitizenAt }
      }
      userErrors { code message field }
    }
  }
`);

const PARTIES: SignatureParty[] = ['BUYER', 'SELLER'];

/** Buyer's and seller's signatures; each party signs its own line while the contract is a draft. */
export function ContractSignatures({ contract, onChanged }: { contract: ContractData; onChanged: () => void }) {
  const t = useTexts(CONTRACT_TEXTS);
  const labels = useTexts(CONTRACT_LABELS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const [flash, showFlash, clearFlash] = useFlash();
  const [sign, { data, loading, error }] = useMutation(SIGN_CONTRACT);
  const maySign = (party: SignatureParty) =>
    contract.status === 'DRAFT' && !contract.signatures.some((s) => s.party === party) && (party === 'BUYER' ? isCaseworkerOf(viewer, contract) : isStaffOf(viewer, contract));

  const doSign = async (party: SignatureParty) => {
    clearFlash();
    const result = await settled(sign({ variables: { input: { id: contract.id, party, expectedVersion: contract.version } } }));
    const signed = result.data?.signContract.contract;
    if (signed) showFlash(signed.status === 'ACTIVE' ? t.activated : t.signed);
    // Reload: after activation the provider may see more (goals, the citizen), and a refusal may be a stale version.
    // A failed request changed nothing.
    if (result.data) onChanged();
  };

  return (
    <section aria-labelledby="signatures-heading" className="contract-section">
      <h2 id="signatures-heading">{t.signaturesHeading}</h2>
      {contract.status === 'DRAFT' && <p>{t.signaturesIntro}</p>}
      <SuccessMessage message={flash} takeFocus />
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={data?.signContract.userErrors} />
      <ul className="signature-list nobullet-list">
        {PARTIES.map((party) => {
          const signature = contract.signatures.find((s) => s.party === party);
          return (
            <li key={party} className="signature" data-party={party}>
              <strong>{labels.party[party]}:</strong> {signature ? t.signedBy(signature.name, formatDate(signature.signedOn, language)) : t.notSigned}
              {maySign(party) && (
                <div>
                  <button type="button" className="button button-primary" disabled={loading} onClick={() => void doSign(party)}>
                    {t.signAs(labels.party[party].toLowerCase())}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
