import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { danishParts } from './danish-time.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { repliesForMeeting, replyOf, replyOptions, type InvitationReply } from './invitation-replies.js';
import type { MeetingData } from './meeting-query.js';
import { StartFormButton } from './start-form-button.js';

const MEETING_INVITATIONS = graphql(`
  query MeetingInvitations($citizenId: ID!) {
    formResponses(subjectId: $citizenId, templateKey: "meeting-invitation", first: 100) {
      edges { node { id status answers } }
    }
  }
`);

type Participant = MeetingData['participants'][number];

/**
 * The invitation: who is invited and what each has replied, the letter's four reply options, and the invitation
 * letters written for this meeting (the caseworker writes one; the invited fill in its reply part).
 */
export function MeetingInvitation({ meeting, mayInvite }: { meeting: MeetingData; mayInvite: boolean }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const { language } = useLanguage();
  const citizenId = meeting.contract.citizen?.id ?? null;
  const { data, error, refetch } = useQuery(MEETING_INVITATIONS, { variables: { citizenId: citizenId ?? '' }, skip: !citizenId });
  const responses = (data?.formResponses.edges ?? []).map((edge) => edge.node);
  const replies = repliesForMeeting(responses, danishParts(meeting.scheduledAt).date);
  const replyWords = (reply: InvitationReply | null) => (reply?.reply ? (t.replies[reply.reply as keyof typeof t.replies] ?? reply.reply) : t.noReply);

  const columns: Column<Participant>[] = [
    { key: 'name', header: t.name, value: (p) => p.name },
    { key: 'role', header: t.role, value: (p) => p.role },
    { key: 'organization', header: t.organization, value: (p) => p.organization ?? '' },
    { key: 'reply', header: t.reply, value: (p) => replyWords(replyOf(p.name, replies)) },
  ];

  return (
    <section aria-labelledby="invitation-heading" className="contract-section">
      <div className="section-heading">
        <h2 id="invitation-heading">{t.invitationHeading}</h2>
        {mayInvite && citizenId && <StartFormButton templateKey="meeting-invitation" subjectId={citizenId} label={t.writeInvitation} />}
      </div>
      <p>{t.invitationIntro(formatDate(danishParts(meeting.scheduledAt).date, language))}</p>
      <DataTable caption={t.participantsCaption} columns={columns} rows={meeting.participants} rowKey={(p) => `${p.name}:${p.role}:${p.organization ?? ''}`} fileName="deltagere.csv" />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <h3>{t.invitationLetters}</h3>
      {replies.length === 0 ? (
        <p>{citizenId ? t.noInvitationLetters : t.invitationsHidden}</p>
      ) : (
        <ul className="invitation-letters">
          {replies.map((reply) => (
            <li key={reply.responseId}>
              <Link to={`/forms/${encodeURIComponent(reply.responseId)}`}>
                {reply.respondentName ? t.letterFrom(reply.respondentName, reply.respondentOrganization) : t.letterWithoutReply}
              </Link>{' '}
              <span className="badge">{reply.status === 'SUBMITTED' ? t.submitted : t.draft}</span> <span>{replyWords(reply)}</span>{' '}
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
