import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { ContractFollowUps } from './contract-follow-ups.js';
import { ContractForms } from './contract-forms.js';
import { ContractGoals } from './contract-goals.js';
import { CONTRACT_PAGE } from './contract-query.js';
import { ContractSignatures } from './contract-signatures.js';
import { ContractTerms } from './contract-terms.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { ContractVersions } from './contract-versions.js';
import { SuccessMessage, useFlash } from './success-message.js';
import { TerminateContract } from './terminate-contract.js';
import { isCaseworkerOf, isStaffOf, withheldFrom } from './viewer-rights.js';
import './contracts.css';

/** One contract: terms, signatures, goals with sub-goals, follow-up, versions, forms and termination. */
export function ContractPage() {
  const t = useTexts(CONTRACT_TEXTS);
  const viewer = useViewer();
  const { id = '' } = useParams();
  const arrived = (useLocation().state as { flash?: string } | null)?.flash;
  const [flash, showFlash] = useFlash(arrived);
  const { data, loading, error, refetch } = useQuery(CONTRACT_PAGE, { variables: { id } });
  const reload = () => refetch();

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const contract = data?.contract;
  if (!contract) {
    return (
      <>
        <PageTitle title={t.notFound} />
        <Link to="/contracts">{t.backToList}</Link>
      </>
    );
  }
  const ownSide = isCaseworkerOf(viewer, contract) || isStaffOf(viewer, contract);
  const withheld = withheldFrom(viewer, contract);

  return (
    <div className="contract-page">
      <PageTitle title={t.title(contract.citizen?.name ?? null)}>
        <Link className="button button-secondary" to={`/contracts/${encodeURIComponent(contract.id)}/print`}>
          {t.print}
        </Link>
      </PageTitle>
      <p className="cluster">
        {contract.citizen && <Link to={`/citizens/${encodeURIComponent(contract.citizen.id)}`}>{t.backToCitizen}</Link>}
        <Link to="/contracts">{t.backToList}</Link>
      </p>
      <SuccessMessage message={flash} takeFocus />
      {(withheld.identity || withheld.goals) && (
        <div className="alert alert-info" data-withheld>
          <div className="alert-body">
            <p className="alert-text">{t.withheld}</p>
          </div>
        </div>
      )}
      <ContractTerms contract={contract} reload={reload} />
      <ContractGoals contract={contract} reload={reload} />
      <ContractSignatures contract={contract} onChanged={() => void refetch()} />
      <ContractFollowUps contract={contract} />
      <ContractVersions contract={contract} />
      <ContractForms contract={contract} />
      {ownSide && contract.status === 'ACTIVE' && <TerminateContract contract={contract} onDone={showFlash} onChanged={() => void refetch()} />}
    </div>
  );
}
