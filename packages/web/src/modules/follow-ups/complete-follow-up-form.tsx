import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { refetchAfterSave } from '../../apollo/refetch-after-save.js';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { EffortDecision } from '../../generated/graphql.js';
import { useTexts } from '../../i18n/language.js';
import { fieldError, TextAreaField, unplacedErrors } from '../contracts/form-fields.js';
import type { UserError } from '../contracts/form-values.js';
import { goalInput } from '../contracts/goal-fields.js';
import { GOAL_TEXTS } from '../contracts/goal-texts.js';
import { danishInstant, danishParts } from '../../i18n/danish-time.js';
import { DateTimeFields } from './date-time-fields.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { changedGoalsInput, conflictedGoals, fieldIdOfError, missingGoalsParts, type GoalChange, type NewGoalRow } from './goal-changes.js';
import { changeFieldsPrefix, GoalOutcomesFields, type OutcomeValue } from './goal-outcomes-fields.js';
import type { MeetingData } from './meeting-query.js';
import { NewGoalsFields } from './new-goals-fields.js';

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

const PLACED = ['minutes', 'decision', 'heldAt', 'nextMeetingAt', 'goalOutcomes', 'changedGoals', 'newGoals'];

/**
 * The caseworker writes the minutes and what was decided, and completes the meeting: one transaction that records
 * the goals' outcomes, changes and adds goals, books the next meeting and makes the contract's next version.
 * Refused (a fourth goal, a goal saved by someone else in between), nothing is saved and everything typed stays.
 */
