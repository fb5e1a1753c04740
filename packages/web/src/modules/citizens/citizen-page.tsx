import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { useTexts } from '../../i18n/language.js';
import { SuccessMessage, useFlash } from '../contracts/success-message.js';
import { CitizenConsents } from './citizen-consents.js';
import { CitizenContracts } from './citizen-contracts.js';
import { CitizenDetails } from './citizen-details.js';
import { CitizenErasureSection } from './citizen-erasure-section.js';
import { CitizenForms } from './citizen-forms.js';
import { CitizenGoals } from './citizen-goals.js';
import { CitizenInsightSection } from './citizen-insight-section.js';
import { CITIZEN_PAGE } from './citizen-query.js';
import { CITIZEN_TEXTS } from './citizen-texts.js';
import { CitizenTimelineSection } from './citizen-timeline-section.js';
import './citizens.css';

/** One citizen: details, contracts, goals with progression, consents, the timeline and forms about them, and (for admins) anonymisation. */
export function CitizenPage() {
  const t = useTexts(CITIZEN_TEXTS);
  const { id = '' } = useParams();
  const [flash] = useFlash((useLocation().state as { flash?: string } | null)?.flash);
  const { data, loading, error, refetch } = useQuery(CITIZEN_PAGE, { variables: { id } });

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const citizen = data?.citizen;
  if (!citizen) {
    return (
      <>
        <PageTitle title={t.notFound} />
        <Link to="/citizens">{t.backToList}</Link>
      </>
    );
  }

  return (
    <div className="citizen-page">
      <PageTitle title={citizen.name} />
      <p className="no-print">
        <Link to="/citizens">{t.backToList}</Link>
      </p>
      <SuccessMessage message={flash} takeFocus />
      <CitizenDetails citizen={citizen} />
      <CitizenContracts citizen={citizen} />
      <CitizenGoals citizen={citizen} />
      <CitizenConsents citizen={citizen} />
      <CitizenInsightSection citizenId={citizen.id} />
      <CitizenTimelineSection contracts={citizen.contracts} />
      <CitizenForms citizenId={citizen.id} />
      <CitizenErasureSection citizenId={citizen.id} />
    </div>
  );
}
