import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { CONTRACT_LABELS, serviceTypeLabel } from '../contracts/contract-labels.js';
import { ContractStatusBadge } from '../contracts/contract-status-badge.js';
import { isAuthorityCaseworker } from '../contracts/viewer-rights.js';
import type { CitizenContract, CitizenData } from './citizen-query.js';
import { CITIZEN_TEXTS } from './citizen-texts.js';

/** The citizen's contracts with status, service, provider and dates; the caseworker creates new ones here. */
export function CitizenContracts({ citizen }: { citizen: CitizenData }) {
  const t = useTexts(CITIZEN_TEXTS);
  const labels = useTexts(CONTRACT_LABELS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const mayCreate = isAuthorityCaseworker(viewer);
  const columns: Column<CitizenContract>[] = [
    { key: 'serviceType', header: t.serviceType, value: (c) => serviceTypeLabel(c.serviceType, language), render: (c) => <Link to={`/contracts/${encodeURIComponent(c.id)}`}>{serviceTypeLabel(c.serviceType, language)}</Link> },
    { key: 'status', header: t.status, value: (c) => labels.status[c.status], render: (c) => <ContractStatusBadge status={c.status} /> },
    { key: 'provider', header: t.provider, value: (c) => c.provider.name },
    { key: 'startDate', header: t.startDate, value: (c) => c.startDate, render: (c) => <span className="nowrap">{formatDate(c.startDate, language)}</span> },
    { key: 'endDate', header: t.endDate, value: (c) => c.endDate ?? '', render: (c) => <span className="nowrap">{formatDate(c.endDate, language)}</span> },
    { key: 'nextFollowUp', header: t.nextFollowUp, value: (c) => c.nextFollowUpDate ?? '', render: (c) => <span className="nowrap">{formatDate(c.nextFollowUpDate, language)}</span> },
    { key: 'version', header: t.version, value: (c) => c.documentVersion, numeric: true },
  ];
  return (
    <section aria-labelledby="contracts-heading" className="citizen-section">
      <div className="section-heading">
        <h2 id="contracts-heading">{t.contractsHeading}</h2>
        {mayCreate && (
          <Link className="button button-secondary" to={`/contracts/new?citizen=${encodeURIComponent(citizen.id)}`}>
            {t.newContract}
          </Link>
        )}
      </div>
      {citizen.contracts.length === 0 ? (
        <p>{t.noContracts}</p>
      ) : (
        <DataTable caption={t.contractsCaption} columns={columns} rows={citizen.contracts} rowKey={(c) => c.id} fileName="kontrakter.csv" />
      )}
    </section>
  );
}
