import { useMutation, useQuery } from '@apollo/client/react';
import { DEFAULT_FOLLOW_UP_AGENDA, danishToday, meetingDates } from '@treklang/schema';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { settled } from '../../apollo/settled.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { MeetingKind } from '../../generated/graphql.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { fieldError, linesOf, TextAreaField, TextField, unplacedErrors } from '../contracts/form-fields.js';
import type { UserError } from '../contracts/form-values.js';
import { isCaseworkerOf } from '../contracts/viewer-rights.js';
import { danishInstant } from '../../i18n/danish-time.js';
import { DateTimeFields } from './date-time-fields.js';
import { FOLLOW_UP_TEXTS } from './follow-up-texts.js';
import { ParticipantsEditor, participantRow, type ParticipantRow } from './participants-editor.js';
import './follow-ups.css';

const PLAN_FOLLOW_UP_CONTRACT = graphql(`
  query PlanFollowUpContract($id: ID!) {
    contract(id: $id) {
      id
      status
      serviceType
      authority { id name }
      provider { id name }
      citizen { id name }
      participants { name role organization }
      suggestedFollowUps
    }
  }
`);

const SCHEDULE_FOLLOW_UP = graphql(`
  mutation ScheduleFollowUp($input: ScheduleFollowUpInput!) {
    scheduleFollowUp(input: $input) {
      meeting { id scheduledAt }
      userErrors { code message field }
    }
  }
`);

const KINDS: MeetingKind[] = ['REGULAR', 'EARLY', 'EXTRA'];

