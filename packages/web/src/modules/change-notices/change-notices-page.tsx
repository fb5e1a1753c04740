import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { settled } from '../../apollo/settled.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { ChangeNoticesOfContractQuery } from '../../generated/graphql.js';
import { formatDate, formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { SuccessMessage, useFlash } from '../contracts/success-message.js';
import { isCaseworkerOf, isStaffOf } from '../contracts/viewer-rights.js';
import { CHANGE_NOTICE_TEXTS } from './change-notice-texts.js';
import './change-notices.css';

const CHANGE_NOTICES_OF_CONTRACT = graphql(`
  query ChangeNoticesOfContract($id: ID!) {
    contract(id: $id) {
      id
      status
      authority { id name }
      provider { id name }
      citizen { id name }
      changeNotices { id createdAt description consequences documentation acknowledgedAt }
    }
  }
`);

const ACKNOWLEDGE_CHANGE_NOTICE = graphql(`
  mutation AcknowledgeChangeNotice($input: AcknowledgeChangeNoticeInput!) {
    acknowledgeChangeNotice(input: $input) {
      changeNotice { id acknowledgedAt }
      userErrors { code message field }
    }
  }
`);

type Notice = NonNullable<ChangeNoticesOfContractQuery['contract']>['changeNotices'][number];

function NoticeCard({ notice, mayAcknowledge, onAcknowledged }: { notice: Notice; mayAcknowledge: boolean; onAcknowledged: () => void }) {
  const t = useTexts(CHANGE_NOTICE_TEXTS);
  const { language } = useLanguage();
  const [acknowledge, { data, loading, error }] = useMutation(ACKNOWLEDGE_CHANGE_NOTICE);
  const reported = formatDateTime(notice.createdAt, language);
  const headingId = `notice-${notice.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const run = async () => {
    const result = await settled(acknowledge({ variables: { input: { id: notice.id } } }));
    if (result.data?.acknowledgeChangeNotice.changeNotice) onAcknowledged();
  };
  return (
    <article className="panel change-notice" aria-labelledby={headingId} data-acknowledged={notice.acknowledgedAt ? 'true' : 'false'}>
      <h2 id={headingId} className="h3">
        {t.reportedOn(reported)}
      </h2>
      <p className="change-notice-state">
        <span className="badge">{notice.acknowledgedAt ? t.acknowledgedOn(formatDate(notice.acknowledgedAt, language)) : t.notAcknowledged}</span>
      </p>
      <dl className="change-notice-facts">
        <dt>{t.description}</dt>
        <dd>{notice.description}</dd>
        <dt>{t.consequences}</dt>
        <dd>{notice.consequences}</dd>
        <dt>{t.documentation}</dt>
        <dd>{notice.documentation ?? t.documentationNone}</dd>
      </dl>
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={data?.acknowledgeChangeNotice.userErrors} />
      {mayAcknowledge && !notice.acknowledgedAt && (
        <button type="button" className="button button-secondary" disabled={loading} aria-label={t.acknowledgeLabel(reported)} onClick={() => void run()}>
          {t.acknowledge}
        </button>
      )}
    </article>
  );
}

/** The change notices on a contract, newest first; the authority's caseworker acknowledges receipt of each. */
export function ChangeNoticesPage() {
  const t = useTexts(CHANGE_NOTICE_TEXTS);
  const viewer = useViewer();
  const location = useLocation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CHANGE_NOTICES_OF_CONTRACT, { variables: { id } });
  const [flash, showFlash] = useFlash((location.state as { flash?: string } | null)?.flash ?? null);
  useEffect(() => {
    if ((location.state as { flash?: string } | null)?.flash) window.history.replaceState({ ...window.history.state, usr: null }, '');
  }, [location.state]);

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const contract = data?.contract;
  if (!contract) return <PageTitle title={t.contractNotFound} />;
  const contractPath = `/contracts/${encodeURIComponent(contract.id)}`;
  const notices = [...contract.changeNotices].reverse();
  const open = notices.filter((n) => !n.acknowledgedAt).length;
  // The server lets caseworkers (not admins) of the contract's authority acknowledge.
  const mayAcknowledge = isCaseworkerOf(viewer, contract) && viewer.role === 'CASEWORKER';

  return (
    <>
      <PageTitle title={t.listTitle}>
        {isStaffOf(viewer, contract) && contract.status === 'ACTIVE' && (
          <Link className="button button-primary" to={`${contractPath}/change-notices/new`}>
            {t.reportChange}
          </Link>
        )}
      </PageTitle>
      <p className="page-lead">
        {contract.citizen ? `${contract.citizen.name} · ` : ''}
        {contract.provider.name}
      </p>
      <p>
        <Link to={contractPath}>{t.backToContract}</Link>
      </p>
      <SuccessMessage message={flash} takeFocus />
      {notices.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{t.count(notices.length, open)}</p>
          {notices.map((notice) => (
            <NoticeCard key={notice.id} notice={notice} mayAcknowledge={mayAcknowledge} onAcknowledged={() => { showFlash(t.acknowledged); void refetch(); }} />
          ))}
        </>
      )}
    </>
  );
}
