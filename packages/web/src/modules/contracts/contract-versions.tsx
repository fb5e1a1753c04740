import { DataTable, type Column } from '../../components/data-table.js';
import { formatDate, formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import type { ContractData } from './contract-query.js';
import { CONTRACT_TEXTS } from './contract-texts.js';

type Version = ContractData['versions'][number];

/** Every version sent (or to be sent) to the citizen: version 1 at activation, one more per completed follow-up. */
export function ContractVersions({ contract }: { contract: ContractData }) {
  const t = useTexts(CONTRACT_TEXTS);
  const { language } = useLanguage();
  const columns: Column<Version>[] = [
    { key: 'number', header: t.number, value: (v) => v.number, numeric: true },
    { key: 'reason', header: t.reason, value: (v) => v.reason },
    { key: 'createdAt', header: t.createdAt, value: (v) => v.createdAt, render: (v) => formatDateTime(v.createdAt, language) },
    { key: 'sent', header: t.sentToCitizen, value: (v) => v.sentToCitizenAt ?? '', render: (v) => (v.sentToCitizenAt ? formatDate(v.sentToCitizenAt, language) : t.notSent) },
  ];
  return (
    <section aria-labelledby="versions-heading" className="contract-section" id="versions">
      <h2 id="versions-heading">{t.versionsHeading}</h2>
      {contract.versions.length ? (
        <DataTable caption={t.versionsCaption} columns={columns} rows={contract.versions} rowKey={(v) => v.id} fileName="kontraktversioner.csv" />
      ) : (
        <p>{t.noVersions}</p>
      )}
    </section>
  );
}
