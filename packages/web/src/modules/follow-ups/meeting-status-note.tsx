import { danishToday } from '@treklang/schema';
import { Link } from 'react-router';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import type { MeetingData } from './meeting-query.js';
import { StartFormButton } from './start-form-button.js';

export const STATUS_NOTE_TEMPLATE = 'status-note';

/**
 * The provider's written status for the meeting: its due date, whether it came in on time, and for the provider's
 * staff the way to write it (the status-note form, whose submission writes the note and the goals' scores).
 */
export function MeetingStatusNote({ meeting, mayWrite, draftId }: { meeting: MeetingData; mayWrite: boolean; draftId: string | null }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const { language } = useLanguage();
  const note = meeting.statusNote;
  const late = !note && !meeting.heldAt && meeting.statusDueBy < danishToday();
  return (
    <section aria-labelledby="status-note-heading" className="contract-section">
      <h2 id="status-note-heading">{t.statusNoteHeading}</h2>
      <p>{t.statusNoteDue(formatDate(meeting.statusDueBy, language))}</p>
      {note ? (
        <div className="panel status-note-summary" data-status-note={note.id}>
          <p>
            {t.statusNoteSubmitted(formatDate(note.submittedAt, language))}{' '}
            <strong className={note.onTime ? undefined : 'overdue-text'}>{note.onTime ? t.onTime : t.late}</strong>
          </p>
          <p>
            {t.recommendation}: {t.decisions[note.recommendation]}
          </p>
          <p className="cluster">
            <Link to={`/status-notes/${encodeURIComponent(note.id)}`}>{t.readStatusNote}</Link>
            <Link to={`/status-notes/${encodeURIComponent(note.id)}/print`}>{t.printStatusNote}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>
            {t.statusNoteMissing}
            {late && <strong className="overdue-text"> {t.statusNoteLate}</strong>}
          </p>
          {mayWrite &&
            !meeting.heldAt &&
            (draftId ? (
              <Link className="button button-primary" to={`/forms/${encodeURIComponent(draftId)}`}>
                {t.continueStatusNote}
              </Link>
            ) : (
              <StartFormButton templateKey={STATUS_NOTE_TEMPLATE} subjectId={meeting.id} label={t.writeStatusNote} primary />
            ))}
        </>
      )}
    </section>
  );
}
