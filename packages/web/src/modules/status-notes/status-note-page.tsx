import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { formatMeetingTime } from '../../i18n/danish-time.js';
import { StatusNoteBody } from './status-note-body.js';
import { asStatusNote, STATUS_NOTE_PAGE } from './status-note-query.js';
import { STATUS_NOTE_TEXTS } from './status-note-texts.js';
import './status-notes.css';

/** The provider's written status for a follow-up meeting, with links to the meeting, the contract and the print view. */
export function StatusNotePage() {
  const t = useTexts(STATUS_NOTE_TEXTS);
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(STATUS_NOTE_PAGE, { variables: { id } });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const note = asStatusNote(data?.node);
  if (!note) return <PageTitle title={t.notFound} />;
  return (
    <article className="status-note-page">
      <PageTitle title={t.title}>
        <Link className="button button-secondary no-print" to={`/status-notes/${encodeURIComponent(note.id)}/print`}>
          {t.printView}
        </Link>
      </PageTitle>
      <p className="page-lead">{t.forMeeting(formatMeetingTime(note.meeting.scheduledAt, language))}</p>
      <p className="cluster no-print">
        <Link to={`/meetings/${encodeURIComponent(note.meeting.id)}`}>{t.toMeeting}</Link>
        <Link to={`/contracts/${encodeURIComponent(note.contract.id)}`}>{t.toContract}</Link>
      </p>
      <StatusNoteBody note={note} />
    </article>
  );
}
