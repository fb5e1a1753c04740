import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { formatMeetingTime } from '../../i18n/danish-time.js';
import { StatusNoteBody } from './status-note-body.js';
import { asStatusNote, STATUS_NOTE_PAGE } from './status-note-query.js';
import { STATUS_NOTE_TEXTS } from './status-note-texts.js';
import './status-notes.css';

/** The status note as a clean document (print CSS hides the app around it; "Save as PDF" gives a file to send). */
export function StatusNotePrintPage() {
  const t = useTexts(STATUS_NOTE_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(STATUS_NOTE_PAGE, { variables: { id } });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const note = asStatusNote(data?.node);
  if (!note) return <PageTitle title={t.notFound} />;
  return (
    <article className="status-note-document">
      <div className="no-print print-toolbar">
        <Link to={`/status-notes/${encodeURIComponent(note.id)}`}>{t.back}</Link>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {common.print}
        </button>
        <p className="muted">{t.printHint}</p>
      </div>
      <PageTitle title={t.documentTitle} />
      <p className="document-parties">
        {note.contract.authority.name} · {note.contract.provider.name}
      </p>
      <p>{t.forMeeting(formatMeetingTime(note.meeting.scheduledAt, language))}</p>
      <StatusNoteBody note={note} />
    </article>
  );
}
