import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { SuccessMessage, useFlash } from '../contracts/success-message.js';
import { danishParts } from '../../i18n/danish-time.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { lettersForMeeting, replyOptions } from './invitation-replies.js';
import { InvitationReplyForm } from './invitation-reply-form.js';
import type { MeetingData } from './meeting-query.js';
import { StartFormButton } from './start-form-button.js';

const MEETING_INVITATIONS = graphql(`
  query MeetingInvitations($citizenId: ID!) {
    formResponses(subjectId: $citizenId, templateKey: "meeting-invitation", first: 100) {
      edges { node { id status answers } }
    }
  }
`);

type Participant = MeetingData['participants'][number] & { index: number };
type Reply = MeetingData['invitationReplies'][number];

/**
 * The invitation: who is invited and what each has replied (recorded per participant by the caseworker or the
 * provider), the letter's four reply options, and the invitation letters written for this meeting.
 */
export function MeetingInvitation({ meeting, mayInvite, mayRecordReplies }: { meeting: MeetingData; mayInvite: boolean; mayRecordReplies: boolean }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const { language } = useLanguage();
  const citizenId = meeting.contract.citizen?.id ?? null;
  const { data, error, refetch } = useQuery(MEETING_INVITATIONS, { variables: { citizenId: citizenId ?? '' }, skip: !citizenId });
  const [editing, setEditing] = useState<number | null>(null);
  const [flash, showFlash, clearFlash] = useFlash();
  const responses = (data?.formResponses.edges ?? []).map((edge) => edge.node);
  const letters = lettersForMeeting(responses, danishParts(meeting.scheduledAt).date);
  const letterReplyWords = (reply: string) => t.replies[reply as Reply['reply']] ?? reply;
  const participants: Participant[] = meeting.participants.map((p, index) => ({ ...p, index }));
  const replyOf = (p: Participant): Reply | null => meeting.invitationReplies.find((r) => r.participantIndex === p.index) ?? null;
  const answered = (reply: Reply | null) => (reply ? t.answeredByOn(reply.answeredBy, formatDate(reply.answeredOn, language)) : '');
  const close = (index: number) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`reply-button-${index}`)?.focus());
  };

  const columns: Column<Participant>[] = [
    { key: 'name', header: t.name, value: (p) => p.name },
    { key: 'role', header: t.role, value: (p) => p.role },
    { key: 'organization', header: t.organization, value: (p) => p.organization ?? '' },
    {
      key: 'reply',
      header: t.reply,
      value: (p) => {
        const reply = replyOf(p);
        return reply ? [t.replies[reply.reply], reply.comment].filter(Boolean).join(': ') : t.noReply;
      },
      render: (p) => {
        const reply = replyOf(p);
        return (
          <div className="participant-reply" data-reply={reply?.reply ?? ''}>
            <span>{reply ? t.replies[reply.reply] : t.noReply}</span>
            {reply?.comment && <span className="muted reply-comment">{reply.comment}</span>}
            {mayRecordReplies && (
              <button
                type="button"
                id={`reply-button-${p.index}`}
                className="button button-tertiary button-small"
                aria-label={reply ? t.changeReplyLabel(p.name) : t.recordReplyLabel(p.name)}
                aria-expanded={editing === p.index}
                onClick={() => {
                  clearFlash();
                  setEditing(p.index);
                }}
              >
                {reply ? t.changeReply : t.recordReply}
              </button>
            )}
          </div>
        );
      },
    },
    {
      key: 'answered',
      header: t.answered,
      value: (p) => answered(replyOf(p)),
      render: (p) => {
        const reply = replyOf(p);
        if (!reply) return '';
        return (
          <>
            <span>{answered(reply)}</span> <span className="muted">({t.recordedBy(reply.recordedByOrganization.name)})</span>
          </>
        );
      },
    },
  ];
  const editedParticipant = editing === null ? null : (participants[editing] ?? null);

  return (
    <section aria-labelledby="invitation-heading" className="contract-section">
      <div className="section-heading">
        <h2 id="invitation-heading">{t.invitationHeading}</h2>
        {mayInvite && citizenId && <StartFormButton templateKey="meeting-invitation" subjectId={citizenId} label={t.writeInvitation} />}
      </div>
      <p>{t.invitationIntro(formatDate(danishParts(meeting.scheduledAt).date, language))}</p>
      <SuccessMessage message={flash} />
      <DataTable caption={t.participantsCaption} columns={columns} rows={participants} rowKey={(p) => String(p.index)} fileName="deltagere.csv" />
      {mayRecordReplies && editedParticipant && (
        <div className="panel">
          <InvitationReplyForm
            key={editedParticipant.index}
            meetingId={meeting.id}
            participantIndex={editedParticipant.index}
            name={editedParticipant.name}
            saved={replyOf(editedParticipant)}
            onDone={(message) => {
              close(editedParticipant.index);
              showFlash(message);
            }}
            onCancel={() => close(editedParticipant.index)}
          />
        </div>
      )}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <h3>{t.invitationLetters}</h3>
      {letters.length === 0 ? (
        <p>{citizenId ? t.noInvitationLetters : t.invitationsHidden}</p>
      ) : (
        <ul className="invitation-letters">
          {letters.map((reply) => (
            <li key={reply.responseId}>
              <Link to={`/forms/${encodeURIComponent(reply.responseId)}`}>
                {reply.respondentName ? t.letterFrom(reply.respondentName, reply.respondentOrganization) : t.letterWithoutReply}
              </Link>{' '}
              <span className="badge">{reply.status === 'SUBMITTED' ? t.submitted : t.draft}</span> {reply.reply && <span>{t.letterReply(letterReplyWords(reply.reply))}</span>}{' '}
              <Link to={`/forms/${encodeURIComponent(reply.responseId)}/print`} aria-label={t.printLetter(reply.respondentName ?? '')}>
                {t.print}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <details className="reply-options">
        <summary>{t.replyOptionsSummary}</summary>
        <ol>
          {replyOptions().map((option) => (
            <li key={option.value}>{option.label[language]}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
