import { danishToday } from '@treklang/schema';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { formatMeetingTime } from '../../i18n/danish-time.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import type { MeetingData } from './meeting-query.js';

/** When and where, its state and deadlines (overdue said in words), and the agenda. */
export function MeetingFacts({ meeting }: { meeting: MeetingData }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const { language } = useLanguage();
  const statusLate = !meeting.heldAt && !meeting.statusNote && meeting.statusDueBy < danishToday();
  return (
    <section aria-labelledby="meeting-facts-heading" className="contract-section">
      <h2 id="meeting-facts-heading">{t.factsHeading}</h2>
      <dl className="facts">
        <div className="fact">
          <dt>{t.kind}</dt>
          <dd>{t.kinds[meeting.kind]}</dd>
        </div>
        <div className="fact">
          <dt>{t.when}</dt>
          <dd>{formatMeetingTime(meeting.scheduledAt, language)}</dd>
        </div>
        <div className="fact">
          <dt>{t.location}</dt>
          <dd>{meeting.location ?? t.noLocation}</dd>
        </div>
        <div className="fact">
          <dt>{t.state}</dt>
          <dd>
            <span className="badge meeting-state" data-held={meeting.heldAt ? 'true' : 'false'}>
              {meeting.heldAt ? (
                <>
                  {t.held} <span className="meeting-state-time">{formatMeetingTime(meeting.heldAt, language)}</span>
                </>
              ) : (
                t.notHeld
              )}
            </span>
          </dd>
        </div>
        <div className="fact">
          <dt>{t.planningStartBy}</dt>
          <dd>{formatDate(meeting.planningStartBy, language)}</dd>
        </div>
        <div className="fact">
          <dt>{t.statusDueBy}</dt>
          <dd>
            {formatDate(meeting.statusDueBy, language)}
            {statusLate && <span className="badge badge-warning overdue-badge">{t.overdue}</span>}
          </dd>
        </div>
      </dl>
      <h3>{t.agenda}</h3>
      {meeting.agenda.length ? (
        <ol className="meeting-agenda">
          {meeting.agenda.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: agenda items may repeat; their order is their identity
            <li key={index}>{item}</li>
          ))}
        </ol>
      ) : (
        <p>{t.noAgenda}</p>
      )}
    </section>
  );
}
