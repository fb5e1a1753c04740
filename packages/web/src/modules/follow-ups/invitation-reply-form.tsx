import { useMutation } from '@apollo/client/react';
import { danishToday } from '@treklang/schema';
import { useState, type FormEvent } from 'react';
import { refetchAfterSave } from '../../apollo/refetch-after-save.js';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { InvitationReplyOption } from '../../generated/graphql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useFocusOnMount } from '../contracts/focus.js';
import { fieldError, TextAreaField, TextField, unplacedErrors } from '../contracts/form-fields.js';
import type { UserError } from '../contracts/form-values.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { replyOptions } from './invitation-replies.js';
import type { MeetingData } from './meeting-query.js';

const RECORD_INVITATION_REPLY = graphql(`
  mutation RecordInvitationReply($input: RecordInvitationReplyInput!) {
    recordInvitationReply(input: $input) {
      reply { id version participantIndex reply answeredBy answeredOn comment }
      userErrors { code message field }
    }
  }
`);

type Reply = MeetingData['invitationReplies'][number];

/**
 * The caseworker or the provider records what one invited participant answered: one of the letter's four statements,
 * who answered and when. A reply recorded by someone else meanwhile (VERSION_CONFLICT) is shown beside the
 * choices typed, which stay; saving again replaces it knowingly.
 */
export function InvitationReplyForm({ meetingId, participantIndex, name, saved, onDone, onCancel }: { meetingId: string; participantIndex: number; name: string; saved: Reply | null; onDone: (message: string) => void; onCancel: () => void }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const { language } = useLanguage();
  const [reply, setReply] = useState<InvitationReplyOption | ''>(saved?.reply ?? '');
  const [comment, setComment] = useState(saved?.comment ?? '');
  const [answeredBy, setAnsweredBy] = useState(saved && saved.answeredBy !== name ? saved.answeredBy : '');
  const [answeredOn, setAnsweredOn] = useState(saved?.answeredOn ?? danishToday());
  const [expectedVersion, setExpectedVersion] = useState(saved?.version ?? null);
  const [conflict, setConflict] = useState(false);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [record, { loading, error }] = useMutation(RECORD_INVITATION_REPLY, refetchAfterSave(['MeetingPage']));
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const prefix = `reply-${participantIndex}`;

  // An error found before sending goes as soon as the user changes something; sending checks again.
  const edit = <T,>(setter: (value: T) => void) => (value: T) => {
    setter(value);
    setErrors([]);
  };

  // After a conflict the reloaded reply carries the version to write against.
  if (conflict && saved && saved.version !== expectedVersion) setExpectedVersion(saved.version);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: UserError[] = [];
    if (!reply) problems.push({ code: 'REQUIRED', message: t.replyRequired, field: ['input', 'reply'] });
    if (reply === 'OTHER_DATE' && !comment.trim()) problems.push({ code: 'REQUIRED', message: t.otherDatesRequired, field: ['input', 'comment'] });
    setErrors(problems);
    if (problems.length || !reply) {
      document.getElementById(problems[0]?.field?.[1] === 'comment' ? `${prefix}-comment` : `${prefix}-option-0`)?.focus();
      return;
    }
    const input = { meetingId, participantIndex, reply, comment: comment.trim() || null, answeredBy: answeredBy.trim() || null, answeredOn: answeredOn || null, expectedVersion };
    const result = await settled(record({ variables: { input } }));
    const payload = result.data?.recordInvitationReply;
    if (payload?.reply) {
      onDone(t.replySaved(name));
      return;
    }
    // Not sent (ErrorAlert says why): a conflict shown before stays.
    if (!payload) return;
    const refused = payload.userErrors;
    setConflict(refused.some((e) => e.code === 'VERSION_CONFLICT'));
    setErrors(refused.filter((e) => e.code !== 'VERSION_CONFLICT'));
  };

  const choiceError = fieldError(errors, 'reply');
  return (
    <form className="invitation-reply-form form-narrow" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} tabIndex={-1} ref={heading}>
        {t.replyFormHeading(name)}
      </h3>
      {error && <ErrorAlert error={error} />}
      {conflict && saved && (
        <div className="alert alert-warning" role="alert" data-code="VERSION_CONFLICT">
          <div className="alert-body">
            <p className="alert-heading">{t.replyConflictHeading}</p>
            <p className="alert-text">{t.replyConflictText(t.replies[saved.reply], saved.answeredBy, formatDate(saved.answeredOn, language))}</p>
          </div>
        </div>
      )}
      <UserErrors errors={unplacedErrors(errors, ['reply', 'comment', 'answeredBy', 'answeredOn'])} />
      <fieldset className={`form-group${choiceError ? ' form-error' : ''}`} aria-describedby={choiceError ? `${prefix}-option-error` : undefined}>
        <legend className="form-label">{t.replyChoice}</legend>
        {choiceError && (
          <span className="form-error-message" id={`${prefix}-option-error`}>
            {choiceError}
          </span>
        )}
        {replyOptions().map((option, index) => (
          <div className="form-group-radio" key={option.value}>
            <input
              className="form-radio"
              type="radio"
              id={`${prefix}-option-${index}`}
              name={`${prefix}-option`}
              value={option.value}
              checked={reply === option.value}
              onChange={() => edit(setReply)(option.value as InvitationReplyOption)}
            />
            <label htmlFor={`${prefix}-option-${index}`}>{option.label[language]}</label>
          </div>
        ))}
      </fieldset>
      {reply && <TextAreaField id={`${prefix}-comment`} label={t.replyComment[reply]} value={comment} onChange={edit(setComment)} rows={2} maxLength={2000} optional={reply !== 'OTHER_DATE'} error={fieldError(errors, 'comment')} />}
      <TextField id={`${prefix}-answered-by`} label={t.answeredBy} hint={t.answeredByHint(name)} value={answeredBy} onChange={edit(setAnsweredBy)} maxLength={200} optional error={fieldError(errors, 'answeredBy')} />
      <TextField id={`${prefix}-answered-on`} type="date" label={t.answeredOn} value={answeredOn} onChange={edit(setAnsweredOn)} className="input-width-m" error={fieldError(errors, 'answeredOn')} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {conflict ? t.saveReplyAgain : t.saveReply}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