/** The caseworker calls a follow-up meeting: kind, Danish date and time, place, agenda and who is invited. */
export function PlanFollowUpPage() {
  const t = useTexts(FOLLOW_UP_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PLAN_FOLLOW_UP_CONTRACT, { variables: { id } });
  const [schedule, mutation] = useMutation(SCHEDULE_FOLLOW_UP, {
    // The contract's meetings and next date, and the deadlines, are stale now: the next page that shows them asks the server.
    update: (cache, { data: result }) => {
      if (!result?.scheduleFollowUp.meeting) return;
      const contractRef = cache.identify({ __typename: 'Contract', id });
      for (const fieldName of ['followUpMeetings', 'nextFollowUpDate']) cache.evict({ id: contractRef, fieldName });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'deadlines' });
    },
  });
  const [kind, setKind] = useState<MeetingKind>('REGULAR');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [location, setLocation] = useState('');
  const [agenda, setAgenda] = useState(() => DEFAULT_FOLLOW_UP_AGENDA.map((item) => item[language]).join('\n'));
  const [participants, setParticipants] = useState<ParticipantRow[] | null>(null);
  const [localErrors, setLocalErrors] = useState<UserError[]>([]);

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const contract = data?.contract;
  if (!contract) return <PageTitle title={t.contractNotFound} />;
  const contractPath = `/contracts/${encodeURIComponent(contract.id)}`;
  const rows = participants ?? contract.participants.map((p) => participantRow({ name: p.name, role: p.role, organization: p.organization ?? '' }));
  const allowed = isCaseworkerOf(viewer, contract) && contract.status === 'ACTIVE';
  const scheduledAt = danishInstant(date, time);
  const dates = scheduledAt ? meetingDates(scheduledAt) : null;
  const errors = [...localErrors, ...(mutation.data?.scheduleFollowUp.userErrors ?? [])];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: UserError[] = [];
    if (!date) problems.push({ code: 'REQUIRED', message: t.dateRequired, field: ['input', 'date'] });
    else if (!scheduledAt) problems.push({ code: 'INVALID', message: t.dateInvalid, field: ['input', 'date'] });
    if (!/^\d{2}:\d{2}$/.test(time)) problems.push({ code: 'REQUIRED', message: t.timeRequired, field: ['input', 'time'] });
    if (scheduledAt && scheduledAt <= new Date().toISOString()) problems.push({ code: 'IN_PAST', message: t.dateInPast, field: ['input', 'date'] });
    setLocalErrors(problems);
    if (problems.length > 0 || !scheduledAt) {
      document.getElementById(problems[0]?.field?.[1] === 'time' ? 'plan-time' : 'plan-date')?.focus();
      return;
    }
    const input = {
      contractId: contract.id,
      kind,
      scheduledAt,
      location: location.trim() || null,
      agenda: linesOf(agenda),
      participants: rows.map((row) => ({ name: row.name.trim(), role: row.role.trim(), organization: row.organization.trim() || null })),
    };
    const result = await settled(schedule({ variables: { input } }));
    const meeting = result.data?.scheduleFollowUp.meeting;
    if (meeting) await navigate(`/meetings/${encodeURIComponent(meeting.id)}`, { state: { flash: t.planned } });
  };

  return (
    <>
      <PageTitle title={t.planTitle} />
      <p className="page-lead">
        {contract.citizen ? `${contract.citizen.name} · ` : ''}
        {contract.provider.name}
      </p>
      <p>
        <Link to={contractPath}>{t.backToContract}</Link>
      </p>
      {!allowed ? (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{contract.status === 'ACTIVE' ? t.onlyCaseworker : t.onlyActive}</p>
          </div>
        </div>
      ) : (
        <form className="plan-follow-up" onSubmit={(e) => void submit(e)} noValidate>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <UserErrors errors={unplacedErrors(errors, ['date', 'time', 'scheduledAt', 'location', 'agenda', 'participants'])} />
          <fieldset className="form-group">
            <legend className="form-label">{t.kind}</legend>
            {KINDS.map((value) => (
              <div className="form-group-radio" key={value}>
                <input className="form-radio" type="radio" id={`plan-kind-${value}`} name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
                <label htmlFor={`plan-kind-${value}`}>{t.kinds[value]}</label>
              </div>
            ))}
          </fieldset>
          {contract.suggestedFollowUps.length > 0 && (
            <fieldset className="suggested-dates">
              <legend className="form-label">{t.suggested}</legend>
              <div className="cluster">
                {contract.suggestedFollowUps.map((suggestion) => (
                  <button key={suggestion} type="button" className="button button-secondary button-small" aria-pressed={date === suggestion} onClick={() => {
                      setDate(suggestion);
                      setLocalErrors([]);
                    }}>
                    {t.pickDate(formatDate(suggestion, language))}
                  </button>
                ))}
              </div>
            </fieldset>
          )}
          <DateTimeFields
            id="plan"
            legend={t.when}
            hint={t.timeHint}
            date={date}
            time={time}
            onDate={(value) => {
              setDate(value);
              setLocalErrors([]);
            }}
            onTime={(value) => {
              setTime(value);
              setLocalErrors([]);
            }}
            error={fieldError(errors, 'date') ?? fieldError(errors, 'time') ?? fieldError(errors, 'scheduledAt')}
          />
          <div aria-live="polite" className="meeting-deadlines">
            {dates && (
              <p>
                {t.deadlinesFollow(formatDate(dates.planningStartBy, language), formatDate(dates.statusDueBy, language))}
                {dates.statusDueBy < danishToday() ? (
                  <strong className="overdue-text"> {t.statusAlreadyLate}</strong>
                ) : (
                  dates.planningStartBy < danishToday() && <strong className="overdue-text"> {t.planningLate}</strong>
                )}
              </p>
            )}
          </div>
          <TextField id="plan-location" label={t.location} hint={t.locationHint} optional value={location} onChange={setLocation} maxLength={200} error={fieldError(errors, 'location')} />
          <TextAreaField id="plan-agenda" label={t.agenda} hint={t.agendaHint} value={agenda} onChange={setAgenda} rows={6} error={fieldError(errors, 'agenda')} />
          <ParticipantsEditor rows={rows} onChange={setParticipants} errors={errors} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={mutation.loading}>
              {t.schedule}
            </button>
            <Link className="button button-secondary" to={contractPath}>
              {t.cancel}
            </Link>
          </div>
        </form>
      )}
    </>
  );
}
