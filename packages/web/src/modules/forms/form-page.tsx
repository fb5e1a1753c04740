import { useQuery } from '@apollo/client/react';
import { indexDefinition, type FormDefinition } from '@treklang/schema';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { FormRenderer } from '../../forms/form-renderer.js';
import { localized } from '../../forms/format-answer.js';
import { MergeView } from '../../forms/merge-view.js';
import { formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { AutosaveStatus } from './autosave-status.js';
import { citizenOf, FORM_RESPONSE_PAGE, objectLabelsOf, type LoadedFormResponse } from './form-queries.js';
import { formRoleOf } from './form-role.js';
import { FORMS_TEXTS } from './forms-texts.js';
import { SubmitPanel } from './submit-panel.js';
import { useFormSession, useSubmitRemote } from './use-form-session.js';
import './forms-pages.css';

/** A contract checklist about a citizen writes a contract on submit, and the contract needs its provider. */
function writesContract(response: LoadedFormResponse): boolean {
  if (response.subjectType !== 'CITIZEN') return false;
  return indexDefinition(response.template.definition as FormDefinition).all.some((node) => (node.item as { binding?: { target?: string } }).binding?.target?.startsWith('contract.'));
}

function FormFill({ response }: { response: LoadedFormResponse }) {
  const t = useTexts(FORMS_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const role = formRoleOf(viewer);
  const { session, view } = useFormSession(response, viewer.id, role);
  const submitRemote = useSubmitRemote(response.id);
  const definition = response.template.definition as FormDefinition;
  const citizen = citizenOf(response);
  // Stable across saves (each save gives a new response object), so the items do not all re-render.
  const citizenName = citizen?.name ?? null;
  const citizenCpr = citizen?.cpr ?? null;
  const labels = JSON.stringify(objectLabelsOf(response));
  const subject = useMemo(() => ({ citizenName, citizenCpr, objectLabels: JSON.parse(labels) as Record<string, string> }), [citizenName, citizenCpr, labels]);
  const submitted = response.status === 'SUBMITTED' || view.submitted;
  // The viewer fills the form when some item is theirs (a caseworker only reads a provider's change notice).
  const fills = role !== null && !submitted && indexDefinition(definition).all.some((node) => node.filledBy.includes(role));
  const title = language === 'da' ? response.template.title : response.template.titleEn;
  const printPath = `/forms/${encodeURIComponent(response.id)}/print`;

  return (
    <div className="form-page">
      <PageTitle title={title}>
        <Link className="button button-secondary no-print" to={printPath}>
          {t.printLink}
        </Link>
      </PageTitle>
      <dl className="form-meta">
        {citizen && (
          <div>
            <dt>{t.about}</dt>
            <dd>
              <Link to={`/citizens/${encodeURIComponent(citizen.id)}`}>{citizen.name}</Link> ({citizen.cpr})
            </dd>
          </div>
        )}
        <div>
          <dt>{t.statusLabel}</dt>
          <dd>
            <span className="badge" data-status={submitted ? 'SUBMITTED' : response.status}>
              {t.status[submitted ? 'SUBMITTED' : response.status]}
            </span>
          </dd>
        </div>
        <div>
          <dt>{submitted && response.submittedAt ? t.submittedAt : t.lastChanged}</dt>
          <dd>{formatDateTime(response.submittedAt ?? response.updatedAt, language)}</dd>
        </div>
      </dl>
      {definition.description && <p className="form-description">{localized(definition.description, language)}</p>}
      {fills && <AutosaveStatus state={view.autosave} onRetry={() => session.retry()} />}
      {view.restored && (
        <div className="alert alert-info no-print" role="status">
          <div className="alert-body">
            <p className="alert-text">{t.restored}</p>
          </div>
        </div>
      )}
      {view.autoMerged && !view.merge && (
        <div className="alert alert-info no-print" role="status">
          <div className="alert-body">
            <p className="alert-text">{t.autoMerged}</p>
          </div>
        </div>
      )}
      {view.submitted && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-heading">{t.submittedTitle}</p>
            <p className="alert-text">
              {t.submittedText} <Link to={printPath}>{t.printLink}</Link>
            </p>
          </div>
        </div>
      )}
      {!fills && !view.submitted && <p className="alert-text form-readonly-notice">{submitted ? t.submittedNotice : t.readOnlyNotice}</p>}
      {view.merge ? (
        <MergeView definition={definition} result={view.merge} busy={view.mergeBusy} onResolve={(choices) => void session.resolveMerge(choices)} />
      ) : (
        <FormRenderer store={session.store} role={role} readOnly={!fills} subject={subject} />
      )}
      {fills && <SubmitPanel session={session} view={view} needsProvider={writesContract(response)} submitRemote={submitRemote} />}
    </div>
  );
}

/** /forms/:id — fill a form response: the generic renderer with autosave, merge on conflict, and submit. */
export function FormPage() {
  const { id = '' } = useParams();
  const t = useTexts(FORMS_TEXTS);
  const { data, loading, error, refetch } = useQuery(FORM_RESPONSE_PAGE, { variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-only' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const response = data?.formResponse;
  if (!response) {
    return <PageTitle title={t.notFound} />;
  }
  // A new key per response: its session (store, autosave, local draft) starts afresh.
  return <FormFill key={response.id} response={response} />;
}
