import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { SuccessMessage, useFlash } from '../contracts/success-message.js';
import { isCaseworkerOf, isStaffOf } from '../contracts/viewer-rights.js';
import { CompleteFollowUpForm } from './complete-follow-up-form.js';
import { formatMeetingTime } from '../../i18n/danish-time.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { FOLLOW_UP_CHECKLIST, MeetingChecklist } from './meeting-checklist.js';
import { MeetingFacts } from './meeting-facts.js';
import { MEETING_FORMS } from './meeting-forms-query.js';
import { MeetingInvitation } from './meeting-invitation.js';
import { MeetingOutcome } from './meeting-outcome.js';
import { asMeeting, MEETING_PAGE } from './meeting-query.js';
import { MeetingStatusNote, STATUS_NOTE_TEMPLATE } from './meeting-status-note.js';
import './follow-ups.css';

/** "14. sep. 2025 kl. 10.00" / "14 Sept 2025, 10:00" breaking only between the date and the clock (never "kl." / "10.00"). */
const unbrokenParts = (when: string) => when.replace(/(?<!,) (?!kl\.)/g, '\u00a0');

/** One follow-up meeting: the plan and invitation, the checklist, the provider's status note, and the minutes. */
export function MeetingPage() {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const location = useLocation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MEETING_PAGE, { variables: { id } });
  const forms = useQuery(MEETING_FORMS, { variables: { subjectId: id } });
  const [flash, showFlash] = useFlash((location.state as { flash?: string } | null)?.flash ?? null);
  const meeting = asMeeting(data?.node);

  useEffect(() => {
    // The flash came with the navigation; a reload should not show it again.
    if ((location.state as { flash?: string } | null)?.flash) window.history.replaceState({ ...window.history.state, usr: null }, '');
  }, [location.state]);

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!meeting) return <PageTitle title={t.meetingNotFound} />;

  const contract = meeting.contract;
  const caseworker = isCaseworkerOf(viewer, contract);
  const staff = isStaffOf(viewer, contract);
  const responses = (forms.data?.formResponses.edges ?? []).map((edge) => edge.node);
  const statusDraft = responses.find((r) => r.template.key === STATUS_NOTE_TEMPLATE && r.status === 'DRAFT') ?? null;
  const checklistStarted = responses.some((r) => r.template.key === FOLLOW_UP_CHECKLIST);

  return (
    <>
      <PageTitle title={t.meetingTitle(unbrokenParts(formatMeetingTime(meeting.scheduledAt, language)))} />
      <p className="page-lead">
        {contract.citizen ? `${contract.citizen.name} · ` : ''}
        {contract.provider.name}
      </p>
      <p>
        <Link to={`/contracts/${encodeURIComponent(contract.id)}`}>{t.backToContract}</Link>
      </p>
      <SuccessMessage message={flash} takeFocus />
      <MeetingFacts meeting={meeting} />
      {meeting.heldAt && <MeetingOutcome meeting={meeting} />}
      <MeetingStatusNote meeting={meeting} mayWrite={staff} draftId={statusDraft?.id ?? null} />
      <MeetingInvitation meeting={meeting} mayInvite={caseworker && !meeting.heldAt} mayRecordReplies={(staff || (caseworker && viewer.role === 'CASEWORKER')) && !meeting.heldAt && contract.status === 'ACTIVE'} />
      <MeetingChecklist meetingId={meeting.id} mayStart={caseworker && !meeting.heldAt} started={checklistStarted} />
      {!meeting.heldAt && caseworker && contract.status === 'ACTIVE' && <CompleteFollowUpForm meeting={meeting} onDone={(version) => showFlash(t.completed(version))} />}
    </>
  );
}
