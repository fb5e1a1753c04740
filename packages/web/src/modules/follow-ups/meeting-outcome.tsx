import { localDate } from '@treklang/schema';
import { Link } from 'react-router';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { formatMeetingTime } from '../../i18n/danish-time.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import type { MeetingData } from './meeting-query.js';

/** The contract version a completed meeting made: the server names it "Opfølgningsmøde <Danish day held>". */
export function versionOfMeeting(meeting: MeetingData): MeetingData['contract']['versions'][number] | null {
  if (!meeting.heldAt) return null;
  const reason = `Opfølgningsmøde ${localDate(meeting.heldAt)}`;
  return meeting.contract.versions.filter((version) => version.reason === reason).at(-1) ?? null;
}

/** A held meeting: the minutes, the decision, the goals' outcomes, the next meeting and the new contract version. */
export function MeetingOutcome({ meeting }: { meeting: MeetingData }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const { language } = useLanguage();
  const contractPath = `/contracts/${encodeURIComponent(meeting.contract.id)}`;
  const version = versionOfMeeting(meeting);
  const next = meeting.nextMeetingAt ? meeting.contract.followUpMeetings.find((m) => m.scheduledAt === meeting.nextMeetingAt && m.id !== meeting.id) : null;
  const goals = [...meeting.contract.goals].sort((a, b) => a.priority - b.priority);
  return (
    <section aria-labelledby="outcome-heading" className="contract-section">
      <h2 id="outcome-heading">{t.outcomeHeading}</h2>
      <dl className="facts">
        <div className="fact">
          <dt>{t.heldAt}</dt>
          <dd>{formatMeetingTime(meeting.heldAt, language)}</dd>
        </div>
        <div className="fact">
          <dt>{t.decision}</dt>
          <dd>{meeting.decision ? t.decisions[meeting.decision] : ''}</dd>
        </div>
        <div className="fact">
          <dt>{t.nextMeeting}</dt>
          <dd>{next ? <Link to={`/meetings/${encodeURIComponent(next.id)}`}>{formatMeetingTime(next.scheduledAt, language)}</Link> : meeting.nextMeetingAt ? formatMeetingTime(meeting.nextMeetingAt, language) : t.noNextMeeting}</dd>
        </div>
        <div className="fact" data-contract-version={version?.number ?? ''}>
          <dt>{t.newVersion}</dt>
          <dd>
            {version ? (
              <Link to={`${contractPath}#versions`}>{t.versionLink(version.number, formatDate(version.createdAt, language))}</Link>
            ) : (
              <Link to={`${contractPath}#versions`}>{t.versionsLink}</Link>
            )}
          </dd>
        </div>
      </dl>
      <h3>{t.minutes}</h3>
      <div className="minutes-text">{meeting.minutes}</div>
      <h3>{t.goalsNow}</h3>
      <ul className="goal-statuses">
        {goals.map((goal) => (
          <li key={goal.id}>
            <strong>{t.goalNumber(goal.priority)}</strong> {goal.title}: <span className="badge">{t.goalStatuses[goal.status]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
