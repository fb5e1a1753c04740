import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { formatDate, formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import type { ContractData } from './contract-query.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { isCaseworkerOf, isStaffOf } from './viewer-rights.js';

type Meeting = ContractData['followUpMeetings'][number];
type StatusNote = ContractData['statusNotes'][number];
type ChangeNotice = ContractData['changeNotices'][number];

/** Follow-up meetings, the provider's status notes and change notices, each linked to its own page. */
export function ContractFollowUps({ contract }: { contract: ContractData }) {
  const t = useTexts(CONTRACT_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const id = encodeURIComponent(contract.id);
  const active = contract.status === 'ACTIVE';

  const meetingColumns: Column<Meeting>[] = [
    { key: 'scheduledAt', header: t.scheduledAt, value: (m) => m.scheduledAt, render: (m) => <Link to={`/meetings/${encodeURIComponent(m.id)}`}>{formatDateTime(m.scheduledAt, language)}</Link> },
    { key: 'kind', header: t.kind, value: (m) => t.kinds[m.kind] },
    { key: 'heldAt', header: t.heldAt, value: (m) => m.heldAt ?? '', render: (m) => (m.heldAt ? formatDate(m.heldAt, language) : t.notHeld) },
    { key: 'decision', header: t.decision, value: (m) => (m.decision ? t.decisions[m.decision] : '') },
  ];
  const noteColumns: Column<StatusNote>[] = [
    { key: 'submittedAt', header: t.submittedAt, value: (n) => n.submittedAt, render: (n) => <Link to={`/status-notes/${encodeURIComponent(n.id)}`}>{formatDate(n.submittedAt, language)}</Link> },
    { key: 'meeting', header: t.forMeeting, value: (n) => n.meeting.scheduledAt, render: (n) => formatDate(n.meeting.scheduledAt, language) },
    { key: 'onTime', header: t.onTime, value: (n) => (n.onTime ? t.yes : t.no) },
    { key: 'recommendation', header: t.recommendation, value: (n) => t.decisions[n.recommendation] },
  ];
  const noticeColumns: Column<ChangeNotice>[] = [
    { key: 'createdAt', header: t.createdAt, value: (c) => c.createdAt, render: (c) => formatDate(c.createdAt, language) },
    { key: 'description', header: t.description, value: (c) => c.description },
    { key: 'consequences', header: t.consequences, value: (c) => c.consequences },
    { key: 'acknowledged', header: t.acknowledged, value: (c) => (c.acknowledgedAt ? formatDate(c.acknowledgedAt, language) : t.no) },
  ];

  return (
    <section aria-labelledby="follow-ups-heading" className="contract-section">
      <div className="section-heading">
        <h2 id="follow-ups-heading">{t.followUpsHeading}</h2>
        {active && isCaseworkerOf(viewer, contract) && (
          <Link className="button button-secondary" to={`/contracts/${id}/follow-ups/new`}>
            {t.planFollowUp}
          </Link>
        )}
      </div>
      {contract.followUpMeetings.length ? (
        <DataTable caption={t.meetingsCaption} columns={meetingColumns} rows={contract.followUpMeetings} rowKey={(m) => m.id} fileName="opfoelgningsmoeder.csv" />
      ) : (
        <p>{t.noMeetings}</p>
      )}
      {contract.statusNotes.length ? (
        <DataTable caption={t.statusNotesCaption} columns={noteColumns} rows={contract.statusNotes} rowKey={(n) => n.id} fileName="statusnotater.csv" />
      ) : (
        <p>{t.noStatusNotes}</p>
      )}
      <div className="section-heading" id="change-notices">
        <h3>{t.changeNoticesHeading}</h3>
        {active && isStaffOf(viewer, contract) && (
          <Link className="button button-secondary" to={`/contracts/${id}/change-notices/new`}>
            {t.reportChange}
          </Link>
        )}
      </div>
      {contract.changeNotices.length > 0 && (
        <p>
          <Link to={`/contracts/${id}/change-notices`}>{t.openChangeNotices}</Link>
        </p>
      )}
      {contract.changeNotices.length ? (
        <DataTable caption={t.changeNoticesCaption} columns={noticeColumns} rows={contract.changeNotices} rowKey={(c) => c.id} fileName="aendringsmeddelelser.csv" />
      ) : (
        <p>{t.noChangeNotices}</p>
      )}
    </section>
  );
}
