import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { EffortDecision } from '../../generated/graphql.js';
import { useTexts } from '../../i18n/language.js';
import { fieldError, TextAreaField, unplacedErrors } from '../contracts/form-fields.js';
import type { UserError } from '../contracts/form-values.js';
import { danishInstant, danishParts } from './danish-time.js';
import { DateTimeFields } from './date-time-fields.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { GoalOutcomesFields, type OutcomeValue } from './goal-outcomes-fields.js';
import type { MeetingData } from './meeting-query.js';

const COMPLETE_FOLLOW_UP = graphql(`
  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {
    completeFollowUp(input: $input) {
      meeting { id version heldAt minutes decision nextMeetingAt }
      contract { id status documentVersion }
      contractVersion { id number reason createdAt }
      nextMeeting { id scheduledAt }
      userErrors { code message field }
    }
  }
`);

const DECISIONS: EffortDecision[] = ['CONTINUE', 'CHANGE', 'END'];

/**
 * The caseworker writes the minutes and what was decided, and completes the meeting: one transaction that records
 * the goals' outcomes, books the next meeting and makes the contract's next version.
 */
export function CompleteFollowUpForm({ meeting, onDone }: { meeting: MeetingData; onDone: (versionNumber: number) => void }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const started = meeting.scheduledAt <= new Date().toISOString();
  const scheduled = danishParts(meeting.scheduledAt);
  const [minutes, setMinutes] = useState('');
  const [decision, setDecision] = useState<EffortDecision | ''>(meeting.statusNote?.recommendation ?? '');
  const [heldDate, setHeldDate] = useState(started ? scheduled.date : '');
  const [heldTime, setHeldTime] = useState(started ? scheduled.time : '');
  const [nextDate, setNextDate] = useState('');
  const [nextTime, setNextTime] = useState('10:00');
  const [outcomes, setOutcomes] = useState<Record<string, OutcomeValue>>({});
  const [localErrors, setLocalErrors] = useState<UserError[]>([]);
  const [complete, { data, loading, error }] = useMutation(COMPLETE_FOLLOW_UP, {
    refetchQueries: ['MeetingPage'],
    awaitRefetchQueries: true,
    update: (cache, { data: result }) => {
      if (result?.completeFollowUp.meeting) cache.evict({ id: 'ROOT_QUERY', fieldName: 'deadlines' });
    },
  });
  // An error found before sending goes as soon as the user changes something; sending checks again.
  const edit = <T,>(setter: (value: T) => void) => (value: T) => {
    setter(value);
    setLocalErrors([]);
  };
  const errors = [...localErrors, ...(data?.completeFollowUp.userErrors ?? [])];
  const goals = meeting.contract.goals.filter((goal) => goal.status === 'ACTIVE').sort((a, b) => a.priority - b.priority);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: UserError[] = [];
    if (!minutes.trim()) problems.push({ code: 'REQUIRED', message: t.minutesRequired, field: ['input', 'minutes'] });
    if (!decision) problems.push({ code: 'REQUIRED', message: t.decisionRequired, field: ['input', 'decision'] });
    const heldAt = heldDate || heldTime ? danishInstant(heldDate, heldTime) : null;
    if ((heldDate || heldTime) && !heldAt) problems.push({ code: 'INVALID', message: t.dateTimeInvalid, field: ['input', 'heldAt'] });
    const nextMeetingAt = nextDate && decision !== 'END' ? danishInstant(nextDate, nextTime) : null;
    if (nextDate && decision !== 'END' && !nextMeetingAt) problems.push({ code: 'INVALID', message: t.dateTimeInvalid, field: ['input', 'nextMeetingAt'] });
    setLocalErrors(problems);
    if (problems.length > 0 || !decision) {
      const first = problems[0]?.field?.[1];
      document.getElementById(first === 'minutes' ? 'complete-minutes' : first === 'decision' ? 'decision-CONTINUE' : first === 'heldAt' ? 'held-date' : 'next-date')?.focus();
      return;
    }
    // Goals listed in the order shown, so that errors at ['input', 'goalOutcomes', i] match the fields.
    const goalOutcomes = goals.flatMap((goal) => {
      const value = outcomes[goal.id];
      return value && (value.status !== 'ACTIVE' || value.comment.trim()) ? [{ goalId: goal.id, status: value.status, comment: value.comment.trim() || null }] : [];
    });
    const input = { meetingId: meeting.id, expectedVersion: meeting.version, minutes: minutes.trim(), decision, heldAt, nextMeetingAt, goalOutcomes };
    const result = await complete({ variables: { input } });
    const version = result.data?.completeFollowUp.contractVersion;
    if (version) onDone(version.number);
  };

  return (
    <section aria-labelledby="complete-heading" className="contract-section">
      <h2 id="complete-heading">{t.completeHeading}</h2>
      <p>{t.completeIntro}</p>
      <form className="form-narrow complete-follow-up" onSubmit={(e) => void submit(e)} noValidate>
        {error && <ErrorAlert error={error} />}
        <UserErrors errors={unplacedErrors(errors, ['minutes', 'decision', 'heldAt', 'nextMeetingAt', 'goalOutcomes'])} />
        <TextAreaField id="complete-minutes" label={t.minutes} hint={t.minutesHint} value={minutes} onChange={edit(setMinutes)} rows={8} required error={fieldError(errors, 'minutes')} />
        <fieldset className={`form-group${fieldError(errors, 'decision') ? ' form-error' : ''}`} aria-describedby={fieldError(errors, 'decision') ? 'decision-error' : undefined}>
          <legend className="form-label">{t.decision}</legend>
          {fieldError(errors, 'decision') && (
            <span className="form-error-message" id="decision-error">
              {fieldError(errors, 'decision')}
            </span>
          )}
          {DECISIONS.map((value) => (
            <div className="form-group-radio" key={value}>
              <input className="form-radio" type="radio" id={`decision-${value}`} name="decision" value={value} checked={decision === value} onChange={() => edit(setDecision)(value)} />
              <label htmlFor={`decision-${value}`}>{t.decisionOptions[value]}</label>
            </div>
          ))}
        </fieldset>
        {goals.length > 0 && <GoalOutcomesFields goals={goals} values={outcomes} onChange={(id, value) => setOutcomes((all) => ({ ...all, [id]: value }))} errors={errors} />}
        <DateTimeFields id="held" legend={t.heldAt} hint={t.heldAtHint} date={heldDate} time={heldTime} onDate={edit(setHeldDate)} onTime={edit(setHeldTime)} optional error={fieldError(errors, 'heldAt')} />
        {decision !== 'END' && (
          <DateTimeFields id="next" legend={t.nextMeeting} hint={t.nextMeetingHint} date={nextDate} time={nextTime} onDate={edit(setNextDate)} onTime={edit(setNextTime)} optional error={fieldError(errors, 'nextMeetingAt')} />
        )}
        <p className="form-hint">{t.completeWarning(meeting.contract.documentVersion + 1)}</p>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={loading}>
            {t.complete}
          </button>
        </div>
      </form>
    </section>
  );
}