export function CompleteFollowUpForm({ meeting, onDone }: { meeting: MeetingData; onDone: (versionNumber: number) => void }) {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const goalTexts = useTexts(GOAL_TEXTS);
  const started = meeting.scheduledAt <= new Date().toISOString();
  const scheduled = danishParts(meeting.scheduledAt);
  const [minutes, setMinutes] = useState('');
  const [decision, setDecision] = useState<EffortDecision | ''>(meeting.statusNote?.recommendation ?? '');
  const [heldDate, setHeldDate] = useState(started ? scheduled.date : '');
  const [heldTime, setHeldTime] = useState(started ? scheduled.time : '');
  const [nextDate, setNextDate] = useState('');
  const [nextTime, setNextTime] = useState('10:00');
  const [outcomes, setOutcomes] = useState<Record<string, OutcomeValue>>({});
  const [changes, setChanges] = useState<Record<string, GoalChange>>({});
  const [newGoals, setNewGoals] = useState<NewGoalRow[]>([]);
  const [sentChanges, setSentChanges] = useState<string[]>([]);
  const [localErrors, setLocalErrors] = useState<UserError[]>([]);
  const [serverErrors, setServerErrors] = useState<UserError[]>([]);
  const [complete, { loading, error }] = useMutation(COMPLETE_FOLLOW_UP, {
    ...refetchAfterSave(['MeetingPage']),
    update: (cache, { data: result }) => {
      if (result?.completeFollowUp.meeting) cache.evict({ id: 'ROOT_QUERY', fieldName: 'deadlines' });
    },
  });
  // An error found before sending goes as soon as the user changes something; sending checks again.
  const edit = <T,>(setter: (value: T) => void) => (value: T) => {
    setter(value);
    setLocalErrors([]);
  };
  const errors = [...localErrors, ...serverErrors];
  const goals = meeting.contract.goals.filter((goal) => goal.status === 'ACTIVE').sort((a, b) => a.priority - b.priority);
  const goalCount = meeting.contract.goals.filter((goal) => goal.status !== 'DISCONTINUED').length;
  const changeGoal = (goalId: string, change: GoalChange | null) => {
    setLocalErrors([]);
    setChanges((all) => {
      const { [goalId]: _dropped, ...rest } = all;
      return change ? { ...rest, [goalId]: change } : rest;
    });
  };
  // The field an error is about takes the focus; changed goals are found by the order they were sent in.
  const focusError = (field: readonly string[] | null | undefined, order: readonly string[]) => {
    const id = fieldIdOfError(field, order, (goalId) => changeFieldsPrefix(goals.findIndex((g) => g.id === goalId)));
    if (id) requestAnimationFrame(() => document.getElementById(id)?.focus());
  };

  // After a VERSION_CONFLICT the reloaded goal carries the version to write against; the typed values stay.
  const reloaded = goals.filter((goal) => changes[goal.id]?.conflict && changes[goal.id].expectedVersion !== goal.version);
  if (reloaded.length) setChanges((all) => ({ ...all, ...Object.fromEntries(reloaded.map((goal) => [goal.id, { ...all[goal.id], expectedVersion: goal.version }])) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changed = changedGoalsInput(goals, changes);
    setSentChanges(changed.order);
    setServerErrors([]);
    const problems: UserError[] = [];
    if (!minutes.trim()) problems.push({ code: 'REQUIRED', message: t.minutesRequired, field: ['input', 'minutes'] });
    if (!decision) problems.push({ code: 'REQUIRED', message: t.decisionRequired, field: ['input', 'decision'] });
    const heldAt = heldDate || heldTime ? danishInstant(heldDate, heldTime) : null;
    if ((heldDate || heldTime) && !heldAt) problems.push({ code: 'INVALID', message: t.dateTimeInvalid, field: ['input', 'heldAt'] });
    const nextMeetingAt = nextDate && decision !== 'END' ? danishInstant(nextDate, nextTime) : null;
    if (nextDate && decision !== 'END' && !nextMeetingAt) problems.push({ code: 'INVALID', message: t.dateTimeInvalid, field: ['input', 'nextMeetingAt'] });
    problems.push(...missingGoalsParts(changed.order, changes, newGoals, goalTexts.required));
    setLocalErrors(problems);
    if (problems.length > 0 || !decision) {
      focusError(problems[0]?.field, changed.order);
      return;
    }
    // Goals listed in the order shown, so that errors at ['input', 'goalOutcomes', i] match the fields.
    const goalOutcomes = goals.flatMap((goal) => {
      const value = outcomes[goal.id];
      return value && (value.status !== 'ACTIVE' || value.comment.trim()) ? [{ goalId: goal.id, status: value.status, comment: value.comment.trim() || null }] : [];
    });
    const input = {
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      minutes: minutes.trim(),
      decision,
      heldAt,
      nextMeetingAt,
      goalOutcomes,
      changedGoals: changed.input,
      newGoals: newGoals.map((row) => goalInput(row.values)),
    };
    const result = await settled(complete({ variables: { input } }));
    const payload = result.data?.completeFollowUp;
    if (payload?.contractVersion) {
      onDone(payload.contractVersion.number);
      return;
    }
    const refused = payload?.userErrors ?? [];
    const conflicts = conflictedGoals(refused, changed.order);
    if (conflicts.length) setChanges((all) => ({ ...all, ...Object.fromEntries(conflicts.map((id) => [id, { ...all[id], conflict: true }])) }));
    setServerErrors(refused);
    focusError(refused[0]?.field, changed.order);
  };

  return (
    <section aria-labelledby="complete-heading" className="contract-section">
      <h2 id="complete-heading">{t.completeHeading}</h2>
      <p>{t.completeIntro}</p>
      <form className="form-narrow complete-follow-up" onSubmit={(e) => void submit(e)} noValidate>
        {error && <ErrorAlert error={error} />}
        <UserErrors errors={unplacedErrors(errors, PLACED)} />
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
        {goals.length > 0 && (
          <GoalOutcomesFields
            goals={goals}
            values={outcomes}
            onChange={(id, value) => setOutcomes((all) => ({ ...all, [id]: value }))}
            changes={changes}
            onChangeGoal={changeGoal}
            sentChanges={sentChanges}
            themes={meeting.contract.lifeThemes}
            errors={errors}
          />
        )}
        <NewGoalsFields
          rows={newGoals}
          onChange={(rows) => {
            // Errors point at new goals by their place; once goals come and go they would point wrongly.
            if (rows.length !== newGoals.length) setServerErrors((all) => all.filter((e) => e.field?.[1] !== 'newGoals'));
            setLocalErrors([]);
            setNewGoals(rows);
          }}
          themes={meeting.contract.lifeThemes}
          goalCount={goalCount}
          errors={errors}
        />
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
