import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { ContractsListQuery, ContractStatus } from '../../generated/graphql.js';
import { formatDate, useLanguage, useTexts, type Texts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { field } from '../../components/connection.js';
import { LoadMore } from '../../components/load-more.js';
import { useLoadMore } from '../../components/use-load-more.js';
import { CONTRACT_LABELS, serviceTypeLabel } from './contract-labels.js';
import { ContractStatusBadge } from './contract-status-badge.js';
import './contracts.css';

const PAGE_SIZE = 20;
const STATUSES: ContractStatus[] = ['DRAFT', 'ACTIVE', 'TERMINATED', 'ENDED'];

const CONTRACTS_LIST = graphql(`
  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {
    contracts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          status
          serviceType
          startDate
          endDate
          nextFollowUpDate
          documentVersion
          citizen { id name }
          authority { id name }
          provider { id name }
        }
      }
    }
  }
`);

type ContractRow = ContractsListQuery['contracts']['edges'][number]['node'];

const TEXTS: Texts<{ title: string; statusFilter: string; all: string; caption: (status: string | null) => string; citizen: string; serviceType: string; counterpart: (authority: boolean) => string; status: string; startDate: string; nextFollowUp: string; version: string; hidden: string }> = {
  da: {
    title: 'Kontrakter',
    statusFilter: 'Vis kontrakter med status',
    all: 'Alle',
    caption: (status) => (status ? `Kontrakter med status ${status.toLowerCase()}` : 'Alle kontrakter'),
    citizen: 'Borger',
    serviceType: 'Ydelse',
    counterpart: (authority) => (authority ? 'Leverandør' : 'Myndighed'),
    status: 'Status',
    startDate: 'Start',
    nextFollowUp: 'Næste opfølgning',
    version: 'Version',
    hidden: 'Skjult',
  },
  en: {
    title: 'Contracts',
    statusFilter: 'Show contracts with status',
    all: 'All',
    caption: (status) => (status ? `Contracts with status ${status.toLowerCase()}` : 'All contracts'),
    citizen: 'Citizen',
    serviceType: 'Service',
    counterpart: (authority) => (authority ? 'Provider' : 'Authority'),
    status: 'Status',
    startDate: 'Start',
    nextFollowUp: 'Next follow-up',
    version: 'Version',
    hidden: 'Hidden',
  },
};

/** The contracts the viewer may see (their authority's, or their provider's), filtered by status, a page at a time. */
export function ContractsPage() {
  const t = useTexts(TEXTS);
  const labels = useTexts(CONTRACT_LABELS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const requested = params.get('status') as ContractStatus | null;
  const status = requested && STATUSES.includes(requested) ? requested : null;
  const list = useQuery(CONTRACTS_LIST, { variables: { first: PAGE_SIZE, filter: status ? { status: [status] } : null } });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, field('contracts'));
  const authoritySide = viewer.organization.kind === 'AUTHORITY';

  const columns: Column<ContractRow>[] = [
    { key: 'serviceType', header: t.serviceType, value: (c) => serviceTypeLabel(c.serviceType, language), render: (c) => <Link to={`/contracts/${encodeURIComponent(c.id)}`}>{serviceTypeLabel(c.serviceType, language)}</Link> },
    { key: 'citizen', header: t.citizen, value: (c) => c.citizen?.name ?? t.hidden, render: (c) => (c.citizen ? <Link to={`/citizens/${encodeURIComponent(c.citizen.id)}`}>{c.citizen.name}</Link> : t.hidden) },
    { key: 'counterpart', header: t.counterpart(authoritySide), value: (c) => (authoritySide ? c.provider.name : c.authority.name) },
    { key: 'status', header: t.status, value: (c) => labels.status[c.status], render: (c) => <ContractStatusBadge status={c.status} /> },
    { key: 'startDate', header: t.startDate, value: (c) => c.startDate, render: (c) => <span className="nowrap">{formatDate(c.startDate, language)}</span> },
    { key: 'nextFollowUp', header: t.nextFollowUp, value: (c) => c.nextFollowUpDate ?? '', render: (c) => <span className="nowrap">{formatDate(c.nextFollowUpDate, language)}</span> },
    { key: 'version', header: t.version, value: (c) => c.documentVersion, numeric: true },
  ];
  const rows = data?.contracts.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageTitle title={t.title} />
      <div className="form-group contract-filter">
        <label className="form-label" htmlFor="contract-status-filter">
          {t.statusFilter}
        </label>
        <select className="form-select" id="contract-status-filter" value={status ?? ''} onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}>
          <option value="">{t.all}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels.status[s]}
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <DataTable caption={t.caption(status ? labels.status[status] : null)} columns={columns} rows={rows} rowKey={(c) => c.id} fileName="kontrakter.csv" />
          <LoadMore shown={rows.length} total={data.contracts.totalCount} hasMore={data.contracts.pageInfo.hasNextPage} {...more} />
        </>
      )}
    </>
  );
}
